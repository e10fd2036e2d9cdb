import type { LocaleResource } from '../locale-resource';

export const assessments = {
  phase: {
    PREPARE: 'Préparer',
    ANALYSE: 'Analyser',
    ENGAGE: 'Dialoguer',
    COMPLETED: 'Terminée',
  },
  phaseHint: {
    PREPARE: 'Délimitation de l’évaluation et personnalisation du cadre',
    ANALYSE: 'Collecte des éléments probants et réponses aux questions',
    ENGAGE: 'Discussion et validation des constats avec les parties prenantes',
    COMPLETED: 'L’évaluation est finalisée',
  },
  assessments: {
    title: 'Évaluations',
    intro: 'Les évaluations auxquelles vous participez, les plus récemment modifiées en premier.',
    new: 'Nouvelle évaluation',
    showArchived: 'Afficher les évaluations archivées',
    empty: 'Aucune évaluation à afficher.',
    emptyHint:
      'Une évaluation commence par la phase Préparer, où l’équipe en définit le périmètre et adapte le cadre au pays.',
    tableCaption: 'Évaluations',
    columnTitle: 'Titre',
    columnCountry: 'Pays',
    columnPhase: 'Phase',
    columnUpdated: 'Dernière modification',
    archived: 'Archivée',
    count_one: '{{count}} évaluation',
    count_many: '{{count}} d’évaluations',
    count_other: '{{count}} évaluations',
  },
  assessmentForm: {
    newTitle: 'Nouvelle évaluation',
    newIntro:
      'Donnez un titre à l’évaluation et choisissez le pays. Vous pouvez décrire son périmètre et les cas d’usage nationaux du système d’identité maintenant ou plus tard.',
    editTitle: 'Modifier les informations de l’évaluation',
    title: 'Titre',
    titlePlaceholder: 'p. ex. Évaluation du système national d’identité 2026',
    country: 'Pays',
    countryPlaceholder: 'Tapez pour rechercher',
    countryNothingFound: 'Aucun pays ne correspond',
    trainingCountry: 'Formation (pays fictif)',
    scope: 'Périmètre',
    scopeDescription:
      'Ce que couvre l’évaluation : systèmes, institutions, groupes de population, période.',
    useCases: 'Cas d’usage nationaux',
    useCasesDescription:
      'Appuyez sur Entrée après chaque cas d’usage, par exemple « Inscription sur les listes électorales ».',
    useCasesPlaceholder: 'Ajouter un cas d’usage',
    titleRequired: 'Saisissez un titre.',
    countryRequired: 'Choisissez un pays.',
    create: 'Créer l’évaluation',
    saveChanges: 'Enregistrer les modifications',
    fixErrors: 'Veuillez corriger les champs signalés ci-dessous.',
  },
  assessment: {
    back: 'Toutes les évaluations',
    sectionsLabel: 'Sections de l’évaluation',
    section: {
      overview: 'Vue d’ensemble',
      recommendations: 'Recommandations',
      elements: 'Éléments',
      evidence: 'Sources',
      analysis: 'Analyse',
      customise: 'Personnaliser',
      members: 'Membres',
      assignments: 'Attributions',
      audit: 'Journal d’audit',
      workshops: 'Ateliers',
      mentions: 'Mentions',
    },
    country: 'Pays',
    phase: 'Phase',
    frameworkVersion: 'Version du cadre',
    created: 'Créée le',
    updated: 'Dernière modification',
    scope: 'Périmètre',
    noScope: 'Aucun périmètre n’a encore été décrit.',
    useCases: 'Cas d’usage nationaux',
    noUseCases: 'Aucun cas d’usage n’a encore été indiqué.',
    editDetails: 'Modifier les informations',
    detailsSaved: 'Les informations ont été enregistrées.',
    archive: 'Archiver',
    restore: 'Restaurer',
    archivedNotice:
      'Cette évaluation a été archivée le {{date}} et reste en lecture seule jusqu’à sa restauration.',
    archiveConfirmTitle: 'Archiver cette évaluation ?',
    archiveConfirmBody:
      'Les évaluations archivées sont masquées de la liste et ne peuvent pas être modifiées. Vous pouvez la restaurer à tout moment.',
    restored: 'L’évaluation a été restaurée.',
    phaseActions: 'Changer de phase',
    moveTo: 'Passer à la phase {{phase}}',
    backTo: 'Revenir à la phase {{phase}}',
    phaseConfirmTitle: 'Passer à la phase {{phase}} ?',
    phaseConfirm: {
      PREPARE: 'Revenir à la phase Préparer permet à nouveau de personnaliser le cadre.',
      ANALYSE:
        'La personnalisation est verrouillée dès le début de l’analyse, afin que les réponses correspondent toujours aux questions auxquelles elles répondent.',
      ENGAGE:
        'Les constats seront communiqués aux parties prenantes pour discussion et validation.',
      COMPLETED: 'Terminer est définitif : l’évaluation ne pourra plus changer de phase ensuite.',
    },
    phaseGate: {
      title: 'Avant de passer à la phase {{phase}}',
      noChecks: 'Rien à vérifier avant ce changement.',
      met: 'fait',
      unmet: 'pas encore',
      unmetIntro: 'Certaines vérifications ne sont pas encore remplies :',
      reason: 'Raison de passer outre',
      reasonHelp: 'Conservée dans la piste d’audit avec les vérifications non remplies.',
      override: 'Passer quand même à {{phase}}',
    },
    phaseCheck: {
      subElementsStarted_one:
        'Sous-éléments dont le travail a commencé sur une question : {{count}} sur {{total}}',
      subElementsStarted_many:
        'Sous-éléments dont le travail a commencé sur une question : {{count}} sur {{total}}',
      subElementsStarted_other:
        'Sous-éléments dont le travail a commencé sur une question : {{count}} sur {{total}}',
      evidenceGathered_one:
        'La bibliothèque de preuves contient au moins une source ({{count}} à ce jour)',
      evidenceGathered_many:
        'La bibliothèque de preuves contient au moins une source ({{count}} à ce jour)',
      evidenceGathered_other:
        'La bibliothèque de preuves contient au moins une source ({{count}} à ce jour)',
    },
    phaseChanged: 'L’évaluation est maintenant dans la phase {{phase}}.',
    notFound: 'Cette évaluation n’existe pas, ou vous n’y avez pas accès.',
  },
} satisfies LocaleResource;

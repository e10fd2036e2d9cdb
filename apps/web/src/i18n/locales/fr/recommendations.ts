export const recommendations = {
  recommendations: {
    title: 'Recommandations',
    intro:
      'Les recommandations traduisent les constats en actions : qui doit faire quoi, avec quelle urgence et dans quel délai. La feuille de route les présente par élément ou par institution responsable.',
    add: 'Ajouter une recommandation',
    tabs: { list: 'Liste', roadmap: 'Feuille de route' },
    empty: 'Aucune recommandation pour le moment.',
    noMatch: 'Aucune recommandation ne correspond à ces filtres.',
    total: 'Recommandations affichées : {{number}}',
    filter: { element: 'Élément', status: 'Statut', all: 'Tous' },
    field: {
      element: 'Élément',
      subElement: 'Sous-élément',
      subElementAny: 'L’élément entier',
      findings: 'Constats liés',
      findingsHelp:
        'Les constats de l’évaluation de cet élément auxquels la recommandation répond.',
      findingsNone: 'Cet élément n’a pas encore de constats.',
      title: 'Recommandation',
      description: 'Détails',
      institution: 'Institution responsable',
      institutionMode: {
        ORGANISATION: 'Une organisation de cette évaluation',
        NAMED: 'Une autre institution',
        NONE: 'Pas encore décidé',
      },
      organisation: 'Organisation',
      institutionName: 'Nom de l’institution',
      priority: 'Priorité',
      timeframe: 'Échéance',
      status: 'Statut',
    },
    priority: { HIGH: 'Haute', MEDIUM: 'Moyenne', LOW: 'Basse' },
    timeframe: {
      SHORT_TERM: 'Court terme (moins de 6 mois)',
      MEDIUM_TERM: 'Moyen terme (6 à 18 mois)',
      LONG_TERM: 'Long terme (plus de 18 mois)',
    },
    status: {
      PROPOSED: 'Proposée',
      AGREED: 'Adoptée',
      IN_PROGRESS: 'En cours',
      IMPLEMENTED: 'Mise en œuvre',
      DROPPED: 'Abandonnée',
    },
    problem: {
      elementRequired: 'Choisissez l’élément concerné.',
      titleRequired: 'Rédigez la recommandation.',
      institutionRequired: 'Une recommandation adoptée doit avoir une institution responsable.',
    },
    form: {
      addTitle: 'Ajouter une recommandation',
      editTitle: 'Modifier la recommandation',
      add: 'Ajouter',
      save: 'Enregistrer',
      added: 'La recommandation a été ajoutée.',
      saved: 'La recommandation a été enregistrée.',
    },
    edit: 'Modifier',
    delete: 'Supprimer',
    deleteTitle: 'Supprimer cette recommandation ?',
    deleteBody:
      'Seule une recommandation proposée peut être supprimée. Abandonnez plutôt une recommandation adoptée.',
    deleted: 'La recommandation a été supprimée.',
    responsible: 'Responsable : {{name}}',
    noInstitution: 'Pas encore d’institution responsable',
    linkedFindings: 'Constats liés : {{number}}',
    roadmap: {
      groupBy: 'Regrouper par',
      byElement: 'Élément',
      byInstitution: 'Institution',
      print: 'Imprimer',
      empty:
        'La feuille de route est vide : ajoutez des recommandations, ou sortez-les du statut « Abandonnée ».',
      noInstitution: 'Pas encore d’institution responsable',
      none: 'Aucune',
    },
    phaseCheck: {
      atLeastOne_one: 'Au moins une recommandation ({{count}} à ce jour, hors abandonnées)',
      atLeastOne_many: 'Au moins une recommandation ({{count}} à ce jour, hors abandonnées)',
      atLeastOne_other: 'Au moins une recommandation ({{count}} à ce jour, hors abandonnées)',
      agreedHaveInstitution_one:
        'Recommandations adoptées désignant une institution responsable : {{count}} sur {{total}}',
      agreedHaveInstitution_many:
        'Recommandations adoptées désignant une institution responsable : {{count}} sur {{total}}',
      agreedHaveInstitution_other:
        'Recommandations adoptées désignant une institution responsable : {{count}} sur {{total}}',
    },
  },
};

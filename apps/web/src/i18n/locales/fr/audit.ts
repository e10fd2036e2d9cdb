import type { LocaleResource } from '../locale-resource';

export const audit = {
  audit: {
    title: 'Journal d’audit',
    intro:
      'Chaque modification enregistrée de cette évaluation, de la plus récente à la plus ancienne. Le journal ne fait que s’allonger : aucune entrée ne peut être modifiée ni supprimée. Les personnes apparaissent sous un pseudonyme stable, avec leur nom lorsque vous pouvez le voir.',
    filtersTitle: 'Filtrer les événements',
    actions: 'Actions',
    actionsPlaceholder: 'Toutes les actions',
    targetType: 'Cible',
    targetTypePlaceholder: 'Toutes les cibles',
    actor: 'Pseudonyme de l’auteur',
    actorDescription: 'Tel qu’indiqué sous chaque auteur ci-dessous.',
    from: 'Du',
    to: 'Au',
    dateOrder: 'La date de début ne doit pas être postérieure à la date de fin.',
    apply: 'Appliquer les filtres',
    clear: 'Effacer les filtres',
    total_one: '{{count}} événement',
    total_many: '{{count}} d’événements',
    total_other: '{{count}} événements',
    shown: '{{shown}} affichés sur {{total}}',
    tableCaption: 'Événements d’audit, du plus récent au plus ancien',
    columnTime: 'Date',
    columnActor: 'Auteur',
    columnAction: 'Action',
    columnTarget: 'Cible',
    columnSummary: 'Modification',
    system: 'La plateforme',
    onlyActor: 'Afficher seulement les événements de {{actor}}',
    empty: 'Aucun événement ne correspond à ces filtres.',
    loadMore: 'Afficher plus',
    export: 'Exporter en CSV',
    exportHint:
      'Le fichier contient tous les événements correspondant à ces filtres, avec leur chaîne de hachage.',
    forbidden: 'Seuls les modérateurs de cette évaluation peuvent lire son journal d’audit.',
  },
  auditAction: {
    assessment: {
      create: 'Évaluation créée',
      update: 'Informations modifiées',
      phase: 'Phase changée',
      archive: 'Évaluation archivée',
      restore: 'Évaluation restaurée',
    },
    'sub-element': {
      enable: 'Sous-élément inclus',
      disable: 'Sous-élément exclu',
    },
    question: {
      reword: 'Question reformulée',
      'restore-wording': 'Formulation d’origine rétablie',
      'add-custom': 'Question personnalisée ajoutée',
      'remove-custom': 'Question personnalisée supprimée',
    },
    questions: {
      reorder: 'Questions réordonnées',
    },
    member: {
      add: 'Membre ajouté',
      'change-role': 'Rôle modifié',
      remove: 'Membre retiré',
      attribution: 'Mode d’affichage modifié',
    },
    element: {
      assign: 'Élément attribué',
    },
    invitation: {
      create: 'Invitation envoyée',
      revoke: 'Invitation retirée',
      accept: 'Invitation acceptée',
    },
  },
  auditTarget: {
    assessment: 'Évaluation',
    'sub-element': 'Sous-élément',
    detail: 'Thème',
    question: 'Question',
    member: 'Membre',
    element: 'Élément',
    invitation: 'Invitation',
  },
} satisfies LocaleResource;

import type { LocaleResource } from '../locale-resource';

export const assignments = {
  assignments: {
    title: 'Attribution des éléments',
    intro:
      'Chaque élément a une organisation cheffe de file et peut avoir des organisations contributrices. Les contributeurs de ces organisations modifient l’élément ; tous les autres participants peuvent le lire.',
    tableCaption: 'Organisations cheffes de file et contributrices par élément',
    columnElement: 'Élément',
    columnLead: 'Organisation cheffe de file',
    columnContributing: 'Organisations contributrices',
    columnYou: 'Vous pouvez',
    columnActions: 'Actions',
    none: 'Aucune',
    noLead: 'Non attribué',
    people: 'Également attribué à des personnes : {{number}}',
    action: {
      read: 'Lire',
      edit: 'Modifier',
      comment: 'Commenter',
      suggest: 'Proposer des modifications',
    },
    change: 'Modifier',
    changeLabel: 'Modifier l’attribution de « {{element}} »',
    editTitle: 'Attribuer « {{element}} »',
    lead: 'Organisation cheffe de file',
    leadPlaceholder: 'Aucune organisation cheffe de file',
    contributing: 'Organisations contributrices',
    contributingPlaceholder: 'Ajouter une organisation',
    nothingFound: 'Aucune organisation ne correspond',
    save: 'Enregistrer l’attribution',
    saved: 'L’attribution de « {{element}} » a été enregistrée.',
  },
} satisfies LocaleResource;

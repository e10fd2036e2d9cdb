// La boîte des mentions : fils de commentaires où la personne connectée est mentionnée.
export const mentions = {
  mentions: {
    title: 'Mentions',
    intro:
      'Les fils de commentaires où quelqu’un vous a mentionné, la mention la plus récente en premier. Ouvrez-en un pour lire tout le fil et répondre dans l’espace de travail de l’élément.',
    empty: 'Personne ne vous a encore mentionné.',
    emptyHint:
      'Quand un membre vous mentionne dans un commentaire, le fil apparaît ici jusqu’à ce qu’il soit résolu.',
    list: 'Fils qui vous mentionnent',
    total_one: '{{count}} fil vous mentionne',
    total_many: '{{count}} fils vous mentionnent',
    total_other: '{{count}} fils vous mentionnent',
    badge_one: '{{count}} fil ouvert',
    badge_many: '{{count}} fils ouverts',
    badge_other: '{{count}} fils ouverts',
    state: { open: 'Ouvert', resolved: 'Résolu' },
    you: 'Vous',
    formerMember: 'Une personne qui ne fait plus partie de cette évaluation',
    hidden: 'Masqué par un modérateur : {{reason}}',
    hiddenNoReason: 'Masqué par un modérateur.',
    comments_one: '{{count}} commentaire dans ce fil',
    comments_many: '{{count}} commentaires dans ce fil',
    comments_other: '{{count}} commentaires dans ce fil',
    open: 'Ouvrir dans l’espace de travail',
  },
};

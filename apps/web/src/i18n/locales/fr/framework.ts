import type { LocaleResource } from '../locale-resource';

export const framework = {
  provenance: {
    FRAMEWORK: 'Cadre',
    REWORDED: 'Reformulée',
    CUSTOM: 'Personnalisée',
  },
  framework: {
    title: 'Cadre de gouvernance',
    intro:
      'Le Cadre modèle de gouvernance du PNUD pour l’identité juridique numérique comporte huit éléments. Chaque élément se divise en sous-éléments, avec des questions clés, les droits en jeu, ce à quoi ressemblent les bonnes pratiques et les normes internationales applicables.',
    version: 'Version {{version}}',
    contentHash: 'Empreinte du contenu',
    englishOnly: 'Le texte du cadre est disponible en anglais.',
    elementsHeading: 'Éléments',
    elementNumber: 'Élément {{number}}',
    subElementCount_one: '{{count}} sous-élément',
    subElementCount_many: '{{count}} de sous-éléments',
    subElementCount_other: '{{count}} sous-éléments',
    sourcePage: 'Lire cet élément sur governance4id.org',
    topicCount_one: '{{count}} thème',
    topicCount_many: '{{count}} de thèmes',
    topicCount_other: '{{count}} thèmes',
    questionCount_one: '{{count}} question clé',
    questionCount_many: '{{count}} de questions clés',
    questionCount_other: '{{count}} questions clés',
    contents: 'Sous-éléments',
    anchorQuestions: 'Questions clés',
    rightsImplications: 'Incidences sur les droits',
    targetScenario: 'À quoi ressemblent les bonnes pratiques',
    standards: 'Normes internationales',
    elementNotFound: 'Le cadre ne contient aucun élément à cette adresse.',
    allElements: 'Tous les éléments',
    previous: 'Élément précédent',
    next: 'Élément suivant',
  },
} satisfies LocaleResource;

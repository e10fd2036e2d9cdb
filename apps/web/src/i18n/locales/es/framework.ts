import type { LocaleResource } from '../locale-resource';

export const framework = {
  provenance: {
    FRAMEWORK: 'Marco',
    REWORDED: 'Reformulada',
    CUSTOM: 'Propia',
  },
  framework: {
    title: 'Marco de gobernanza',
    intro:
      'El Marco Modelo de Gobernanza del PNUD para la Identidad Legal Digital tiene ocho elementos. Cada elemento se divide en subelementos, con preguntas clave, los derechos en juego, cómo son las buenas prácticas y las normas internacionales aplicables.',
    version: 'Versión {{version}}',
    contentHash: 'Huella del contenido',
    englishOnly: 'El texto del marco está disponible en inglés.',
    elementsHeading: 'Elementos',
    elementNumber: 'Elemento {{number}}',
    subElementCount_one: '{{count}} subelemento',
    subElementCount_many: '{{count}} de subelementos',
    subElementCount_other: '{{count}} subelementos',
    sourcePage: 'Leer este elemento en governance4id.org',
    topicCount_one: '{{count}} tema',
    topicCount_many: '{{count}} de temas',
    topicCount_other: '{{count}} temas',
    questionCount_one: '{{count}} pregunta clave',
    questionCount_many: '{{count}} de preguntas clave',
    questionCount_other: '{{count}} preguntas clave',
    contents: 'Subelementos',
    anchorQuestions: 'Preguntas clave',
    rightsImplications: 'Implicaciones para los derechos',
    targetScenario: 'Cómo son las buenas prácticas',
    standards: 'Normas internacionales',
    elementNotFound: 'El marco no tiene ningún elemento en esta dirección.',
    allElements: 'Todos los elementos',
    previous: 'Elemento anterior',
    next: 'Elemento siguiente',
  },
} satisfies LocaleResource;

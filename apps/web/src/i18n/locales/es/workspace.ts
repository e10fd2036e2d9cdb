import type { LocaleResource } from '../locale-resource';

export const workspace = {
  workspace: {
    title: 'Elementos',
    intro:
      'Redacte la evaluación elemento por elemento: responda a cada pregunta clave, califíquela con la escala propia de esta plataforma, cite las fuentes y registre las conclusiones. Quienes trabajan en un elemento ven los cambios de los demás mientras escriben.',
    elementsNav: 'Elementos del marco',
    youEdit: 'Puede editar',
    youRead: 'Solo lectura',
    questionCount_one: '{{count}} pregunta',
    questionCount_many: '{{count}} de preguntas',
    questionCount_other: '{{count}} preguntas',
    readOnly:
      'Puede leer este elemento a medida que se redacta. Lo editan sus organizaciones líder y colaboradoras y los moderadores.',
    noSubElements: 'Todos los subelementos de este elemento están excluidos de la evaluación.',
    answer: {
      label: 'Respuesta a la pregunta {{number}}',
    },
    editor: {
      toolbar: 'Formato',
      bold: 'Negrita',
      italic: 'Cursiva',
      bulletList: 'Lista con viñetas',
      orderedList: 'Lista numerada',
      blockquote: 'Cita',
    },
    status: {
      label: 'Estado',
      labelFor: 'Estado de la pregunta {{number}}',
    },
    questionStatus: {
      NOT_STARTED: 'Sin empezar',
      DRAFTING: 'En redacción',
      READY_FOR_REVIEW: 'Lista para revisión',
    },
    rating: {
      label: 'Calificación',
      labelFor: 'Calificación de la pregunta {{number}}',
      scaleNote:
        'Escala propia de esta plataforma respecto al escenario objetivo; no es una calificación del PNUD.',
      none: 'Sin calificar',
      rationale: 'Justificación de la calificación',
      value: {
        MEETS_TARGET: 'Cumple el escenario objetivo',
        PARTIAL: 'Cumple en parte',
        NOT_MET: 'No cumple',
        UNKNOWN: 'Falta de información',
        NOT_APPLICABLE: 'No aplicable',
      },
    },
    evidence: {
      title: 'Fuentes',
      none: 'Todavía no se ha citado ninguna fuente.',
      ref: '{{id}}, {{pinpoint}}',
      remove: 'Quitar la fuente {{id}}',
      addFor: 'Citar una fuente para la pregunta {{number}}',
      id: 'Identificador de la fuente',
      pinpoint: 'Referencia precisa',
      pinpointPlaceholder: 'p. ej. art. 12(3), p. 40',
      add: 'Citar',
      idRequired: 'Introduzca el identificador de la fuente.',
      duplicate: 'Esta fuente ya está citada con esta referencia.',
    },
    findings: {
      title: 'Conclusiones',
      none: 'Todavía no hay conclusiones.',
      newKind: 'Tipo de conclusión',
      add: 'Añadir conclusión',
      addTo: 'Añadir conclusión a «{{title}}»',
      kindOf: 'Tipo de la conclusión {{number}}',
      remove: 'Eliminar la conclusión {{number}} ({{kind}})',
      text: 'Conclusión {{number}}: {{kind}}',
      kind: {
        STRENGTH: 'Fortaleza',
        WEAKNESS: 'Debilidad',
        INFORMATION_GAP: 'Falta de información',
        RISK: 'Riesgo',
      },
    },
    summary: {
      label: 'Resumen',
      description:
        'La visión de conjunto de este subelemento, a partir de las respuestas y conclusiones.',
    },
    presence: {
      here: 'Presentes:',
      you: '{{name}} (usted)',
      watching_one: '{{count}} persona observando',
      watching_many: '{{count}} de personas observando',
      watching_other: '{{count}} personas observando',
    },
    save: {
      connecting: 'Conectando…',
      saving: 'Guardando…',
      saved: 'Guardado',
      offline: 'Sin conexión',
      denied: 'Sin acceso',
      live: 'En directo',
      offlineKept:
        'Sus cambios se conservan en este navegador y se envían cuando vuelva la conexión.',
      deniedHint:
        'Ya no tiene acceso a este elemento. Recargue la página o vuelva a iniciar sesión.',
      wentOffline:
        'Sin conexión. Sus cambios se conservan en este navegador y se envían cuando vuelva la conexión.',
      backOnline: 'Conexión restablecida.',
      refused: 'No guardado',
      refusedHint:
        'Su acceso a este elemento cambió: ahora solo puede leerlo, y sus últimos cambios no se pudieron guardar.',
      offlineOnDevice: 'Sin conexión — guardado en este dispositivo',
    },
    leave: {
      title: '¿Salir con cambios sin guardar?',
      body: 'Algunos de sus cambios aún no han llegado al servidor. Se conservan en este navegador y se envían la próxima vez que abra este elemento con conexión, pero hasta entonces nadie más los ve.',
      confirm: 'Salir de todos modos',
    },
  },
} satisfies LocaleResource;

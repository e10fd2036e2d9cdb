import type { LocaleResource } from '../locale-resource';

export const assessments = {
  phase: {
    PREPARE: 'Preparar',
    ANALYSE: 'Analizar',
    ENGAGE: 'Dialogar',
    COMPLETED: 'Completada',
  },
  phaseHint: {
    PREPARE: 'Definición del alcance de la evaluación y personalización del marco',
    ANALYSE: 'Recopilación de evidencias y respuesta a las preguntas',
    ENGAGE: 'Debate y validación de las conclusiones con las partes interesadas',
    COMPLETED: 'La evaluación está finalizada',
  },
  assessments: {
    title: 'Evaluaciones',
    intro: 'Las evaluaciones en las que participa, primero las actualizadas más recientemente.',
    new: 'Nueva evaluación',
    showArchived: 'Mostrar evaluaciones archivadas',
    empty: 'No hay evaluaciones que mostrar.',
    emptyHint:
      'Una evaluación comienza en la fase Preparar, en la que el equipo define su alcance y adapta el marco al país.',
    tableCaption: 'Evaluaciones',
    columnTitle: 'Título',
    columnCountry: 'País',
    columnPhase: 'Fase',
    columnUpdated: 'Última actualización',
    archived: 'Archivada',
    count_one: '{{count}} evaluación',
    count_many: '{{count}} de evaluaciones',
    count_other: '{{count}} evaluaciones',
  },
  assessmentForm: {
    newTitle: 'Nueva evaluación',
    newIntro:
      'Dé un título a la evaluación y elija el país. Puede describir su alcance y los casos de uso nacionales del sistema de identidad ahora o más adelante.',
    editTitle: 'Editar los datos de la evaluación',
    title: 'Título',
    titlePlaceholder: 'p. ej., Evaluación del sistema nacional de identidad 2026',
    country: 'País',
    countryPlaceholder: 'Escriba para buscar',
    countryNothingFound: 'Ningún país coincide',
    trainingCountry: 'Formación (país ficticio)',
    scope: 'Alcance',
    scopeDescription:
      'Lo que abarca la evaluación: sistemas, instituciones, grupos de población, periodo.',
    useCases: 'Casos de uso nacionales',
    useCasesDescription:
      'Pulse Intro después de cada caso de uso, por ejemplo «Registro de votantes».',
    useCasesPlaceholder: 'Añadir un caso de uso',
    titleRequired: 'Introduzca un título.',
    countryRequired: 'Elija un país.',
    create: 'Crear evaluación',
    saveChanges: 'Guardar cambios',
    fixErrors: 'Corrija los campos marcados a continuación.',
  },
  assessment: {
    back: 'Todas las evaluaciones',
    sectionsLabel: 'Secciones de la evaluación',
    section: {
      overview: 'Resumen',
      recommendations: 'Recomendaciones',
      elements: 'Elementos',
      evidence: 'Evidencias',
      analysis: 'Análisis',
      customise: 'Personalizar',
      members: 'Miembros',
      assignments: 'Asignaciones',
      audit: 'Registro de auditoría',
      workshops: 'Talleres',
      mentions: 'Menciones',
    },
    country: 'País',
    phase: 'Fase',
    frameworkVersion: 'Versión del marco',
    created: 'Creada',
    updated: 'Última actualización',
    scope: 'Alcance',
    noScope: 'Todavía no se ha descrito el alcance.',
    useCases: 'Casos de uso nacionales',
    noUseCases: 'Todavía no se han indicado casos de uso.',
    editDetails: 'Editar datos',
    detailsSaved: 'Se guardaron los datos.',
    archive: 'Archivar',
    restore: 'Restaurar',
    archivedNotice:
      'Esta evaluación se archivó el {{date}} y es de solo lectura hasta que se restaure.',
    archiveConfirmTitle: '¿Archivar esta evaluación?',
    archiveConfirmBody:
      'Las evaluaciones archivadas se ocultan de la lista y no se pueden modificar. Puede restaurarla en cualquier momento.',
    restored: 'Se restauró la evaluación.',
    phaseActions: 'Cambiar de fase',
    moveTo: 'Pasar a {{phase}}',
    backTo: 'Volver a {{phase}}',
    phaseConfirmTitle: '¿Pasar a la fase {{phase}}?',
    phaseConfirm: {
      PREPARE: 'Volver a Preparar permite de nuevo personalizar el marco.',
      ANALYSE:
        'La personalización se bloquea al comenzar el análisis, para que las respuestas sigan correspondiendo a las preguntas a las que responden.',
      ENGAGE:
        'Las conclusiones se compartirán con las partes interesadas para su debate y validación.',
      COMPLETED: 'Completar es definitivo: la evaluación ya no podrá cambiar de fase.',
    },
    phaseGate: {
      title: 'Antes de pasar a {{phase}}',
      noChecks: 'No hay nada que comprobar antes de este cambio.',
      met: 'hecho',
      unmet: 'todavía no',
      unmetIntro: 'Algunas comprobaciones aún no se cumplen:',
      reason: 'Motivo para continuar de todos modos',
      reasonHelp:
        'Se guarda en el registro de auditoría junto con las comprobaciones no cumplidas.',
      override: 'Pasar a {{phase}} de todos modos',
    },
    phaseCheck: {
      subElementsStarted_one:
        'Subelementos con el trabajo iniciado en alguna pregunta: {{count}} de {{total}}',
      subElementsStarted_many:
        'Subelementos con el trabajo iniciado en alguna pregunta: {{count}} de {{total}}',
      subElementsStarted_other:
        'Subelementos con el trabajo iniciado en alguna pregunta: {{count}} de {{total}}',
      evidenceGathered_one:
        'La biblioteca de evidencias contiene al menos una fuente ({{count}} ahora)',
      evidenceGathered_many:
        'La biblioteca de evidencias contiene al menos una fuente ({{count}} ahora)',
      evidenceGathered_other:
        'La biblioteca de evidencias contiene al menos una fuente ({{count}} ahora)',
    },
    phaseChanged: 'La evaluación está ahora en la fase {{phase}}.',
    notFound: 'Esta evaluación no existe o usted no tiene acceso a ella.',
  },
} satisfies LocaleResource;

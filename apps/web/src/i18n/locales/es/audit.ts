import type { LocaleResource } from '../locale-resource';

export const audit = {
  audit: {
    title: 'Registro de auditoría',
    intro:
      'Cada cambio registrado en esta evaluación, del más reciente al más antiguo. El registro solo admite añadidos: ninguna entrada puede modificarse ni borrarse. Las personas aparecen con un seudónimo estable, y con su nombre cuando usted puede verlo.',
    filtersTitle: 'Filtrar eventos',
    actions: 'Acciones',
    actionsPlaceholder: 'Todas las acciones',
    targetType: 'Objeto',
    targetTypePlaceholder: 'Todos los objetos',
    actor: 'Seudónimo del autor',
    actorDescription: 'Tal como aparece bajo cada autor, más abajo.',
    from: 'Desde',
    to: 'Hasta',
    dateOrder: 'La fecha de inicio no puede ser posterior a la fecha de fin.',
    apply: 'Aplicar filtros',
    clear: 'Borrar filtros',
    total_one: '{{count}} evento',
    total_many: '{{count}} de eventos',
    total_other: '{{count}} eventos',
    shown: 'Se muestran {{shown}} de {{total}}',
    tableCaption: 'Eventos de auditoría, del más reciente al más antiguo',
    columnTime: 'Fecha',
    columnActor: 'Autor',
    columnAction: 'Acción',
    columnTarget: 'Objeto',
    columnSummary: 'Cambio',
    system: 'La plataforma',
    onlyActor: 'Mostrar solo los eventos de {{actor}}',
    empty: 'Ningún evento coincide con estos filtros.',
    loadMore: 'Cargar más',
    export: 'Exportar CSV',
    exportHint:
      'El archivo contiene todos los eventos que coinciden con estos filtros, con su cadena de hashes.',
    forbidden: 'Solo los moderadores de esta evaluación pueden leer su registro de auditoría.',
  },
  auditAction: {
    assessment: {
      create: 'Evaluación creada',
      update: 'Datos editados',
      phase: 'Cambio de fase',
      archive: 'Evaluación archivada',
      restore: 'Evaluación restaurada',
    },
    'sub-element': {
      enable: 'Subelemento incluido',
      disable: 'Subelemento excluido',
    },
    question: {
      reword: 'Pregunta reformulada',
      'restore-wording': 'Redacción original restaurada',
      'add-custom': 'Pregunta propia añadida',
      'remove-custom': 'Pregunta propia eliminada',
    },
    questions: {
      reorder: 'Preguntas reordenadas',
    },
    member: {
      add: 'Miembro añadido',
      'change-role': 'Rol cambiado',
      remove: 'Miembro quitado',
      attribution: 'Forma de aparecer cambiada',
    },
    element: {
      assign: 'Elemento asignado',
    },
    invitation: {
      create: 'Invitación enviada',
      revoke: 'Invitación retirada',
      accept: 'Invitación aceptada',
    },
  },
  auditTarget: {
    assessment: 'Evaluación',
    'sub-element': 'Subelemento',
    detail: 'Tema',
    question: 'Pregunta',
    member: 'Miembro',
    element: 'Elemento',
    invitation: 'Invitación',
  },
} satisfies LocaleResource;

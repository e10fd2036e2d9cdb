import type { LocaleResource } from '../locale-resource';

export const assignments = {
  assignments: {
    title: 'Asignación de elementos',
    intro:
      'Cada elemento tiene una organización responsable y puede tener organizaciones colaboradoras. Los colaboradores de esas organizaciones editan el elemento; el resto de participantes puede leerlo.',
    tableCaption: 'Organizaciones responsables y colaboradoras por elemento',
    columnElement: 'Elemento',
    columnLead: 'Organización responsable',
    columnContributing: 'Organizaciones colaboradoras',
    columnYou: 'Usted puede',
    columnActions: 'Acciones',
    none: 'Ninguna',
    noLead: 'Sin asignar',
    people: 'También asignado a personas: {{number}}',
    action: {
      read: 'Leer',
      edit: 'Editar',
      comment: 'Comentar',
      suggest: 'Sugerir cambios',
    },
    change: 'Cambiar',
    changeLabel: 'Cambiar la asignación de «{{element}}»',
    editTitle: 'Asignar «{{element}}»',
    lead: 'Organización responsable',
    leadPlaceholder: 'Sin organización responsable',
    contributing: 'Organizaciones colaboradoras',
    contributingPlaceholder: 'Añadir una organización',
    nothingFound: 'Ninguna organización coincide',
    save: 'Guardar asignación',
    saved: 'Se guardó la asignación de «{{element}}».',
  },
} satisfies LocaleResource;

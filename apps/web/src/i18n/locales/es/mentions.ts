// La bandeja de menciones: hilos de comentarios en los que se menciona a quien ha iniciado sesión.
export const mentions = {
  mentions: {
    title: 'Menciones',
    intro:
      'Los hilos de comentarios en los que alguien le mencionó, con la mención más reciente primero. Abra uno para leer el hilo completo y responder en el espacio de trabajo del elemento.',
    empty: 'Nadie le ha mencionado todavía.',
    emptyHint:
      'Cuando un miembro le menciona en un comentario, el hilo aparece aquí hasta que se resuelve.',
    list: 'Hilos que le mencionan',
    total_one: '{{count}} hilo le menciona',
    total_many: '{{count}} hilos le mencionan',
    total_other: '{{count}} hilos le mencionan',
    badge_one: '{{count}} hilo abierto',
    badge_many: '{{count}} hilos abiertos',
    badge_other: '{{count}} hilos abiertos',
    state: { open: 'Abierto', resolved: 'Resuelto' },
    you: 'Usted',
    formerMember: 'Alguien que ya no forma parte de esta evaluación',
    hidden: 'Ocultado por un moderador: {{reason}}',
    hiddenNoReason: 'Ocultado por un moderador.',
    comments_one: '{{count}} comentario en este hilo',
    comments_many: '{{count}} comentarios en este hilo',
    comments_other: '{{count}} comentarios en este hilo',
    open: 'Abrir en el espacio de trabajo',
  },
};

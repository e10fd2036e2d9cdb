import { members, type MatrixCase } from './matrix.types.js';

export const progressCases: MatrixCase[] = [
  {
    operation: 'Query.elementAssessment',
    document: `query($a: ID!, $e: String!) { elementAssessment(assessmentId: $a, elementKey: $e) { documentName } }`,
    variants: [
      {
        name: 'an element of this assessment',
        allow: ['admin', ...members],
        variables: (ctx) => ({ a: ctx.team.assessment.id, e: ctx.team.assignedElement }),
      },
      {
        name: 'an element of another assessment',
        allow: ['admin', 'outsider'],
        denials: Object.fromEntries(members.map((m) => [m, 'NOT_FOUND'])),
        variables: (ctx) => ({ a: ctx.team.other.id, e: ctx.team.assignedElement }),
      },
    ],
  },
];

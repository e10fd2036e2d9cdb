import { documentName } from '@idgov/assessment-doc';
import { members, type MatrixCase } from './matrix.types.js';

// A connection ticket is for anyone who may read the element (writing is decided per message on
// the socket); an outsider is told the document does not exist.
export const collabCases: MatrixCase[] = [
  {
    operation: 'Mutation.collabToken',
    document: `mutation($name: String!) { collabToken(documentName: $name) }`,
    variants: [
      {
        name: 'a ticket for an element document of this assessment',
        allow: ['admin', ...members],
        variables: (ctx) => ({
          name: documentName(ctx.team.assessment.id, ctx.team.assignedElement),
        }),
      },
    ],
  },
];

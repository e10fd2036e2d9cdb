import { buildRecommendationInput } from '../../factories/recommendation.factory.js';
import { members, type MatrixCase, type MatrixContext } from './matrix.types.js';

// Every member reads recommendations and the roadmap; moderators and contributors (from any
// organisation) write them.
const writers = ['admin', 'moderator', 'ministry', 'cso'] as const;
const readers = ['admin', ...members] as const;

const proposed = async (ctx: MatrixContext) => {
  const { createRecommendation } = await ctx.arrange<{ createRecommendation: { id: string } }>(
    `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`,
    { input: buildRecommendationInput(ctx.team.assessment.id) },
  );
  return { a: ctx.team.assessment.id, id: createRecommendation.id };
};

const onAssessment = (ctx: MatrixContext) => ({ a: ctx.team.assessment.id });

export const recommendationCases: MatrixCase[] = [
  {
    operation: 'Query.recommendations',
    document: `query($a: ID!) { recommendations(assessmentId: $a) { id } }`,
    variants: [{ name: 'this assessment', allow: readers, variables: onAssessment }],
  },
  {
    operation: 'Query.implementationRoadmap',
    document: `query($a: ID!) { implementationRoadmap(assessmentId: $a, groupBy: INSTITUTION) {
      key recommendations { id } } }`,
    variants: [{ name: 'this assessment', allow: readers, variables: onAssessment }],
  },
  {
    operation: 'Query.recommendationInstitutions',
    document: `query($a: ID!) { recommendationInstitutions(assessmentId: $a) { id } }`,
    variants: [{ name: 'this assessment', allow: readers, variables: onAssessment }],
  },
  {
    operation: 'Query.recommendationFindingOptions',
    document: `query($a: ID!, $e: String!) {
      recommendationFindingOptions(assessmentId: $a, elementKey: $e) { id } }`,
    variants: [
      {
        name: 'an element of this assessment',
        allow: readers,
        variables: (ctx) => ({ a: ctx.team.assessment.id, e: ctx.team.assignedElement }),
      },
    ],
  },
  {
    operation: 'Mutation.createRecommendation',
    document: `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`,
    variants: [
      {
        name: 'on this assessment',
        allow: writers,
        variables: (ctx) => ({ input: buildRecommendationInput(ctx.team.assessment.id) }),
      },
    ],
  },
  {
    operation: 'Mutation.updateRecommendation',
    document: `mutation($a: ID!, $id: ID!, $input: UpdateRecommendationInput!) {
      updateRecommendation(assessmentId: $a, id: $id, input: $input) { id } }`,
    variants: [
      {
        name: 'a proposed recommendation',
        allow: writers,
        variables: async (ctx) => ({ ...(await proposed(ctx)), input: { priority: 'HIGH' } }),
      },
    ],
  },
  {
    operation: 'Mutation.deleteRecommendation',
    document: `mutation($a: ID!, $id: ID!) { deleteRecommendation(assessmentId: $a, id: $id) }`,
    variants: [{ name: 'a proposed recommendation', allow: writers, variables: proposed }],
  },
];

import { graphql } from '../../gql';

// What workshops decided, shown beside findings and ratings wherever they appear.
export const ValidationOutcomeFieldsFragment = graphql(`
  fragment ValidationOutcomeFields on ValidationOutcome {
    itemId
    workshopId
    kind
    findingId
    questionKey
    outcome
    note
    amendedRating
    decidedAt
  }
`);

export const ValidationOutcomesQuery = graphql(`
  query ValidationOutcomes($assessmentId: ID!, $elementKey: String) {
    validationOutcomes(assessmentId: $assessmentId, elementKey: $elementKey) {
      ...ValidationOutcomeFields
    }
  }
`);

import { graphql } from '../../gql';

export const AssessmentsQuery = graphql(`
  query Assessments($includeArchived: Boolean!) {
    assessments(includeArchived: $includeArchived) {
      id
      title
      country
      phase
      archived
      updatedAt
    }
  }
`);

export const CreateAssessmentMutation = graphql(`
  mutation CreateAssessment($input: CreateAssessmentInput!) {
    createAssessment(input: $input) {
      id
      title
      country
      phase
      archived
      updatedAt
    }
  }
`);

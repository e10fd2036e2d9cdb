import { graphql } from '../../gql';

export const AssessmentQuery = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      id
      title
      country
      scope
      nationalUseCases
      phase
      allowedNextPhases
      archived
      archivedAt
      frameworkVersion
      createdAt
      updatedAt
      permissions
    }
  }
`);

// Every mutation returns the fields the overview shows, so the cache updates the page in place.
export const UpdateAssessmentMutation = graphql(`
  mutation UpdateAssessment($id: ID!, $input: UpdateAssessmentInput!) {
    updateAssessment(id: $id, input: $input) {
      id
      title
      country
      scope
      nationalUseCases
      updatedAt
    }
  }
`);

export const ChangePhaseMutation = graphql(`
  mutation ChangeAssessmentPhase($id: ID!, $phase: AssessmentPhase!, $overrideReason: String) {
    changeAssessmentPhase(id: $id, phase: $phase, overrideReason: $overrideReason) {
      id
      phase
      allowedNextPhases
      updatedAt
    }
  }
`);

export const ArchiveAssessmentMutation = graphql(`
  mutation ArchiveAssessment($id: ID!) {
    archiveAssessment(id: $id) {
      id
      archived
      archivedAt
      updatedAt
    }
  }
`);

export const RestoreAssessmentMutation = graphql(`
  mutation RestoreAssessment($id: ID!) {
    restoreAssessment(id: $id) {
      id
      archived
      archivedAt
      updatedAt
    }
  }
`);

import { graphql } from '../../gql';

export const AssignmentsQuery = graphql(`
  query Assignments($id: ID!) {
    assessment(id: $id) {
      id
      elements {
        id
        key
        title
      }
      elementAssignments {
        elementKey
        leadOrganisationId
        contributingOrganisationIds
        assignedUserIds
        viewerActions
      }
    }
  }
`);

// Answers a bare Boolean: the page refetches the assignments (and the viewer's actions) after it.
export const AssignElementMutation = graphql(`
  mutation AssignElement($input: AssignElementInput!) {
    assignElement(input: $input)
  }
`);

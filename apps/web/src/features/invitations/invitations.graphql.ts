import { graphql } from '../../gql';

// Public: what the holder of an invitation link may see (null once it cannot be used).
export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      assessmentId
      assessmentTitle
      role
      organisationName
      email
      accountExists
      expiresAt
    }
  }
`);

// Joins the assessment and starts a session (the API sets the session cookie).
export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        id
        displayName
        email
        isPlatformAdmin
      }
    }
  }
`);

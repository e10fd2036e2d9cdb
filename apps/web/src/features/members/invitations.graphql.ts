import { graphql } from '../../gql';

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    status
    expiresAt
    createdAt
    organisation {
      id
      name
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations($assessmentId: ID!) {
    invitations(assessmentId: $assessmentId) {
      ...InvitationFields
    }
  }
`);

// A new invitation replaces any open one for the same address, so the list is refetched.
export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...InvitationFields
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($assessmentId: ID!, $invitationId: ID!) {
    revokeInvitation(assessmentId: $assessmentId, invitationId: $invitationId) {
      ...InvitationFields
    }
  }
`);

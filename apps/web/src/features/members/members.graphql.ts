import { graphql } from '../../gql';

export const MemberFieldsFragment = graphql(`
  fragment MemberFields on AssessmentMember {
    id
    label
    displayName
    email
    role
    attribution
    isYou
    userId
    organisation {
      id
      name
      type
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($id: ID!) {
    assessment(id: $id) {
      id
      members {
        ...MemberFields
      }
    }
  }
`);

// Every organisation on the platform, for invitations and element assignments.
export const OrganisationsQuery = graphql(`
  query Organisations {
    organisations {
      id
      name
      type
    }
  }
`);

// A member's id is stable ("assessmentId:pseudonymNumber"), so the answer updates the row in place.
export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($assessmentId: ID!, $userId: ID!, $role: AssessmentRole!) {
    changeAssessmentMemberRole(assessmentId: $assessmentId, userId: $userId, role: $role) {
      ...MemberFields
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($assessmentId: ID!, $userId: ID!) {
    removeAssessmentMember(assessmentId: $assessmentId, userId: $userId)
  }
`);

export const SetMyAttributionMutation = graphql(`
  mutation SetMyAttribution($assessmentId: ID!, $attribution: Attribution!) {
    setMyAttribution(assessmentId: $assessmentId, attribution: $attribution) {
      ...MemberFields
    }
  }
`);

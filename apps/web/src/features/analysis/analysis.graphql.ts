import { graphql } from '../../gql';

// The enabled structure with titles and question texts, and the members who may own a gap.
export const AnalysisContextQuery = graphql(`
  query AnalysisContext($id: ID!) {
    assessment(id: $id) {
      id
      elements {
        id
        key
        title
        subElements {
          id
          key
          title
          enabled
          details {
            id
            questions {
              id
              key
              text
            }
          }
        }
      }
      members {
        id
        label
        role
        isYou
      }
    }
  }
`);

export const InformationGapFieldsFragment = graphql(`
  fragment InformationGapFields on InformationGap {
    id
    kind
    elementKey
    subElementKey
    questionKey
    trackedGapId
    source
    description
    dueDate
    status
    overdue
    ownedByYou
    createdAt
    updatedAt
    owner {
      id
      label
    }
    createdBy {
      id
      label
    }
  }
`);

export const InformationGapsQuery = graphql(`
  query InformationGaps($assessmentId: ID!, $filter: GapFilter) {
    informationGaps(assessmentId: $assessmentId, filter: $filter) {
      total
      items {
        ...InformationGapFields
      }
    }
  }
`);

export const RaiseGapMutation = graphql(`
  mutation RaiseGap($input: RaiseGapInput!) {
    raiseGap(input: $input) {
      ...InformationGapFields
    }
  }
`);

export const UpdateGapMutation = graphql(`
  mutation UpdateGap($assessmentId: ID!, $id: ID!, $input: UpdateGapInput!) {
    updateGap(assessmentId: $assessmentId, id: $id, input: $input) {
      ...InformationGapFields
    }
  }
`);

export const AcknowledgeGapMutation = graphql(`
  mutation AcknowledgeGap($assessmentId: ID!, $id: ID!) {
    acknowledgeGap(assessmentId: $assessmentId, id: $id) {
      ...InformationGapFields
    }
  }
`);

export const ResolveGapMutation = graphql(`
  mutation ResolveGap($assessmentId: ID!, $id: ID!) {
    resolveGap(assessmentId: $assessmentId, id: $id) {
      ...InformationGapFields
    }
  }
`);

export const ReopenGapMutation = graphql(`
  mutation ReopenGap($assessmentId: ID!, $id: ID!) {
    reopenGap(assessmentId: $assessmentId, id: $id) {
      ...InformationGapFields
    }
  }
`);

export const SubElementRatingsFieldsFragment = graphql(`
  fragment SubElementRatingsFields on SubElementRatings {
    id
    elementKey
    subElementKey
    title
    total
    divergent
    divergence {
      reason
      groups
    }
    groups {
      group
      total
      majority
      counts {
        rating
        count
      }
    }
    myRating {
      rating
      comment
      group
      updatedAt
    }
    consolidated {
      rating
      rationale
      setAt
      setBy {
        id
        label
      }
    }
  }
`);

export const SubElementRatingsQuery = graphql(`
  query SubElementRatings($assessmentId: ID!, $elementKey: String) {
    subElementRatings(assessmentId: $assessmentId, elementKey: $elementKey) {
      ...SubElementRatingsFields
    }
  }
`);

export const SubmitStakeholderRatingMutation = graphql(`
  mutation SubmitStakeholderRating($input: SubmitStakeholderRatingInput!) {
    submitStakeholderRating(input: $input) {
      ...SubElementRatingsFields
    }
  }
`);

export const WithdrawStakeholderRatingMutation = graphql(`
  mutation WithdrawStakeholderRating($assessmentId: ID!, $subElementKey: String!) {
    withdrawStakeholderRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {
      ...SubElementRatingsFields
    }
  }
`);

export const SetConsolidatedRatingMutation = graphql(`
  mutation SetConsolidatedRating($input: SetConsolidatedRatingInput!) {
    setConsolidatedRating(input: $input) {
      ...SubElementRatingsFields
    }
  }
`);

export const ClearConsolidatedRatingMutation = graphql(`
  mutation ClearConsolidatedRating($assessmentId: ID!, $subElementKey: String!) {
    clearConsolidatedRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {
      ...SubElementRatingsFields
    }
  }
`);

export const AnalysisMatrixQuery = graphql(`
  query AnalysisMatrix($assessmentId: ID!) {
    analysisMatrix(assessmentId: $assessmentId) {
      assessmentId
      elements {
        id
        elementKey
        title
        divergentCount
        counts {
          strengths
          weaknesses
          informationGaps
          risks
        }
        subElements {
          id
          subElementKey
          title
          counts {
            strengths
            weaknesses
            informationGaps
            risks
          }
          strengths {
            id
            text
            validation {
              ...ValidationOutcomeFields
            }
          }
          weaknesses {
            id
            text
            validation {
              ...ValidationOutcomeFields
            }
          }
          informationGaps {
            id
            text
            validation {
              ...ValidationOutcomeFields
            }
          }
          risks {
            id
            text
            validation {
              ...ValidationOutcomeFields
            }
          }
          ratingOutcomes {
            ...ValidationOutcomeFields
          }
          ratings {
            ...SubElementRatingsFields
          }
        }
      }
    }
  }
`);

import { graphql } from '../../gql';

// Everything a workshop screen shows. Queries, mutations and the subscription all select it, so
// whichever arrives last updates every screen through the normalised cache (Workshop and
// WorkshopItem by id).
export const WorkshopFieldsFragment = graphql(`
  fragment WorkshopFields on Workshop {
    id
    assessmentId
    title
    status
    joinCode
    currentItemId
    participantCount
    openedAt
    closedAt
    items {
      ...WorkshopItemFields
    }
  }
`);

export const WorkshopItemFieldsFragment = graphql(`
  fragment WorkshopItemFields on WorkshopItem {
    id
    position
    kind
    elementKey
    subElementKey
    questionKey
    findingId
    statement
    rating
    tally {
      agree
      agreeWithChanges
      disagree
      total
    }
    comments {
      vote
      comment
    }
    myVote
    outcome
    outcomeNote
    amendedText
    amendedRating
  }
`);

export const WorkshopsQuery = graphql(`
  query Workshops($assessmentId: ID!) {
    workshops(assessmentId: $assessmentId) {
      id
      title
      status
      joinCode
      participantCount
      openedAt
      closedAt
      items {
        id
        outcome
      }
    }
  }
`);

export const WorkshopQuery = graphql(`
  query Workshop($assessmentId: ID!, $id: ID!) {
    workshop(assessmentId: $assessmentId, id: $id) {
      ...WorkshopFields
    }
  }
`);

export const WorkshopAsGuestQuery = graphql(`
  query WorkshopAsGuest($guestToken: String!) {
    workshopAsGuest(guestToken: $guestToken) {
      ...WorkshopFields
    }
  }
`);

export const WorkshopByCodeQuery = graphql(`
  query WorkshopByCode($code: String!) {
    workshopByCode(code: $code) {
      workshopId
      assessmentId
      title
      status
      isMember
    }
  }
`);

export const WorkshopChangedSubscription = graphql(`
  subscription WorkshopChanged($workshopId: ID!, $guestToken: String) {
    workshopChanged(workshopId: $workshopId, guestToken: $guestToken) {
      ...WorkshopFields
    }
  }
`);

export const CreateWorkshopMutation = graphql(`
  mutation CreateWorkshop($input: CreateWorkshopInput!) {
    createWorkshop(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const AddWorkshopItemMutation = graphql(`
  mutation AddWorkshopItem($input: AddWorkshopItemInput!) {
    addWorkshopItem(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const RemoveWorkshopItemMutation = graphql(`
  mutation RemoveWorkshopItem($assessmentId: ID!, $itemId: ID!) {
    removeWorkshopItem(assessmentId: $assessmentId, itemId: $itemId) {
      ...WorkshopFields
    }
  }
`);

export const MoveWorkshopItemMutation = graphql(`
  mutation MoveWorkshopItem($assessmentId: ID!, $itemId: ID!, $position: Int!) {
    moveWorkshopItem(assessmentId: $assessmentId, itemId: $itemId, position: $position) {
      ...WorkshopFields
    }
  }
`);

export const OpenWorkshopMutation = graphql(`
  mutation OpenWorkshop($assessmentId: ID!, $id: ID!) {
    openWorkshop(assessmentId: $assessmentId, id: $id) {
      ...WorkshopFields
    }
  }
`);

export const CloseWorkshopMutation = graphql(`
  mutation CloseWorkshop($assessmentId: ID!, $id: ID!) {
    closeWorkshop(assessmentId: $assessmentId, id: $id) {
      ...WorkshopFields
    }
  }
`);

export const SetCurrentWorkshopItemMutation = graphql(`
  mutation SetCurrentWorkshopItem($assessmentId: ID!, $workshopId: ID!, $itemId: ID!) {
    setCurrentWorkshopItem(assessmentId: $assessmentId, workshopId: $workshopId, itemId: $itemId) {
      ...WorkshopFields
    }
  }
`);

export const CastWorkshopVoteMutation = graphql(`
  mutation CastWorkshopVote($input: CastWorkshopVoteInput!) {
    castWorkshopVote(input: $input) {
      ...WorkshopItemFields
    }
  }
`);

export const JoinWorkshopAsGuestMutation = graphql(`
  mutation JoinWorkshopAsGuest($code: String!, $displayName: String!) {
    joinWorkshopAsGuest(code: $code, displayName: $displayName) {
      workshopId
      guestToken
    }
  }
`);

export const RecordWorkshopOutcomeMutation = graphql(`
  mutation RecordWorkshopOutcome($input: RecordWorkshopOutcomeInput!) {
    recordWorkshopOutcome(input: $input) {
      ...WorkshopItemFields
    }
  }
`);

// The current rating of every question: only rated questions can be put to the room.
export const QuestionRatingsQuery = graphql(`
  query WorkshopQuestionRatings($id: ID!) {
    assessment(id: $id) {
      id
      progress {
        elements {
          elementKey
          subElements {
            subElementKey
            questions {
              questionKey
              rating
            }
          }
        }
      }
    }
  }
`);

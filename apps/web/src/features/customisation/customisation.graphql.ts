import { graphql } from '../../gql';

export const CustomisationQuery = graphql(`
  query Customisation($id: ID!) {
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
          disabledReason
          details {
            id
            key
            title
            questions {
              id
              key
              text
              originalText
              position
              provenance
            }
          }
        }
      }
    }
  }
`);

export const SetSubElementEnabledMutation = graphql(`
  mutation SetSubElementEnabled($input: SetSubElementEnabledInput!) {
    setSubElementEnabled(input: $input) {
      id
      enabled
      disabledReason
    }
  }
`);

export const RewordQuestionMutation = graphql(`
  mutation RewordQuestion($input: RewordQuestionInput!) {
    rewordQuestion(input: $input) {
      id
      text
      provenance
    }
  }
`);

export const RestoreQuestionWordingMutation = graphql(`
  mutation RestoreQuestionWording($assessmentId: ID!, $questionKey: String!) {
    restoreQuestionWording(assessmentId: $assessmentId, questionKey: $questionKey) {
      id
      text
      provenance
    }
  }
`);

// Mutations that change a topic's list of questions return the whole topic, which replaces the
// cached list.
export const AddCustomQuestionMutation = graphql(`
  mutation AddCustomQuestion($input: AddCustomQuestionInput!) {
    addCustomQuestion(input: $input) {
      ...DetailQuestions
    }
  }
`);

export const RemoveCustomQuestionMutation = graphql(`
  mutation RemoveCustomQuestion($assessmentId: ID!, $questionKey: String!) {
    removeCustomQuestion(assessmentId: $assessmentId, questionKey: $questionKey) {
      ...DetailQuestions
    }
  }
`);

export const ReorderQuestionsMutation = graphql(`
  mutation ReorderQuestions($input: ReorderQuestionsInput!) {
    reorderQuestions(input: $input) {
      ...DetailQuestions
    }
  }
`);

export const DetailQuestionsFragment = graphql(`
  fragment DetailQuestions on AssessmentDetail {
    id
    questions {
      id
      key
      text
      originalText
      position
      provenance
    }
  }
`);

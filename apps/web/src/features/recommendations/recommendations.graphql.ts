import { graphql } from '../../gql';

export const RecommendationFieldsFragment = graphql(`
  fragment RecommendationFields on Recommendation {
    id
    elementKey
    subElementKey
    findingIds
    title
    description
    responsibleOrganisationId
    responsibleInstitutionName
    responsibleOrganisation {
      id
      name
    }
    priority
    timeframe
    status
    updatedAt
  }
`);

export const RecommendationsQuery = graphql(`
  query Recommendations($assessmentId: ID!, $filter: RecommendationFilter) {
    recommendations(assessmentId: $assessmentId, filter: $filter) {
      ...RecommendationFields
    }
  }
`);

export const ImplementationRoadmapQuery = graphql(`
  query ImplementationRoadmap($assessmentId: ID!, $groupBy: RoadmapGrouping!) {
    implementationRoadmap(assessmentId: $assessmentId, groupBy: $groupBy) {
      key
      elementKey
      organisationId
      institutionName
      recommendations {
        ...RecommendationFields
      }
    }
  }
`);

// What the form offers: the assessment's elements and sub-elements, and its organisations.
export const RecommendationOptionsQuery = graphql(`
  query RecommendationOptions($assessmentId: ID!) {
    assessment(id: $assessmentId) {
      id
      elements {
        key
        title
        subElements {
          key
          title
          enabled
        }
      }
    }
    recommendationInstitutions(assessmentId: $assessmentId) {
      id
      name
    }
  }
`);

export const RecommendationFindingOptionsQuery = graphql(`
  query RecommendationFindingOptions($assessmentId: ID!, $elementKey: String!) {
    recommendationFindingOptions(assessmentId: $assessmentId, elementKey: $elementKey) {
      id
      subElementKey
      kind
      text
    }
  }
`);

export const CreateRecommendationMutation = graphql(`
  mutation CreateRecommendation($input: CreateRecommendationInput!) {
    createRecommendation(input: $input) {
      ...RecommendationFields
    }
  }
`);

export const UpdateRecommendationMutation = graphql(`
  mutation UpdateRecommendation($assessmentId: ID!, $id: ID!, $input: UpdateRecommendationInput!) {
    updateRecommendation(assessmentId: $assessmentId, id: $id, input: $input) {
      ...RecommendationFields
    }
  }
`);

export const DeleteRecommendationMutation = graphql(`
  mutation DeleteRecommendation($assessmentId: ID!, $id: ID!) {
    deleteRecommendation(assessmentId: $assessmentId, id: $id)
  }
`);

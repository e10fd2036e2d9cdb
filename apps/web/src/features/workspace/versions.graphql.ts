import { graphql } from '../../gql';

// Named versions of an element's live document: list, name, compare, restore.
export const ElementVersionFieldsFragment = graphql(`
  fragment ElementVersionFields on ElementVersion {
    id
    name
    note
    createdAt
    createdByYou
    author {
      id
      label
    }
  }
`);

export const ElementVersionsQuery = graphql(`
  query ElementVersions($assessmentId: ID!, $elementKey: String!) {
    elementVersions(assessmentId: $assessmentId, elementKey: $elementKey) {
      ...ElementVersionFields
    }
  }
`);

export const CreateElementVersionMutation = graphql(`
  mutation CreateElementVersion($input: CreateElementVersionInput!) {
    createElementVersion(input: $input) {
      ...ElementVersionFields
    }
  }
`);

export const CompareElementVersionsQuery = graphql(`
  query CompareElementVersions(
    $assessmentId: ID!
    $elementKey: String!
    $fromVersionId: ID!
    $toVersionId: ID
  ) {
    compareElementVersions(
      assessmentId: $assessmentId
      elementKey: $elementKey
      fromVersionId: $fromVersionId
      toVersionId: $toVersionId
    ) {
      changes {
        itemKind
        itemKey
        field
        findingId
        hunks {
          kind
          text
        }
      }
    }
  }
`);

export const RestoreElementVersionMutation = graphql(`
  mutation RestoreElementVersion($assessmentId: ID!, $elementKey: String!, $versionId: ID!) {
    restoreElementVersion(
      assessmentId: $assessmentId
      elementKey: $elementKey
      versionId: $versionId
    ) {
      changed
      version {
        id
      }
    }
  }
`);

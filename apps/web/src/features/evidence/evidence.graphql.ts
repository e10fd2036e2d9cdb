import { graphql } from '../../gql';

export const EvidenceFieldsFragment = graphql(`
  fragment EvidenceFields on Evidence {
    id
    assessmentId
    kind
    title
    citation
    author
    date
    url
    language
    summary
    tags
    confidentiality
    article
    page
    interview {
      intervieweeCode
      organisationType
      consentRecorded
      notes
    }
    createdAt
    updatedAt
    archivedAt
    createdByYou
    viewerActions
  }
`);

export const EvidenceFileFieldsFragment = graphql(`
  fragment EvidenceFileFields on EvidenceFile {
    id
    evidenceId
    fileName
    mediaType
    sizeBytes
    textStatus
    createdAt
    downloadPath
  }
`);

export const EvidenceListQuery = graphql(`
  query EvidenceList($assessmentId: ID!, $filter: EvidenceFilter, $page: EvidencePage) {
    evidence(assessmentId: $assessmentId, filter: $filter, page: $page) {
      items {
        ...EvidenceFields
      }
      total
      nextOffset
    }
  }
`);

export const EvidenceItemQuery = graphql(`
  query EvidenceItem($assessmentId: ID!, $id: ID!) {
    evidenceItem(assessmentId: $assessmentId, id: $id) {
      ...EvidenceFields
      createdBy {
        id
        label
        isYou
      }
      files {
        ...EvidenceFileFields
      }
    }
  }
`);

// A cited item as the element editor shows it: only what the citation needs.
export const CitedEvidenceQuery = graphql(`
  query CitedEvidence($assessmentId: ID!, $id: ID!) {
    evidenceItem(assessmentId: $assessmentId, id: $id) {
      id
      kind
      title
      archivedAt
    }
  }
`);

export const CreateEvidenceMutation = graphql(`
  mutation CreateEvidence($input: CreateEvidenceInput!) {
    createEvidence(input: $input) {
      ...EvidenceFields
    }
  }
`);

export const UpdateEvidenceMutation = graphql(`
  mutation UpdateEvidence($assessmentId: ID!, $id: ID!, $input: UpdateEvidenceInput!) {
    updateEvidence(assessmentId: $assessmentId, id: $id, input: $input) {
      ...EvidenceFields
    }
  }
`);

export const ArchiveEvidenceMutation = graphql(`
  mutation ArchiveEvidence($assessmentId: ID!, $id: ID!) {
    archiveEvidence(assessmentId: $assessmentId, id: $id) {
      id
      archivedAt
      updatedAt
    }
  }
`);

export const RestoreEvidenceMutation = graphql(`
  mutation RestoreEvidence($assessmentId: ID!, $id: ID!) {
    restoreEvidence(assessmentId: $assessmentId, id: $id) {
      id
      archivedAt
      updatedAt
    }
  }
`);

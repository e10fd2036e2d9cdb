import { graphql } from '../../gql';

// A single-use ticket, valid for 60 seconds, to open one websocket to /collab/<documentName>.
export const CollabTokenMutation = graphql(`
  mutation CollabToken($documentName: String!) {
    collabToken(documentName: $documentName)
  }
`);

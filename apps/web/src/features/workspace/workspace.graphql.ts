import { graphql } from '../../gql';

// The customised element tree, what the viewer may do per element, and the viewer's own
// membership (how they appear to others). The elements page and the workspace share it.
export const ElementWorkspaceQuery = graphql(`
  query ElementWorkspace($id: ID!) {
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
            key
            title
            questions {
              id
              key
              text
              position
              provenance
            }
          }
        }
      }
      elementAssignments {
        elementKey
        viewerActions
      }
      members {
        id
        isYou
        attribution
        organisation {
          id
          name
          type
        }
      }
    }
  }
`);

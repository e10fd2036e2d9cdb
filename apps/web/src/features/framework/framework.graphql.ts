import { graphql } from '../../gql';

export const FrameworkOverviewQuery = graphql(`
  query FrameworkOverview {
    framework {
      title
      version
      contentHash
      source {
        title
        url
      }
      elements {
        key
        title
        description
        url
        subElements {
          key
          title
        }
      }
    }
  }
`);

// The whole framework is small (8 elements) and cached after the first visit, so an element page
// reads it all rather than asking the API for one element.
export const FrameworkFullQuery = graphql(`
  query FrameworkFull {
    framework {
      title
      version
      elements {
        key
        title
        description
        url
        subElements {
          key
          title
          details {
            key
            title
            rightsImplications
            targetScenario
            anchorQuestions {
              key
              text
            }
            standards {
              title
              url
            }
          }
        }
      }
    }
  }
`);

import { graphql } from '../../gql';

export const PhaseChecklistQuery = graphql(`
  query PhaseChecklist($assessmentId: ID!, $to: AssessmentPhase!) {
    phaseChecklist(assessmentId: $assessmentId, to: $to) {
      from
      to
      gated
      allMet
      checks {
        key
        met
        count
        total
      }
    }
  }
`);

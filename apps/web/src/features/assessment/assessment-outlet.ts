import { useOutletContext } from 'react-router';
import type { AssessmentQuery } from '../../gql/graphql';

export type LoadedAssessment = AssessmentQuery['assessment'];

export interface AssessmentOutletContext {
  assessment: LoadedAssessment;
}

// The assessment page loads the assessment once; its sections (overview, customise) read it here.
export function useAssessmentOutlet(): AssessmentOutletContext {
  return useOutletContext<AssessmentOutletContext>();
}

// What the viewer may do, from the API's `permissions`, taking archiving into account: an archived
// assessment can only be restored.
export function assessmentAbilities(
  a: Pick<LoadedAssessment, 'permissions' | 'archived' | 'phase'>,
) {
  const has = (action: string) => a.permissions.includes(action);
  return {
    edit: has('assessment.update') && !a.archived,
    changePhase: has('assessment.changePhase') && !a.archived,
    archive: has('assessment.archive') && !a.archived,
    restore: has('assessment.archive') && a.archived,
    customise: has('assessment.customise') && !a.archived && a.phase === 'PREPARE',
  };
}

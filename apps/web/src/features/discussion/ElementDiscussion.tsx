import { useMemo, type ReactNode } from 'react';
import { useOutletContext } from 'react-router';
import type { AssessmentOutletContext } from '../assessment/assessment-outlet';
import { useWorkspaceData } from '../workspace/use-workspace-data';
import { workspaceOutline } from '../workspace/workspace-outline';
import { anchorLabels } from './discussion-logic';
import { DiscussionProvider } from './DiscussionProvider';

interface Props {
  assessmentId: string;
  elementKey: string;
  canEdit: boolean;
  children: ReactNode;
}

// The discussion of an element workspace, with what the viewer may do read from the data the
// workspace already loaded (element actions) and the assessment page's outlet (permissions).
// Outside an assessment page (no outlet) it adds nothing.
export function ElementDiscussion({ assessmentId, elementKey, canEdit, children }: Props) {
  const outlet = useOutletContext<AssessmentOutletContext | undefined>();
  const data = useWorkspaceData(assessmentId);
  const element = data.assessment?.elements.find((e) => e.key === elementKey);
  const labels = useMemo(() => anchorLabels(element ? workspaceOutline(element) : []), [element]);
  if (!outlet) {
    return <>{children}</>;
  }
  return (
    <DiscussionProvider
      assessmentId={assessmentId}
      elementKey={elementKey}
      canEdit={canEdit}
      archived={outlet.assessment.archived}
      viewerActions={data.actionsOf(elementKey)}
      permissions={outlet.assessment.permissions}
      labels={labels}
    >
      {children}
    </DiscussionProvider>
  );
}

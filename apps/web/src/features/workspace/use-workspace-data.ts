import { useQuery } from '@apollo/client/react';
import { ElementWorkspaceQuery } from './workspace.graphql';

// The assessment's customised elements with what the viewer may do on each, and their membership.
export function useWorkspaceData(assessmentId: string) {
  const { data, error, refetch } = useQuery(ElementWorkspaceQuery, {
    variables: { id: assessmentId },
  });
  const assessment = data?.assessment ?? null;
  const membership = assessment?.members.find((m) => m.isYou) ?? null;
  const actionsOf = (elementKey: string) =>
    assessment?.elementAssignments.find((a) => a.elementKey === elementKey)?.viewerActions;
  return { assessment, membership, actionsOf, error, refetch };
}

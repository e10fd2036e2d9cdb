// What the viewer may do in the library, from what the API computed with the policy
// (libs/authz): the assessment's `permissions` and each item's `viewerActions`. An archived
// assessment takes no changes.
export const mayAddEvidence = (assessment: {
  permissions: readonly string[];
  archived: boolean;
}): boolean => assessment.permissions.includes('evidence.create') && !assessment.archived;

export const mayChangeEvidence = (
  item: { viewerActions: readonly string[] },
  assessment: { archived: boolean },
): boolean => item.viewerActions.includes('evidence.update') && !assessment.archived;

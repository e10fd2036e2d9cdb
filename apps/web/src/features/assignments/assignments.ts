import type { AssignElementInput, AssignmentsQuery, OrganisationType } from '../../gql/graphql';

type LoadedAssignment = AssignmentsQuery['assessment']['elementAssignments'][number];
type LoadedElement = AssignmentsQuery['assessment']['elements'][number];

export interface OrganisationRef {
  id: string;
  name: string;
  type: OrganisationType | null;
}

// Element-level actions (libs/authz), each with the short name the interface translates.
const elementActionNames = {
  'element.read': 'read',
  'element.edit': 'edit',
  'element.comment': 'comment',
  'element.suggest': 'suggest',
} as const;

export type ElementAction = keyof typeof elementActionNames;
export type ElementActionName = (typeof elementActionNames)[ElementAction];

const elementActions = Object.keys(elementActionNames) as ElementAction[];

export interface AssignmentRow {
  key: string;
  number: number;
  title: string;
  lead: OrganisationRef | null;
  contributing: OrganisationRef[];
  assignedUserIds: string[];
  // What the viewer may do on this element, as the API decided (`viewerActions`).
  viewerActions: ElementActionName[];
}

// The viewer's actions, in a fixed order and without the "element." prefix.
export function actionNames(viewerActions: readonly string[]): ElementActionName[] {
  return elementActions.filter((a) => viewerActions.includes(a)).map((a) => elementActionNames[a]);
}

// One row per element of the assessment, in framework order, with organisation ids resolved to
// names (an organisation missing from the list keeps its id as its name).
export function assignmentRows(
  elements: readonly Pick<LoadedElement, 'key' | 'title'>[],
  assignments: readonly Omit<LoadedAssignment, '__typename'>[],
  organisations: readonly OrganisationRef[],
): AssignmentRow[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const organisation = (id: string): OrganisationRef =>
    byId.get(id) ?? { id, name: id, type: null };
  return elements.map((element, index) => {
    const a = assignments.find((x) => x.elementKey === element.key);
    return {
      key: element.key,
      number: index + 1,
      title: element.title,
      lead: a?.leadOrganisationId ? organisation(a.leadOrganisationId) : null,
      contributing: (a?.contributingOrganisationIds ?? []).map(organisation),
      assignedUserIds: [...(a?.assignedUserIds ?? [])],
      viewerActions: actionNames(a?.viewerActions ?? []),
    };
  });
}

export const mayAssignElements = (permissions: readonly string[]): boolean =>
  permissions.includes('elements.assign');

export interface AssignmentFormValues {
  leadOrganisationId: string | null;
  contributingOrganisationIds: string[];
}

// The mutation replaces the whole assignment, so the people assigned in person are sent back
// unchanged; the lead is never also listed as contributing.
export function toAssignElementInput(
  assessmentId: string,
  row: Pick<AssignmentRow, 'key' | 'assignedUserIds'>,
  values: AssignmentFormValues,
): AssignElementInput {
  const lead = values.leadOrganisationId;
  return {
    assessmentId,
    elementKey: row.key,
    leadOrganisationId: lead,
    contributingOrganisationIds: [...new Set(values.contributingOrganisationIds)].filter(
      (id) => id !== lead,
    ),
    userIds: row.assignedUserIds,
  };
}

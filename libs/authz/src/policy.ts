import type {
  Action,
  Actor,
  AssessmentAction,
  AssessmentRole,
  Confidentiality,
  ElementAction,
  ElementAssignment,
  EvidenceAction,
  PersonAction,
  PlatformAction,
  Resource,
} from './policy.types.js';

const moderates = (role: AssessmentRole | undefined): boolean => role === 'MODERATOR';

function canOnPlatform(actor: Actor, action: PlatformAction): boolean {
  switch (action) {
    case 'assessment.create':
    case 'audit.checkpoint':
    case 'users.manage':
      return actor.isPlatformAdmin;
  }
}

function canOnAssessment(actor: Actor, action: AssessmentAction, assessmentId: string): boolean {
  if (actor.isPlatformAdmin) {
    return true;
  }
  const role = actor.memberships[assessmentId]?.role;
  switch (action) {
    case 'assessment.read':
    case 'workshops.vote':
      return role !== undefined;
    case 'assessment.update':
    case 'assessment.archive':
    case 'assessment.changePhase':
    case 'assessment.customise':
    case 'members.manage':
    case 'elements.assign':
    case 'audit.read':
    case 'ratings.consolidate':
    case 'suggestions.decide':
    case 'comments.moderate':
    case 'workshops.manage':
      return moderates(role);
    case 'evidence.create':
    case 'gaps.manage':
    case 'recommendations.manage':
      return moderates(role) || role === 'CONTRIBUTOR';
    // Each stakeholder group's view is the point of split ratings; observers watch, they do not rate.
    case 'ratings.submit':
      return moderates(role) || role === 'CONTRIBUTOR' || role === 'REVIEWER';
  }
}

function isAssigned(actor: Actor, assessmentId: string, assignment: ElementAssignment): boolean {
  const organisationId = actor.memberships[assessmentId]?.organisationId;
  return (
    assignment.assignedUserIds.includes(actor.userId) ||
    (organisationId !== null &&
      organisationId !== undefined &&
      (assignment.leadOrganisationId === organisationId ||
        assignment.contributingOrganisationIds.includes(organisationId)))
  );
}

function canOnElement(
  actor: Actor,
  action: ElementAction,
  assessmentId: string,
  assignment: ElementAssignment,
): boolean {
  if (actor.isPlatformAdmin) {
    return true;
  }
  const role = actor.memberships[assessmentId]?.role;
  switch (action) {
    case 'element.read':
      return role !== undefined;
    case 'element.edit':
      return (
        moderates(role) || (role === 'CONTRIBUTOR' && isAssigned(actor, assessmentId, assignment))
      );
    case 'element.comment':
    case 'element.suggest':
      return role === 'MODERATOR' || role === 'CONTRIBUTOR' || role === 'REVIEWER';
  }
}

// Identities are shown to the person, to platform admins and to moderators of an assessment they
// share; everyone else sees what the person chose (resolved where the data is).
function canOnPerson(
  actor: Actor,
  _action: PersonAction,
  userId: string,
  sharedAssessmentIds: readonly string[],
): boolean {
  return (
    actor.userId === userId ||
    actor.isPlatformAdmin ||
    sharedAssessmentIds.some((id) => moderates(actor.memberships[id]?.role))
  );
}

function readsLevel(role: AssessmentRole, confidentiality: Confidentiality): boolean {
  switch (confidentiality) {
    case 'PUBLIC':
      return true;
    case 'TEAM':
      return role !== 'OBSERVER';
    case 'MODERATORS':
      return moderates(role);
  }
}

// Evidence is read by confidentiality level (see Confidentiality), and always by its creator while
// they are a member; it is changed by the moderators and by its creator while a contributor.
function canOnEvidence(
  actor: Actor,
  action: EvidenceAction,
  evidence: { assessmentId: string; confidentiality: Confidentiality; createdBy: string },
): boolean {
  if (actor.isPlatformAdmin) {
    return true;
  }
  const role = actor.memberships[evidence.assessmentId]?.role;
  if (role === undefined) {
    return false;
  }
  const own = evidence.createdBy === actor.userId;
  switch (action) {
    case 'evidence.read':
      return own || readsLevel(role, evidence.confidentiality);
    case 'evidence.update':
      return moderates(role) || (own && role === 'CONTRIBUTOR');
  }
}

// Which kind of resource each action applies to; asking about an action on another kind of
// resource is a programming error, answered with a refusal.
const resourceKindOf: Readonly<Record<Action, Resource['kind']>> = {
  'assessment.create': 'platform',
  'audit.checkpoint': 'platform',
  'users.manage': 'platform',
  'assessment.read': 'assessment',
  'assessment.update': 'assessment',
  'assessment.archive': 'assessment',
  'assessment.changePhase': 'assessment',
  'assessment.customise': 'assessment',
  'members.manage': 'assessment',
  'elements.assign': 'assessment',
  'audit.read': 'assessment',
  'evidence.create': 'assessment',
  'gaps.manage': 'assessment',
  'ratings.submit': 'assessment',
  'ratings.consolidate': 'assessment',
  'suggestions.decide': 'assessment',
  'comments.moderate': 'assessment',
  'workshops.manage': 'assessment',
  'workshops.vote': 'assessment',
  'recommendations.manage': 'assessment',
  'element.read': 'element',
  'element.edit': 'element',
  'element.comment': 'element',
  'element.suggest': 'element',
  'person.readEmail': 'person',
  'person.readIdentity': 'person',
  'evidence.read': 'evidence',
  'evidence.update': 'evidence',
};

export const allActions = Object.keys(resourceKindOf) as Action[];

const appliesTo =
  <K extends Resource['kind']>(kind: K) =>
  (action: Action): boolean =>
    resourceKindOf[action] === kind;

const isPlatformAction = appliesTo('platform') as (a: Action) => a is PlatformAction;
const isAssessmentAction = appliesTo('assessment') as (a: Action) => a is AssessmentAction;
const isElementAction = appliesTo('element') as (a: Action) => a is ElementAction;
const isPersonAction = appliesTo('person') as (a: Action) => a is PersonAction;
const isEvidenceAction = appliesTo('evidence') as (a: Action) => a is EvidenceAction;

export const elementActions: readonly ElementAction[] = allActions.filter(isElementAction);
export const assessmentActions: readonly AssessmentAction[] = allActions.filter(isAssessmentAction);
export const evidenceActions: readonly EvidenceAction[] = allActions.filter(isEvidenceAction);

// The one authorisation policy, used by the API's guards and services, the collaboration server
// and the web app (to hide what would be refused). Pure: everything it needs is in its arguments.
export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) {
    return false;
  }
  switch (resource.kind) {
    case 'platform':
      return isPlatformAction(action) && canOnPlatform(actor, action);
    case 'assessment':
      return isAssessmentAction(action) && canOnAssessment(actor, action, resource.assessmentId);
    case 'element':
      return (
        isElementAction(action) &&
        canOnElement(actor, action, resource.assessmentId, resource.assignment)
      );
    case 'person':
      return (
        isPersonAction(action) &&
        canOnPerson(actor, action, resource.userId, resource.sharedAssessmentIds)
      );
    case 'evidence':
      return isEvidenceAction(action) && canOnEvidence(actor, action, resource);
  }
}

// Moderators are appointed and removed by platform administrators only; every other role is
// granted by whoever manages the assessment's members.
export function mayGrantRole(
  actor: Pick<Actor, 'isPlatformAdmin'> | null,
  role: AssessmentRole,
): boolean {
  return role !== 'MODERATOR' || actor?.isPlatformAdmin === true;
}

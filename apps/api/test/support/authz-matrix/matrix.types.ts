import type { AssessmentRole } from '@idgov/authz';
import type { Team } from '../../factories/team.factory.js';
import type { GraphqlResponse, TestApp } from '../test-app.js';

export const matrixActors = [
  'anonymous',
  'admin',
  'moderator',
  'ministry',
  'cso',
  'reviewer',
  'observer',
  'outsider',
] as const;
export type MatrixActor = (typeof matrixActors)[number];

export interface MatrixContext {
  t: TestApp;
  team: Team;
  // The actor's usual session (null for anonymous).
  tokenOf(actor: MatrixActor): string | null;
  // A session of its own, for operations that end the one they run in.
  freshTokenOf(actor: MatrixActor): Promise<string | null>;
  // Runs as the platform administrator and fails on any error: for arranging a cell's state.
  arrange<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  // A pending invitation to a new address, sent by the administrator, with the link's token.
  invite(assessmentId: string, role?: AssessmentRole): Promise<{ id: string; token: string }>;
}

export type Variables = Record<string, unknown>;

// One resource situation for an operation, e.g. "on an element assigned to the ministry".
export interface MatrixVariant {
  name: string;
  allow: readonly MatrixActor[];
  // The answer expected from an actor outside `allow`, when not the default (see expectedDenial).
  denials?: Partial<Record<MatrixActor, string>>;
  // Whether the outsider is refused as if the resource did not exist (default: yes, for
  // operations on this team's assessment).
  hiddenFromOutsiders?: boolean;
  // Prepares the cell (fresh targets, so that cells do not depend on one another).
  variables(ctx: MatrixContext, actor: MatrixActor): Promise<Variables> | Variables;
  // For operations that answer for everyone but grant less to some: allowed when it holds.
  granted?(data: Record<string, unknown>): boolean;
  // Puts shared state back after each cell, allowed or not.
  restore?(ctx: MatrixContext): Promise<void>;
  token?(ctx: MatrixContext, actor: MatrixActor): Promise<string | null>;
}

export interface MatrixCase {
  // "Query.assessment", "Mutation.login": the root field the case covers.
  operation: string;
  document: string;
  variants: readonly MatrixVariant[];
  // Runs the document other than as a POST to /graphql (subscriptions: over graphql-ws).
  execute?(
    ctx: MatrixContext,
    document: string,
    variables: Variables,
    token: string | null,
  ): Promise<GraphqlResponse<Record<string, unknown>>>;
}

export const everyone: readonly MatrixActor[] = matrixActors;
export const signedIn: readonly MatrixActor[] = matrixActors.filter((a) => a !== 'anonymous');
export const members: readonly MatrixActor[] = [
  'moderator',
  'ministry',
  'cso',
  'reviewer',
  'observer',
];
export const moderators: readonly MatrixActor[] = ['admin', 'moderator'];
export const adminOnly: readonly MatrixActor[] = ['admin'];

// What a refused actor should be told: anonymous callers to sign in, a member of another
// assessment that this one does not exist, everyone else that their role does not allow it (or,
// where everyone may ask, an answer that withholds the grant).
export function expectedDenial(variant: MatrixVariant, actor: MatrixActor): string {
  const explicit = variant.denials?.[actor];
  if (explicit) {
    return explicit;
  }
  if (actor === 'anonymous') {
    return 'UNAUTHENTICATED';
  }
  if (actor === 'outsider' && variant.hiddenFromOutsiders !== false) {
    return 'NOT_FOUND';
  }
  return variant.granted ? 'WITHHELD' : 'FORBIDDEN';
}

import type { Actor } from '@idgov/authz';

export const ACTOR_LOADER = Symbol('ACTOR_LOADER');

// Implemented by the members module: builds the actor from current memberships on every request,
// so that a role change or removal takes effect on the next one.
export interface ActorLoader {
  load(user: { id: string; isPlatformAdmin: boolean }): Promise<Actor>;
}

declare module 'express-serve-static-core' {
  interface Request {
    // Set by the policy guard for HTTP routes that declare a policy.
    actor?: Actor;
  }
}

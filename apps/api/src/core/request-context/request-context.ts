import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export interface RequestContext {
  requestId: string;
  // Pseudonymous actor id written to the audit log; identities never are.
  actor: string;
}

const storage = new AsyncLocalStorage<RequestContext>();
const systemContext: RequestContext = { requestId: 'system', actor: 'system' };
const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

// Work outside a request (seeding, scheduled checkpoints) is attributed to the platform itself.
export function currentRequestContext(): RequestContext {
  return storage.getStore() ?? systemContext;
}

// Called once the caller is known, so that everything the request records names its pseudonym.
export function setRequestActor(actor: string): void {
  const store = storage.getStore();
  if (store) {
    store.actor = actor;
  }
}

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

// A caller-supplied X-Request-Id is kept only when it is short and plain, so that it can neither
// smuggle data into the audit log nor break log lines.
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const requestId = given && requestIdPattern.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', requestId);
  storage.run({ requestId, actor: 'anonymous' }, next);
}

import type { Actor } from '@idgov/authz';
import type { Request, Response } from 'express';
import { RequestLoaders } from './request-loaders.js';

export interface GraphqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
  // Set by the policy guard on first use within the request.
  actor?: Actor;
}

export function createGraphqlContext({
  req,
  res,
}: {
  req: Request;
  res: Response;
}): GraphqlContext {
  return { req, res, loaders: new RequestLoaders() };
}

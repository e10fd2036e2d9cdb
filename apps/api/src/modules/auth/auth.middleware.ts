import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { setRequestActor } from '../../core/request-context/request-context.js';
import { AuthService } from './auth.service.js';
import { tokenFromRequest } from './session-token.js';
import './auth-state.js';

// Resolves the caller once per request, from a bearer token or the session cookie. An unknown,
// expired or revoked token leaves the request anonymous; operations decide what that allows.
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  use(req: Request, _res: Response, next: NextFunction): void {
    const token = tokenFromRequest({
      authorization: req.header('authorization'),
      cookie: req.cookies as Record<string, string | undefined> | undefined,
    });
    if (!token) {
      next();
      return;
    }
    this.auth.authenticate(token).then(
      (state) => {
        if (state) {
          req.auth = state;
          setRequestActor(state.user.auditPseudonym);
        }
        next();
      },
      (error: unknown) => next(error),
    );
  }
}

import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../core/authz/policy.decorator.js';
import { notFound } from '../../core/errors/app-error.js';
import { setSessionCookie } from '../auth/session-token.js';
import { OidcSignInService } from './oidc-sign-in.service.js';
import { clearStateCookie, setStateCookie, stateCookieOf } from './oidc-state-cookie.js';
import { describeFailure } from './sso-failure.js';

// Where the web app shows "single sign-on did not work". Nothing from the provider or the
// reason is put in the address.
const failurePath = '/sign-in?error=sso';

@Controller('api/auth/oidc')
export class OidcController {
  private readonly logger = new Logger('SingleSignOn');

  constructor(private readonly signIn: OidcSignInService) {}

  // GET /api/auth/oidc/start?returnTo=/assessments/1 → the provider's sign-in page.
  @Public()
  @Get('start')
  async start(
    @Query('returnTo') returnTo: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!this.signIn.enabled) {
      throw notFound('Single sign-on');
    }
    res.setHeader('cache-control', 'no-store');
    try {
      const { state, authorizationUrl } = await this.signIn.begin(returnTo);
      setStateCookie(req, res, state);
      res.redirect(302, authorizationUrl.href);
    } catch (error) {
      this.refuse(res, 'start', error);
    }
  }

  // The provider sends the browser back here with a code (or an error) and the state.
  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.signIn.enabled) {
      throw notFound('Single sign-on');
    }
    res.setHeader('cache-control', 'no-store');
    clearStateCookie(req, res);
    try {
      const response = new URL(req.originalUrl, 'http://callback.invalid').searchParams;
      const { session, returnTo } = await this.signIn.complete(response, stateCookieOf(req));
      setSessionCookie(req, res, session);
      res.redirect(302, returnTo);
    } catch (error) {
      this.refuse(res, 'callback', error);
    }
  }

  private refuse(res: Response, step: string, error: unknown): void {
    this.logger.warn(`sign-in refused at ${step}: ${describeFailure(error)}`);
    res.redirect(302, failurePath);
  }
}

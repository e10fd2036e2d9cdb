import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuthProvidersResolver } from './auth-providers.resolver.js';
import { IdentityLinker } from './identity-linker.js';
import { OidcClient } from './oidc-client.js';
import { OidcController } from './oidc.controller.js';
import { OidcSignInService } from './oidc-sign-in.service.js';

// Single sign-on through a government identity provider over OpenID Connect; inert (no
// providers listed, routes answer 404) unless OIDC_ISSUER and its client are configured.
@Module({
  imports: [AuthModule, UsersModule],
  controllers: [OidcController],
  providers: [OidcClient, OidcSignInService, IdentityLinker, AuthProvidersResolver],
})
export class OidcModule {}

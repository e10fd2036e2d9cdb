import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/authz/policy.decorator.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AuthProviderObject } from './auth-provider.object.js';

@Resolver()
export class AuthProvidersResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // Read from the configuration only, so the sign-in page shows the button even while the
  // provider is unreachable; pressing it then explains that it did not work.
  @Public()
  @Query(() => [AuthProviderObject], {
    description: 'Single sign-on providers offered on the sign-in page (empty when none is set up)',
  })
  authProviders(): AuthProviderObject[] {
    const oidc = this.config.oidc;
    if (!oidc) {
      return [];
    }
    return [
      { id: 'oidc', label: oidc.label, startUrl: `${this.config.publicUrl}/api/auth/oidc/start` },
    ];
  }
}

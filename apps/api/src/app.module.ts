import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessChanges } from './core/authz/access-changes.service.js';
import { PolicyGuard } from './core/authz/policy.guard.js';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './core/config/app-config.js';
import type { DatabaseHandle } from './core/database/database-handle.js';
import { DATABASE_KIND } from './core/database/database.tokens.js';
import { GraphqlExceptionFilter } from './core/errors/graphql-exception.filter.js';
import { graphqlOptions } from './core/graphql/graphql.options.js';
import { HealthController } from './core/health/health.controller.js';
import { MailModule } from './core/mail/mail.module.js';
import { RedisModule } from './core/redis/redis.module.js';
import { DemoSeeder } from './database/seed/demo-seeder.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { OidcModule } from './modules/oidc/oidc.module.js';
import { MembersModule } from './modules/members/members.module.js';
import { InvitationsModule } from './modules/invitations/invitations.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { CustomisationModule } from './modules/customisation/customisation.module.js';
import { FrameworkModule } from './modules/framework/framework.module.js';
import { CollabModule } from './modules/collab/collab.module.js';
import { ProgressModule } from './modules/progress/progress.module.js';
import { VersionsModule } from './modules/versions/versions.module.js';
import { EvidenceModule } from './modules/evidence/evidence.module.js';
import { WorkshopsModule } from './modules/workshops/workshops.module.js';
import { AnalysisModule } from './modules/analysis/analysis.module.js';
import { RecommendationsModule } from './modules/recommendations/recommendations.module.js';
import { PhaseGateModule } from './modules/assessments/phase-gate.module.js';
import { SuggestionsModule } from './modules/suggestions/suggestions.module.js';
import { CommentsModule } from './modules/comments/comments.module.js';
import type { CollabSettings } from './modules/collab/collab-settings.js';

export interface AppModuleOptions {
  // Shorter timings and limits for tests; production uses the defaults.
  collab?: Partial<CollabSettings>;
}

// The database is opened by the caller (main, CLI or test), which also closes it after the app:
// PGlite must be closed last for its files to be complete on disk.
//
// COLLAB_MODE=only leaves out GraphQL and everything only GraphQL reaches: what remains is the
// collaboration server, what it authorises and audits with, and /health.
@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    database: DatabaseHandle,
    options: AppModuleOptions = {},
  ): DynamicModule {
    const collab = CollabModule.forRoot(config.collab.mode, options.collab);
    const typeorm = TypeOrmModule.forRoot({ ...database.options, migrationsRun: true });
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: DATABASE_KIND, useValue: database.kind },
      { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      { provide: APP_GUARD, useClass: PolicyGuard },
      AccessChanges,
    ];
    const imports =
      config.collab.mode === 'only'
        ? [typeorm, RedisModule, AuditModule, UsersModule, MembersModule, FrameworkModule, collab]
        : [
            typeorm,
            RedisModule,
            GraphQLModule.forRoot(graphqlOptions(config.env === 'production')),
            MailModule,
            AuditModule,
            AuthModule,
            OidcModule,
            UsersModule,
            OrganisationsModule,
            MembersModule,
            InvitationsModule,
            FrameworkModule,
            AssessmentsModule,
            CustomisationModule,
            ProgressModule,
            collab,
            VersionsModule.forRoot(collab),
            EvidenceModule,
            WorkshopsModule.forRoot(collab),
            AnalysisModule.forRoot(collab),
            PhaseGateModule,
            RecommendationsModule.forRoot(collab),
            SuggestionsModule.forRoot(collab),
            CommentsModule,
          ];
    return {
      module: AppModule,
      global: true,
      imports,
      controllers: [HealthController],
      providers: config.collab.mode === 'only' ? providers : [...providers, DemoSeeder],
      exports: [APP_CONFIG, DATABASE_KIND, AccessChanges],
    };
  }
}

import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { UsersModule } from '../users/users.module.js';
import { InvitationAcceptanceService } from './invitation-acceptance.service.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [AssessmentsModule, AuthModule, OrganisationsModule, UsersModule],
  providers: [InvitationsService, InvitationAcceptanceService, InvitationsResolver],
})
export class InvitationsModule {}

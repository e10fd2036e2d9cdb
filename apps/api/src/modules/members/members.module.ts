import { Global, Module } from '@nestjs/common';
import { ACTOR_LOADER } from '../../core/authz/actor-loader.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { ActorService } from './actor.service.js';
import { MemberAttribution } from './member-attribution.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Global()
@Module({
  imports: [FrameworkModule],
  providers: [
    MemberAttribution,
    MembersService,
    MembersResolver,
    ActorService,
    { provide: ACTOR_LOADER, useExisting: ActorService },
  ],
  exports: [MembersService, ACTOR_LOADER, MemberAttribution],
})
export class MembersModule {}

import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { CollabMode } from '../../core/config/app-config.js';
import { FrameworkModule } from '../framework/framework.module.js';
import { ProgressProjector } from '../progress/progress-projector.js';
import { ProgressRecorder } from '../progress/progress-recorder.js';
import { CollabAccessService } from './collab-access.service.js';
import { CollabAudit } from './collab-audit.js';
import { CollabEvents } from './collab-events.js';
import { CollabRedisBridge } from './collab-redis-bridge.js';
import { CollabResolver } from './collab.resolver.js';
import { CollabRooms } from './collab-rooms.service.js';
import { CollabServer } from './collab-server.js';
import { COLLAB_SETTINGS, defaultCollabSettings, type CollabSettings } from './collab-settings.js';
import { CollabTokenService } from './collab-token.service.js';
import { RevocationSweep } from './revocation-sweep.js';
import { RoomRegistry } from './room-registry.js';
import { UpdateLog } from './update-log.js';
import { UpgradeAuthorizer } from './upgrade-authorizer.js';

// Tickets are issued wherever GraphQL runs (also with COLLAB_MODE=off, for a separate collab
// process on the same database); the websocket server runs unless the mode is `off`.
@Module({})
export class CollabModule {
  static forRoot(mode: CollabMode, settings: Partial<CollabSettings> = {}): DynamicModule {
    const server: Provider[] =
      mode === 'off'
        ? []
        : [
            UpdateLog,
            CollabEvents,
            RoomRegistry,
            CollabRooms,
            CollabRedisBridge,
            CollabAudit,
            RevocationSweep,
            UpgradeAuthorizer,
            CollabServer,
            ProgressRecorder,
            ProgressProjector,
          ];
    return {
      module: CollabModule,
      imports: [FrameworkModule],
      providers: [
        { provide: COLLAB_SETTINGS, useValue: { ...defaultCollabSettings, ...settings } },
        CollabAccessService,
        CollabTokenService,
        ...(mode === 'only' ? [] : [CollabResolver]),
        ...server,
      ],
      exports: mode === 'off' ? [CollabTokenService] : [CollabTokenService, CollabRooms],
    };
  }
}

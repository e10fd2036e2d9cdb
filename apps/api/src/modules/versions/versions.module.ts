import { Module, type DynamicModule } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { ElementAccess } from './element-access.js';
import { ElementDocuments } from './element-documents.js';
import { VersionComparisonService } from './version-comparison.service.js';
import { VersionsResolver } from './versions.resolver.js';
import { VersionsService } from './versions.service.js';

// Named versions of element documents. Takes the app's collaboration module, which exports the
// live rooms (CollabRooms) unless COLLAB_MODE=off.
@Module({})
export class VersionsModule {
  static forRoot(collab: DynamicModule): DynamicModule {
    return {
      module: VersionsModule,
      imports: [collab, FrameworkModule],
      providers: [
        ElementAccess,
        ElementDocuments,
        VersionsService,
        VersionComparisonService,
        VersionsResolver,
      ],
    };
  }
}

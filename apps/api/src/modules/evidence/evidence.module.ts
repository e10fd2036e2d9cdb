import { join } from 'node:path';
import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { EvidenceFilesController } from './evidence-files.controller.js';
import { EvidenceFilesService } from './evidence-files.service.js';
import { EvidenceQueryService } from './evidence-query.service.js';
import { EvidenceRelationsResolver } from './evidence-relations.resolver.js';
import { EvidenceResolver } from './evidence.resolver.js';
import { EvidenceService } from './evidence.service.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { TextExtractor } from './text-extractor.js';

// The evidence library (Prepare): sources, their files under FILES_DIR (default DATA_DIR), and
// full-text search. FileStorage is the seam for S3-compatible storage (see file-storage.ts).
@Module({
  imports: [AssessmentsModule],
  controllers: [EvidenceFilesController],
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(join(config.files.dir, 'evidence')),
    },
    {
      provide: TextExtractor,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new TextExtractor(config.files.extractionTimeoutMs),
    },
    EvidenceService,
    EvidenceQueryService,
    EvidenceFilesService,
    EvidenceResolver,
    EvidenceRelationsResolver,
  ],
  exports: [EvidenceService],
})
export class EvidenceModule implements OnApplicationBootstrap {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.storage.sweepStaging();
  }
}

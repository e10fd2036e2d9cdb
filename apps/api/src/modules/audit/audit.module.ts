import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AuditCheckpointScheduler } from './audit-checkpoint.scheduler.js';
import { AuditExportController } from './audit-export.controller.js';
import { AuditTrailResolver } from './audit-trail.resolver.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { loadAuditSigner } from './audit-signer.js';
import { AUDIT_SIGNER } from './audit.tokens.js';

// Global: every module that changes data records it here, in its own transaction.
@Global()
@Module({
  controllers: [AuditExportController],
  providers: [
    {
      provide: AUDIT_SIGNER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        loadAuditSigner({ keyPem: config.auditSigningKey, dataDir: config.dataDir }),
    },
    AuditService,
    AuditResolver,
    AuditTrailService,
    AuditTrailResolver,
    AuditCheckpointScheduler,
  ],
  exports: [AuditService],
})
export class AuditModule {}

import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AuditService } from './audit.service.js';

const hourly = 60 * 60 * 1000;

@Injectable()
export class AuditCheckpointScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditCheckpointScheduler.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly audit: AuditService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.audit.checkpoint().catch((error: unknown) => {
        this.logger.error(`audit checkpoint failed: ${String(error)}`);
      });
    }, hourly);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}

import type { INestApplication, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import type { AppConfig } from './core/config/app-config.js';
import type { DatabaseHandle } from './core/database/database-handle.js';
import { requestContextMiddleware } from './core/request-context/request-context.js';
import { serveWeb } from './core/web/serve-web.js';
import { DemoSeeder } from './database/seed/demo-seeder.js';
import { CollabServer } from './modules/collab/collab-server.js';
import type { CollabSettings } from './modules/collab/collab-settings.js';

export interface CreateAppOptions {
  logger?: LoggerService | LogLevel[] | false;
  // Shorter collaboration timings and limits for tests.
  collab?: Partial<CollabSettings>;
}

export async function createApp(
  config: AppConfig,
  database: DatabaseHandle,
  options: CreateAppOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, database, { collab: options.collab }),
    { logger: options.logger ?? ['log', 'warn', 'error'] },
  );
  // Larger bodies are refused with 413 before any parsing work.
  app.useBodyParser('json', { limit: '1mb' });
  app.use(requestContextMiddleware);
  app.use(cookieParser());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Mantine sets CSS variables through inline style attributes.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  const mode = config.collab.mode;
  if (mode !== 'only') {
    serveWeb(app, config.webDistDir);
  }
  await app.init();
  // The websocket endpoint shares the HTTP server: it handles its 'upgrade' events.
  if (mode !== 'off') {
    app.get(CollabServer).attach(app.getHttpServer());
  }
  if (mode !== 'only') {
    await app.get(DemoSeeder).seedIfEmpty();
  }
  return app;
}

import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadAppConfig } from './core/config/app-config.js';
import { serve } from './serve.js';

// The API process; COLLAB_MODE decides whether the collaboration server runs in it.
serve(loadAppConfig()).catch((error: unknown) => {
  new Logger('Main').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});

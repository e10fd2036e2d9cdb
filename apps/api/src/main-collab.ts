import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadAppConfig } from './core/config/app-config.js';
import { serve } from './serve.js';

// The collaboration server as a process of its own (same image, same database as the API, which
// then runs with COLLAB_MODE=off): the /collab websocket and /health, no GraphQL.
// Equivalent to COLLAB_MODE=only with main.js.
const config = loadAppConfig();
serve({ ...config, collab: { ...config.collab, mode: 'only' } }).catch((error: unknown) => {
  new Logger('Main').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});

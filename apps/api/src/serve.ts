import { Logger } from '@nestjs/common';
import type { AppConfig } from './core/config/app-config.js';
import { openDatabase } from './core/database/database-handle.js';
import { createApp } from './create-app.js';

const logger = new Logger('Main');

// Opens the database, builds the app, listens, and shuts down in order on SIGINT/SIGTERM.
export async function serve(config: AppConfig): Promise<void> {
  const database = await openDatabase(config.database);
  const app = await createApp(config, database).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  await app.listen(config.port, config.host);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.log(`${signal} received, shutting down`);
    // The embedded database is closed after the app so that no request writes to a closed store.
    void app
      .close()
      .then(() => database.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(error);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  const url = await app.getUrl();
  const port = new URL(url).port || String(config.port);
  const where =
    config.database.kind === 'pglite'
      ? `embedded PostgreSQL in ${config.database.dataDir}`
      : 'PostgreSQL';
  const what = { embedded: 'API + collaboration', off: 'API', only: 'collaboration only' }[
    config.collab.mode
  ];
  logger.log(`Ready on http://localhost:${port} (${what}, ${where})`);
}

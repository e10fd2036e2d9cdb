// Prints the GraphQL schema that the resolvers define, for the web app's codegen and for review.
import 'reflect-metadata';
import { PGlite } from '@electric-sql/pglite';
import { loadAppConfig } from './core/config/app-config.js';
import { pgliteHandle } from './core/database/database-handle.js';
import { printAppSchema } from './core/graphql/print-schema.js';
import { createApp } from './create-app.js';

const database = pgliteHandle(await PGlite.create());
const config = { ...loadAppConfig({ NODE_ENV: 'test', SEED_DEMO: 'false' }) };
const app = await createApp(config, database, { logger: false });
process.stdout.write(printAppSchema(app));
await app.close();
await database.close();

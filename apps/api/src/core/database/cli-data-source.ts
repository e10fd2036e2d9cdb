// Entry for the TypeORM CLI only (migration:generate/run/revert). Kept apart from the app so that
// importing the app never opens a database.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config.js';
import { openDatabase } from './database-handle.js';

const handle = await openDatabase(loadAppConfig().database);
process.once('beforeExit', () => void handle.close());

export default new DataSource(handle.options);

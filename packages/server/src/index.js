// @ts-check
// The service as a library, for hosts that start it from their own process or tests.
export { startService, createLogger } from './start-service.js';
export { buildApp } from './app/build-app.js';
export { loadConfig, ConfigError, SETTINGS } from './config/load-config.js';
export { createMentorDirectory, loadMentorDirectory } from './directory/create-mentor-directory.js';
export { openDatabase } from './db/open-database.js';
export { runMigrations, migrationsCurrent } from './db/run-migrations.js';

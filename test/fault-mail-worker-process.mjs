// The server's mail worker alone in a process, on a database file, for the fault tests:
// node fault-mail-worker-process.mjs <database file> <smtp url> <mail settings JSON>
import Database from 'better-sqlite3';
import { createMailWorker } from '../packages/server/src/mail/mail-worker.js';

const [databaseFile, smtpUrl, settings] = process.argv.slice(2);
const db = new Database(databaseFile);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const log = {
  info: () => {},
  warn: (fields, message) => console.log(message, JSON.stringify(fields)),
  error: (fields, message) => console.log(message, JSON.stringify(fields)),
};
const worker = createMailWorker({ db, config: { smtp: { url: smtpUrl, from: 'noreply@mentors.example.org' }, mail: JSON.parse(settings) }, log });
worker.start();
console.log('worker started');
process.once('SIGTERM', async () => {
  await worker.stop();
  db.close();
  process.exit(0);
});

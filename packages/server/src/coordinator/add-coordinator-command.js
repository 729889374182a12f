// @ts-check
import { openDatabase } from '../db/open-database.js';
import { runMigrations } from '../db/run-migrations.js';
import { addCoordinator, MIN_PASSWORD_LENGTH } from './coordinator-accounts.js';

/**
 * @typedef {NodeJS.ReadableStream & { isTTY?: boolean, setRawMode?: (mode: boolean) => unknown }} PasswordInput
 */

/**
 * `mentor-finder-server add-coordinator --email <address>`: creates the account, or sets a new
 * password for it. The password comes from standard input (first line) or, on a terminal,
 * from a prompt that does not echo it; never from the command line, where other users and
 * shell history would see it.
 * @param {{ email: string | undefined, dataDir: string, stdin: PasswordInput | undefined,
 *   stdout: { write(text: string): unknown }, stderr: { write(text: string): unknown }, now?: () => number }} input
 * @returns {Promise<number>} exit code
 */
export async function runAddCoordinator({ email, dataDir, stdin, stdout, stderr, now = Date.now }) {
  if (!email) {
    stderr.write('add-coordinator needs --email <address>; the password is read from standard input.\n');
    return 2;
  }
  if (!stdin) {
    stderr.write('add-coordinator reads the password from standard input, and none is available.\n');
    return 2;
  }
  // The data folder is checked (a ConfigError for the caller) before anyone types a password.
  const db = openDatabase(dataDir);
  if (stdin.isTTY) stderr.write(`Password for ${email} (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const password = await readPassword(stdin);
  if (stdin.isTTY) stderr.write('\n');
  try {
    runMigrations(db);
    const { created } = await addCoordinator(db, { email, password, now: now() });
    stdout.write(created ? `Coordinator ${email.trim()} added.\n` : `Password of coordinator ${email.trim()} changed; their sessions have ended.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    stderr.write(`${error.message}\n`);
    return 2;
  } finally {
    db.close();
  }
}

/**
 * The first line of the input, without its line ending. On a terminal, echo is off while typing.
 * @param {PasswordInput} input
 * @returns {Promise<string>}
 */
export function readPassword(input) {
  return new Promise((resolve, reject) => {
    const raw = Boolean(input.isTTY && input.setRawMode);
    if (raw) input.setRawMode?.(true);
    let text = '';
    const finish = () => {
      input.removeListener('data', onData);
      input.removeListener('end', finish);
      input.removeListener('error', onError);
      if (raw) input.setRawMode?.(false);
      input.pause?.();
      resolve(/** @type {string} */ (text.split(/\r?\n|\r/)[0]));
    };
    /** @param {Error} error */
    const onError = (error) => reject(error);
    /** @param {Buffer | string} chunk */
    const onData = (chunk) => {
      const part = String(chunk);
      // Ctrl-C on a raw terminal arrives as a character.
      if (raw && part.includes('\u0003')) {
        input.setRawMode?.(false);
        reject(new RangeError('password: cancelled'));
        return;
      }
      text += part;
      if (/[\r\n]/.test(text)) finish();
    };
    input.on('data', onData);
    input.on('end', finish);
    input.on('error', onError);
    input.resume?.();
  });
}

/** Everything a command may touch outside itself; tests pass an in-memory one. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a UTF-8 text file; the path is already resolved against `cwd`. */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** Folder relative paths are resolved against. */
  cwd: string;
}

// @ts-check
import { describe, expect, it } from 'vitest';

describe('@mentor-finder/server', () => {
  it('exports the service start-up and its parts under the package name', async () => {
    const server = await import('@mentor-finder/server');
    for (const name of ['startService', 'buildApp', 'loadConfig', 'createMentorDirectory', 'openDatabase', 'runMigrations']) {
      expect(typeof server[/** @type {keyof typeof server} */ (name)], name).toBe('function');
    }
    expect(() => server.loadConfig({ env: { MF_PORT: 'not-a-port' } })).toThrow(server.ConfigError);
  });
});

// A fresh project outside the workspace with the packed tarballs installed by `npm install`, as an
// adopter has it. npm pack runs once for each package. No registry is reachable here, so the
// registry packages they depend on (Lit) are packed from the workspace's node_modules too
// and the project lists every tarball; `npm install --offline` then resolves each dependency to one
// of them, with no cache and no network.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKSPACE = fileURLToPath(new URL('../../', import.meta.url));
export const PACKAGES = ['matcher', 'widget', 'cli'] as const;
export type PackageName = (typeof PACKAGES)[number];

export interface AdopterProject {
  root: string;
  app: string;
  tarballs: Record<PackageName, string>;
  remove(): void;
}

const dependenciesOf = (dir: string): string[] =>
  Object.keys((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {});

/** Packs a folder (scripts skipped: the packages are built already, npm test builds first); returns the tarball. */
function pack(dir: string, into: string): string {
  const out = execFileSync('npm', ['pack', dir, '--ignore-scripts', '--json', '--pack-destination', into], { cwd: into, encoding: 'utf8' });
  const [packed] = JSON.parse(out) as { filename: string }[];
  return join(into, packed!.filename);
}

export function createAdopterProject(): AdopterProject {
  const root = mkdtempSync(join(tmpdir(), 'mentor-finder-adopter-'));
  const app = join(root, 'app');
  const vendor = join(root, 'vendor');
  mkdirSync(app, { recursive: true });
  mkdirSync(vendor);
  const tarballs = {} as Record<PackageName, string>;
  const dependencies: Record<string, string> = {};
  const registry: string[] = [];
  for (const name of PACKAGES) {
    const dir = join(WORKSPACE, 'packages', name);
    tarballs[name] = pack(dir, root);
    dependencies[`@mentor-finder/${name}`] = `file:${tarballs[name]}`;
    registry.push(...dependenciesOf(dir).filter((dep) => !dep.startsWith('@mentor-finder/')));
  }
  // @types/node as the app's own dependency: the READMEs' Node snippets read files.
  registry.push('@types/node');
  for (const name of registry) {
    if (dependencies[name]) continue;
    const dir = join(WORKSPACE, 'node_modules', name);
    dependencies[name] = `file:${pack(dir, vendor)}`;
    registry.push(...dependenciesOf(dir));
  }
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'adopter-app', private: true, type: 'module', dependencies }, null, 2)}\n`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, encoding: 'utf8' });
  return { root, app, tarballs, remove: () => rmSync(root, { recursive: true, force: true }) };
}

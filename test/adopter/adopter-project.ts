// A fresh project outside the workspace with the packed tarballs installed, as an adopter has it.
// npm pack runs once for each package; the tarballs are unpacked into node_modules and their
// registry dependencies (Lit, fuse.js) linked from the workspace's node_modules, so nothing is
// fetched: the same files `npm install` would place, without a registry.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

function linkDependencies(app: string, names: string[], seen: Set<string>): void {
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const target = join(app, 'node_modules', name);
    if (existsSync(target)) continue;
    const source = join(WORKSPACE, 'node_modules', name);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(source, target, 'dir');
    const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    linkDependencies(app, Object.keys(pkg.dependencies ?? {}), seen);
  }
}

export function createAdopterProject(): AdopterProject {
  const root = mkdtempSync(join(tmpdir(), 'mentor-finder-adopter-'));
  const app = join(root, 'app');
  mkdirSync(join(app, 'node_modules', '@mentor-finder'), { recursive: true });
  const tarballs = {} as Record<PackageName, string>;
  const registryDependencies: string[] = [];
  for (const name of PACKAGES) {
    // The packages are built already (npm test builds first), so prepack's build is skipped.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], { cwd: join(WORKSPACE, 'packages', name), encoding: 'utf8' });
    const [packed] = JSON.parse(out) as { filename: string }[];
    tarballs[name] = join(root, packed!.filename);
    const into = join(app, 'node_modules', '@mentor-finder', name);
    mkdirSync(into);
    execFileSync('tar', ['-xzf', tarballs[name], '-C', into, '--strip-components=1']);
    const pkg = JSON.parse(readFileSync(join(into, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    registryDependencies.push(...Object.keys(pkg.dependencies ?? {}).filter((dep) => !dep.startsWith('@mentor-finder/')));
  }
  // @types/node as the app's own dev dependency: the READMEs' Node snippets read files.
  linkDependencies(app, [...registryDependencies, '@types/node'], new Set());
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'adopter-app', private: true, type: 'module', dependencies: Object.fromEntries(PACKAGES.map((name) => [`@mentor-finder/${name}`, `file:${tarballs[name]}`])) }, null, 2)}\n`);
  return { root, app, tarballs, remove: () => rmSync(root, { recursive: true, force: true }) };
}

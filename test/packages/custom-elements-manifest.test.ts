// The manifest documents every part and custom property the templates and styles use, and its
// module paths name files the package ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const widget = fileURLToPath(new URL('../../packages/widget/', import.meta.url));
interface Declaration {
  tagName?: string;
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; declaration: { module?: string } }[] }[];
}
const manifest = JSON.parse(readFileSync(`${widget}custom-elements.json`, 'utf8')) as Manifest;
const declaration = (tag: string) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

function sources(folder: string): string {
  const dir = `${widget}src/components/${folder}/`;
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  return [...files.map((name) => readFileSync(dir + name, 'utf8')), readFileSync(`${widget}src/styles/base.styles.ts`, 'utf8')].join('\n');
}

/** Part names in `part="a b"` attributes (static ones, and the literal names in a conditional). */
function usedParts(text: string): Set<string> {
  const parts = new Set<string>();
  for (const [, value] of text.matchAll(/\bpart="([^"]*)"/g)) {
    for (const literal of value!.replace(/\$\{[^}]*\}/g, (expression) => ` ${[...expression.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).join(' ')} `).split(/\s+/)) {
      if (/^[a-z][a-z-]*$/.test(literal)) parts.add(literal);
    }
  }
  return parts;
}

const usedProperties = (text: string) => new Set([...text.matchAll(/var\((--mf-[a-z0-9-]+)/g)].map((m) => m[1]!));

describe.each([
  ['mentor-finder', 'mentor-finder'],
  ['mentor-contact-dialog', 'contact-dialog'],
  ['mentor-pair-preview', 'mentor-pair-preview'],
])('custom-elements.json: <%s>', (tag, folder) => {
  const text = sources(folder);
  const element = declaration(tag);

  it('lists every part its templates use', () => {
    const documented = new Set(element?.cssParts?.map((p) => p.name));
    expect([...usedParts(text)].filter((part) => !documented.has(part)).sort()).toEqual([]);
  });

  it('lists every custom property its styles honour', () => {
    const documented = new Set(element?.cssProperties?.map((p) => p.name));
    expect([...usedProperties(text)].filter((name) => !documented.has(name)).sort()).toEqual([]);
  });

  it('lists only events that exist (named with the element prefix)', () => {
    for (const event of element?.events ?? []) expect(event.name).toMatch(/^mentor-(finder|pair-preview)-[a-z-]+$/);
  });
});

describe('custom-elements.json module paths', () => {
  it('name files the package ships', () => {
    for (const module of manifest.modules) expect(existsSync(`${widget}${module.path}`), module.path).toBe(true);
    for (const module of manifest.modules) expect(module.path).toMatch(/^dist\/.+\.js$/);
  });
});

// Every package specifier a README shows (in code and in prose) resolves through the exports map,
// as it does for an adopter; the code blocks themselves run in readme-node-snippets and readme-page-snippets.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findReadmes } from './readme-snippets.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const READMES = findReadmes();
const require = createRequire(`${root}package.json`);

function specifiers(text: string): string[] {
  const found = new Set<string>();
  for (const [, specifier] of text.matchAll(/['"`](@mentor-finder\/[a-z-]+(?:\/[\w./-]*)?)['"`]/g)) found.add(specifier!);
  return [...found];
}

describe.each(READMES)('%s', (readme) => {
  const text = readFileSync(`${root}${readme}`, 'utf8');

  it('names only package paths that resolve', () => {
    const unresolved = specifiers(text).filter((specifier) => {
      try {
        import.meta.resolve(specifier);
        return false;
      } catch {
        try {
          require.resolve(specifier);
          return false;
        } catch {
          return true;
        }
      }
    });
    expect(unresolved).toEqual([]);
  });

  it('points no one at an unexported dist file', () => {
    expect(text).not.toMatch(/@mentor-finder\/[a-z-]+\/dist\//);
    expect(text).not.toMatch(/import [`'"]dist\//);
  });
});

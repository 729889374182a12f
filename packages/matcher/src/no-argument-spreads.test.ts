import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('./', import.meta.url);

// Spreading a list into a call's arguments puts every element on the stack: at ~150,000 elements
// the engine throws RangeError. The matcher takes lists of any length, so it loops instead.
const ARGUMENT_SPREAD = /(?:Math\.(?:min|max)|\.push|\.unshift|\.splice|String\.fromCharCode|String\.fromCodePoint|\.apply)\((?:[^()[\]{}]*,)?\s*\.\.\./g;

describe('matcher source', () => {
  it('spreads no list into the arguments of Math.min/max, push, unshift, splice or fromCharCode', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('generated'),
    );
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      [...readFileSync(new URL(file, SRC), 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '').matchAll(ARGUMENT_SPREAD)].map((m) => `${file}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});

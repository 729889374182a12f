// @ts-check
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./answers.css', import.meta.url), 'utf8');

/** @param {string} hex `#rrggbb` */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * /** @type {number} */ (r) + 0.7152 * /** @type {number} */ (g) + 0.0722 * /** @type {number} */ (b);
}

/** @param {string} a @param {string} b */
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (/** @type {number} */ (hi) + 0.05) / (/** @type {number} */ (lo) + 0.05);
};

describe('answer pages: focus ring', () => {
  it('is drawn in one colour per scheme, each with 3:1 on its canvas (white; Chromium’s dark #121212)', () => {
    expect(css.match(/outline:[^;]*;/g)?.every((rule) => rule.includes('var(--focus)'))).toBe(true);
    const light = /:root \{[^}]*--focus: (#[0-9a-f]{6})/i.exec(css)?.[1];
    const dark = /prefers-color-scheme: dark\) \{ :root \{ --focus: (#[0-9a-f]{6})/i.exec(css)?.[1];
    expect(light && dark).toBeTruthy();
    expect(contrast(/** @type {string} */ (light), '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(/** @type {string} */ (dark), '#121212')).toBeGreaterThanOrEqual(3);
    // The light colour alone on the dark canvas is what fell short.
    expect(contrast(/** @type {string} */ (light), '#121212')).toBeLessThan(3);
  });
});

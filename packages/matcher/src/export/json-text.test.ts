import { describe, expect, it } from 'vitest';
import { jsonText } from './json-text.js';

describe('jsonText', () => {
  it('writes fractional numbers to 4 decimals, integers and everything else as they are', () => {
    expect(0.3 * 3 + 0.015).not.toBe(0.915);
    const text = jsonText({ score: 0.3 * 3 + 0.015, share: 2 / 3, count: 12, big: 1e21, nested: [{ delta: -0.00004 }], name: 'Kadri T.', none: null });
    expect(jsonText([0.12345, -0.12345, -0.00004])).toBe('[\n  0.1235,\n  -0.1235,\n  0\n]\n');
    expect(text).toBe('{\n  "score": 0.915,\n  "share": 0.6667,\n  "count": 12,\n  "big": 1e+21,\n  "nested": [\n    {\n      "delta": 0\n    }\n  ],\n  "name": "Kadri T.",\n  "none": null\n}\n');
  });
});

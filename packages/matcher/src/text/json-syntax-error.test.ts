import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './json-syntax-error.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['[]', ' {} ', '0', '-1.5e+3', '"a\\u00e4\\n"', 'null', '[true, false, {"a": [1, {"b": null}]}]', '\r\n[\t1 ]\n']) {
      expect(jsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it('gives the line and column of the first character that breaks the grammar', () => {
    // A missing comma between two records, as a hand-edited file often has.
    expect(jsonSyntaxError('[\n  {"id": "m-1"}\n  {"id": "m-2"}\n]')).toEqual({ line: 3, column: 3 });
    // A trailing comma: the closing brace is where it stops being JSON.
    expect(jsonSyntaxError('{\n  "id": "m-1",\n}')).toEqual({ line: 3, column: 1 });
    expect(jsonSyntaxError('{"id": \'m-1\'}')).toEqual({ line: 1, column: 8 });
    expect(jsonSyntaxError('[1, 2] 3')).toEqual({ line: 1, column: 8 });
    expect(jsonSyntaxError('{"a" 1}')).toEqual({ line: 1, column: 6 });
    expect(jsonSyntaxError('[01]')).toEqual({ line: 1, column: 3 });
  });

  it('places a problem inside a string, number or literal at the character that breaks it', () => {
    expect(jsonSyntaxError('{"bio": "a\\x"}')).toEqual({ line: 1, column: 11 });
    expect(jsonSyntaxError('["a\tb"]')).toEqual({ line: 1, column: 4 });
    expect(jsonSyntaxError('[tru]')).toEqual({ line: 1, column: 5 });
    expect(jsonSyntaxError('[-x]')).toEqual({ line: 1, column: 3 });
    expect(jsonSyntaxError('[1.e5]')).toEqual({ line: 1, column: 4 });
    expect(jsonSyntaxError('["\\u12G4"]')).toEqual({ line: 1, column: 3 });
  });

  it('reads a string of millions of characters (a pasted photo) without running out of stack', () => {
    const long = 'A'.repeat(12_000_000);
    expect(jsonSyntaxError(`{"photo": "${long}"}`)).toBeUndefined();
    expect(jsonSyntaxError(`{"photo": "${long}"`)).toEqual({ line: 1, column: 12_000_000 + 13 });
  });

  it('places a text that ends too early at its end', () => {
    expect(jsonSyntaxError('[\n  {"id": "m-1"},\n  {"id": "m-2"}\n')).toEqual({ line: 4, column: 1 });
    expect(jsonSyntaxError('')).toEqual({ line: 1, column: 1 });
  });

  it('counts CRLF, LF and a lone CR as one line break each, and columns in characters', () => {
    expect(jsonSyntaxError('[1,\r\n2,\r3,\n x]')).toEqual({ line: 4, column: 2 });
    expect(jsonSyntaxError('["Õie 🌷", x]')).toEqual({ line: 1, column: 11 });
  });

  it('reads deeply nested input without running out of stack', () => {
    const depth = 200_000;
    expect(jsonSyntaxError('['.repeat(depth) + ']'.repeat(depth))).toBeUndefined();
    expect(jsonSyntaxError('['.repeat(depth))).toEqual({ line: 1, column: depth + 1 });
  });

  // Mutations of valid JSON: dropping or adding one character must be judged as JSON.parse judges it.
  const edit = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ':', '"', '{', '}', '[', ']', '0', '-', '.', 'e', ' ', '\\', 'n', '\n', 'x'));
  test.prop([edit], { numRuns: 2000 })('agrees with JSON.parse on whether a text is JSON', ([json, at, insert]) => {
    const index = json.length === 0 ? 0 : at % json.length;
    const mutated = json.slice(0, index) + insert + json.slice(index + (insert === '' ? 1 : 0));
    expect(jsonSyntaxError(mutated) === undefined).toBe(parses(mutated));
  });
});

import { describe, expect, it } from 'vitest';
import { appendPointer, displayPath, fieldOf, pointerSegments, valueAt } from './json-pointer.js';

describe('JSON pointers', () => {
  it('escape and unescape ~ and /', () => {
    const pointer = appendPointer(appendPointer('', 'a/b'), 'c~d');
    expect(pointer).toBe('/a~1b/c~0d');
    expect(pointerSegments(pointer)).toEqual(['a/b', 'c~d']);
    expect(pointerSegments('')).toEqual([]);
  });

  it('display as field paths people can read', () => {
    expect(displayPath('/languages/0/code', 'mentor')).toBe('languages[0].code');
    expect(displayPath('', 'mentor')).toBe('mentor');
    expect(displayPath('/bio/has space', 'mentor')).toBe('bio["has space"]');
  });

  it('name the field, skipping array indexes', () => {
    expect(fieldOf('/languages/0/code')).toBe('code');
    expect(fieldOf('/topics/2')).toBe('topics');
    expect(fieldOf('')).toBe('');
  });

  it('read own values only', () => {
    const record = JSON.parse('{"a": [{"b": 1}], "__proto__": 5}');
    expect(valueAt(record, '/a/0/b')).toBe(1);
    expect(valueAt(record, '/__proto__')).toBe(5);
    expect(valueAt({}, '/constructor')).toBeUndefined();
    expect(valueAt({}, '/toString')).toBeUndefined();
    expect(valueAt([1], '/length')).toBeUndefined();
  });
});

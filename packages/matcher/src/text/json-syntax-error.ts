/** A place in a text: 1-based line and column (columns count characters, not UTF-16 units). */
export interface TextPosition {
  line: number;
  column: number;
}

type Container = '{' | '[';
type State = 'value' | 'key' | 'after';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

/**
 * Where `text` stops being JSON: the position of the first character JSON's grammar does not allow
 * there, or of the end when the text ends too early; undefined for valid JSON. Browsers word and
 * place their JSON.parse errors differently (some give no place at all), so the place a person is
 * shown is found here.
 */
export function jsonSyntaxError(text: string): TextPosition | undefined {
  const offset = firstBadOffset(text);
  return offset === undefined ? undefined : positionOf(text, offset);
}

/** The offset of the first character that breaks the grammar; undefined when there is none. */
function firstBadOffset(text: string): number | undefined {
  const stack: Container[] = [];
  let state: State = 'value';
  let i = skipWhitespace(text, 0);
  // An explicit stack rather than recursion: deeply nested input must not overflow the call stack.
  for (;;) {
    if (state === 'value') {
      const char = text[i];
      if (char === '{' || char === '[') {
        stack.push(char);
        i = skipWhitespace(text, i + 1);
        const close = char === '{' ? '}' : ']';
        if (text[i] === close) {
          stack.pop();
          i += 1;
          state = 'after';
        } else state = char === '{' ? 'key' : 'value';
        continue;
      }
      const end = scalarEnd(text, i);
      if (end === undefined) return i;
      i = end;
      state = 'after';
    } else if (state === 'key') {
      const end = match(STRING, text, i);
      if (end === undefined) return i;
      i = skipWhitespace(text, end);
      if (text[i] !== ':') return i;
      i = skipWhitespace(text, i + 1);
      state = 'value';
    } else {
      i = skipWhitespace(text, i);
      const top = stack[stack.length - 1];
      if (top === undefined) return i === text.length ? undefined : i;
      const char = text[i];
      if (char === ',') {
        i = skipWhitespace(text, i + 1);
        state = top === '{' ? 'key' : 'value';
      } else if (char === (top === '{' ? '}' : ']')) {
        stack.pop();
        i += 1;
      } else return i;
    }
  }
}

/** The end of the string, number or literal at `start`; undefined when none starts there. */
function scalarEnd(text: string, start: number): number | undefined {
  const char = text[start];
  if (char === '"') return match(STRING, text, start);
  if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return match(NUMBER, text, start);
  return match(LITERAL, text, start);
}

function match(pattern: RegExp, text: string, start: number): number | undefined {
  pattern.lastIndex = start;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

function skipWhitespace(text: string, start: number): number {
  let i = start;
  while (i < text.length && WHITESPACE.has(text[i] as string)) i += 1;
  return i;
}

/** Line and column of `offset`; CRLF, LF and a lone CR each end a line, as editors count them. */
function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}

/** A place in a text: 1-based line and column (columns count characters, not UTF-16 units). */
export interface TextPosition {
  line: number;
  column: number;
}

type Container = '{' | '[';
type State = 'value' | 'key' | 'after';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'];

/** Where a token read from `start` ends (`ok`), or the character that breaks it. */
interface Scan {
  ok: boolean;
  at: number;
}

/**
 * Where `text` stops being JSON: the position of the first character JSON's grammar does not allow
 * there (inside a string, number or literal too), or of the end when the text ends too early;
 * undefined for valid JSON. Linear in the text's length, on a constant stack. Browsers word and
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
      const scan = scanScalar(text, i);
      if (!scan.ok) return scan.at;
      i = scan.at;
      state = 'after';
    } else if (state === 'key') {
      if (text[i] !== '"') return i;
      const scan = scanString(text, i);
      if (!scan.ok) return scan.at;
      i = skipWhitespace(text, scan.at);
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

/** The string, number or literal at `start`. */
function scanScalar(text: string, start: number): Scan {
  const char = text[start];
  if (char === '"') return scanString(text, start);
  if (char === '-' || isDigit(char)) return scanNumber(text, start);
  for (const literal of LITERALS) {
    if (char !== literal[0]) continue;
    // The first character that differs from the literal is the one that breaks it.
    let i = start;
    while (i - start < literal.length && text[i] === literal[i - start]) i += 1;
    return { ok: i - start === literal.length, at: i };
  }
  return { ok: false, at: start };
}

/** A string from its opening quote; a loop, not a pattern, so strings of any length are read in linear time and constant stack. */
function scanString(text: string, start: number): Scan {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return { ok: true, at: i + 1 };
    if (code < 0x20) return { ok: false, at: i };
    if (code === 0x5c) {
      const escape = text[i + 1];
      if (escape === 'u') {
        if (!HEX.test(text.slice(i + 2, i + 6))) return { ok: false, at: i };
        i += 6;
      } else if (escape !== undefined && ESCAPES.has(escape)) i += 2;
      else return { ok: false, at: i };
    } else i += 1;
  }
  return { ok: false, at: text.length };
}

/** A number: an optional minus, an integer part without leading zeros, then an optional fraction and exponent. */
function scanNumber(text: string, start: number): Scan {
  let i = text[start] === '-' ? start + 1 : start;
  if (text[i] === '0') i += 1;
  else if (isDigit(text[i])) i = skipDigits(text, i);
  else return { ok: false, at: i };
  if (text[i] === '.') {
    if (!isDigit(text[i + 1])) return { ok: false, at: i + 1 };
    i = skipDigits(text, i + 1);
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i += 1;
    if (text[i] === '+' || text[i] === '-') i += 1;
    if (!isDigit(text[i])) return { ok: false, at: i };
    i = skipDigits(text, i);
  }
  return { ok: true, at: i };
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function skipDigits(text: string, start: number): number {
  let i = start;
  while (isDigit(text[i])) i += 1;
  return i;
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
  // Characters, not UTF-16 units: a pair of surrogates is one column.
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (!(code >= 0xdc00 && code <= 0xdfff && i > lineStart && isHighSurrogate(text.charCodeAt(i - 1)))) column += 1;
  }
  return { line, column };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Appends one segment to a JSON pointer (RFC 6901 escaping). */
export function appendPointer(pointer: string, segment: string | number): string {
  return `${pointer}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** The unescaped segments of a JSON pointer. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const INDEX = /^(0|[1-9][0-9]*)$/;

/** `languages[0].code` for `/languages/0/code`; `label` for the record itself. */
export function displayPath(pointer: string, label: string): string {
  let out = '';
  for (const segment of pointerSegments(pointer)) {
    if (INDEX.test(segment)) out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment.length > 40 ? `${segment.slice(0, 40)}…` : segment)}]`;
  }
  return out === '' ? label : out;
}

/** The field an error is about: the last segment that is not an array index. */
export function fieldOf(pointer: string): string {
  const segments = pointerSegments(pointer);
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const segment = segments[i] as string;
    if (!INDEX.test(segment)) return segment;
  }
  return '';
}

/** The value at a pointer, reading own properties only; undefined when absent. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node)) node = INDEX.test(segment) ? node[Number(segment)] : undefined;
    else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment))
      node = (node as Record<string, unknown>)[segment];
    else return undefined;
  }
  return node;
}

/** Splits `a.b.0.c` into segments; numeric segments index arrays. */
export function pathSegments(path: string): string[] {
  return path.split('.').filter((s) => s !== '');
}

const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

/** Sets a value at a dotted path in a plain record, creating objects and arrays on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = pathSegments(path);
  if (segments.some((s) => UNSAFE.has(s))) return;
  let node: Record<string, unknown> | unknown[] = target;
  segments.forEach((segment, k) => {
    const last = k === segments.length - 1;
    const key: string | number = /^\d+$/.test(segment) ? Number(segment) : segment;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(segments[k + 1] ?? '');
    const existing = container[key];
    if (typeof existing !== 'object' || existing === null) container[key] = nextIsIndex ? [] : {};
    node = container[key] as Record<string, unknown> | unknown[];
  });
}

export function hasPath(target: Record<string, unknown>, path: string): boolean {
  let node: unknown = target;
  for (const segment of pathSegments(path)) {
    if (typeof node !== 'object' || node === null || !(segment in node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

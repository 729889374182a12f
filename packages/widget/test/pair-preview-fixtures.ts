import { waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import type { Mentee, Mentor, Programme } from '@mentor-finder/matcher';
import type { MentorPairPreview } from '../src/components/mentor-pair-preview/mentor-pair-preview.component.js';

// Paths are relative to the test file (src/components/mentor-pair-preview/*.test.ts); the sample
// data lives beside the repository, outside the test server's root, so it is read through a command.
const SHARED_DATA = '../../../../../../shared/data';

/** The module worker, built from source by the test server. */
export const WORKER_SRC = '/packages/widget/src/workers/mentor-pair-worker.ts';

export interface SampleCohort {
  mentors: Mentor[];
  mentees: Mentee[];
  programmes: Programme[];
  texts: { mentors: string; mentees: string; programmes: string };
}

let cached: SampleCohort | undefined;

async function read(path: string): Promise<string> {
  const text = await readFile({ path });
  if (text === undefined) throw new Error(`cannot read ${path}`);
  return text;
}

/** The sample cohort from /work/shared/data (a fresh copy each time). */
export async function sampleCohort(): Promise<SampleCohort> {
  if (!cached) {
    const [mentors, mentees, programmes] = await Promise.all(['mentors', 'mentees', 'programmes'].map((name) => read(`${SHARED_DATA}/${name}.json`)));
    const texts = { mentors: mentors ?? '', mentees: mentees ?? '', programmes: programmes ?? '' };
    cached = { mentors: JSON.parse(texts.mentors), mentees: JSON.parse(texts.mentees), programmes: JSON.parse(texts.programmes), texts };
  }
  return structuredClone(cached);
}

/** A JSON schema from packages/matcher/schemas. */
export async function matcherSchema(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await read(`../../../../matcher/schemas/${name}`)) as Record<string, unknown>;
}

/** A URL the element can fetch, serving `text` from memory. */
export function blobUrl(text: string, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

export function shadowOf(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no open shadow root`);
  return element.shadowRoot;
}

export function find<T extends HTMLElement = HTMLElement>(element: Element, selector: string): T {
  const found = shadowOf(element).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

export function findAll<T extends HTMLElement = HTMLElement>(element: Element, selector: string): T[] {
  return [...shadowOf(element).querySelectorAll<T>(selector)];
}

/** Waits until a run has finished and its result is on screen. */
export async function settled(element: MentorPairPreview, runs = 1): Promise<void> {
  let seen = 0;
  const count = () => seen++;
  element.addEventListener('mentor-pair-preview-result', count);
  try {
    await waitUntil(() => seen >= runs || (runs === 1 && element.suggestion !== undefined && !shadowOf(element).querySelector('[role="progressbar"]')), 'no result', { timeout: 20_000 });
  } finally {
    element.removeEventListener('mentor-pair-preview-result', count);
  }
  await element.updateComplete;
}

/** Waits for the next run's result, started by `action`. */
export async function afterRun(element: MentorPairPreview, action: () => void): Promise<void> {
  const done = new Promise<void>((resolve) => element.addEventListener('mentor-pair-preview-result', () => resolve(), { once: true }));
  action();
  await done;
  await element.updateComplete;
  await element.updateComplete;
}

/** Pair rows as [menteeId, mentorId] in table order. */
export function tableRows(element: Element): [string, string][] {
  return findAll(element, 'tbody tr[data-mentee]').map((tr) => [tr.dataset['mentee'] ?? '', tr.querySelector('td .id')?.textContent ?? '']);
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

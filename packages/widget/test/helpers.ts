import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PublicMentor } from '@mentor-finder/matcher';
import '../src/components/mentor-finder/mentor-finder.js';
import type { MentorFinder } from '../src/components/mentor-finder/mentor-finder.component.js';
import type { MentorContactDialog } from '../src/components/contact-dialog/contact-dialog.component.js';

export const MENTORS_URL = '/packages/widget/test/fixtures/mentors.public.json';

let cached: PublicMentor[] | undefined;

/** The public sample mentors (38 records, 8 of them full). */
export async function sampleMentors(): Promise<PublicMentor[]> {
  cached ??= (await (await fetch(MENTORS_URL)).json()) as PublicMentor[];
  return structuredClone(cached);
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no open shadow root`);
  return element.shadowRoot;
}

export function cards(element: MentorFinder): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="card"]')];
}

export function dialogOf(element: MentorFinder): MentorContactDialog {
  const dialog = shadow(element).querySelector('mentor-contact-dialog');
  if (!dialog) throw new Error('no contact dialog');
  return dialog;
}

export function dialogPart(element: MentorFinder, selector: string): HTMLElement {
  const found = shadow(dialogOf(element)).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the dialog`);
  return found;
}

export function part(element: MentorFinder, selector: string): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Waits until the finder has mentors on screen (or a state message) and its filters are filled. */
export async function ready(element: MentorFinder): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('[part~="card"], [part~="state"]:not([aria-busy])'), 'finder never rendered', { timeout: 5000 });
  await waitUntil(() => !shadow(element).querySelector('[part~="card"]') || shadow(element).querySelectorAll('#filter-languages option').length > 1, 'filters never filled', { timeout: 5000 });
  await element.updateComplete;
}

export async function finderWith(mentors: unknown, attributes: Record<string, string> = {}): Promise<MentorFinder> {
  const element = await fixture<MentorFinder>(html`<mentor-finder debounce="0" .mentors=${mentors}></mentor-finder>`);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await element.updateComplete;
  await ready(element);
  return element;
}

/** Sets a field's value as typing would, firing `input`. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/**
 * Answers the page's POSTs in turn with `answers` (`[status, body]`; the last one repeats) and keeps
 * what was sent; other requests go to the test server. `restore` puts fetch back.
 */
export function answerPosts<T>(...answers: [number, unknown][]): { bodies: T[]; restore: () => void } {
  const original = window.fetch;
  const bodies: T[] = [];
  window.fetch = async (input, init) => {
    if (init?.method !== 'POST') return original(input, init);
    bodies.push(JSON.parse(String(init.body)) as T);
    const [status, body] = answers[Math.min(bodies.length, answers.length) - 1]!;
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { bodies, restore: () => (window.fetch = original) };
}

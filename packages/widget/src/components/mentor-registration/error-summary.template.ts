import { html, nothing, type TemplateResult } from 'lit';

const MAX_NAME = 80;

/** A field's name as its label (or its group's legend) shows it, without the required/optional hint or words only screen readers get. */
export function fieldName(root: ParentNode, id: string): string {
  const field = root.querySelector(`#${CSS.escape(id)}`);
  const label = field?.matches('fieldset') ? field.querySelector('legend') : root.querySelector(`label[for="${CSS.escape(id)}"]`);
  const copy = label?.cloneNode(true) as HTMLElement | undefined;
  for (const aside of copy?.querySelectorAll('.hint, .visually-hidden') ?? []) aside.remove();
  const name = copy?.textContent?.replace(/\s+/g, ' ').trim() || id;
  // A consent's label is its whole text: shortened after a whole word.
  if (name.length <= MAX_NAME) return name;
  const cut = name.slice(0, MAX_NAME - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_NAME / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

/** The ids in the order their fields come in the form, so the list reads as the form does. */
export function inFormOrder(root: ParentNode, ids: readonly string[]): string[] {
  const position = new Map([...root.querySelectorAll('form [id]')].map((element, index) => [element.id, index]));
  const at = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...ids].sort((a, b) => at(a) - at(b));
}

/** Focuses a field by id; a group of checkboxes at its first box. */
export function focusField(root: ParentNode, id: string): void {
  const field = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  (field?.matches('fieldset') ? field.querySelector<HTMLElement>('input') : field)?.focus();
}

/**
 * The fields to correct (ids of the rendered form under `root`), each named as the form names it,
 * on a button that moves the focus there: a link to an id cannot reach into the shadow root.
 */
export function renderErrorLinks(root: ParentNode, ids: readonly string[]): TemplateResult | typeof nothing {
  if (ids.length === 0) return nothing;
  return html`<ul class="error-links">
    ${inFormOrder(root, ids).map((id) => html`<li><button type="button" class="error-link" data-field=${id} @click=${() => focusField(root, id)}>${fieldName(root, id)}</button></li>`)}
  </ul>`;
}

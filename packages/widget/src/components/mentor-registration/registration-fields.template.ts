import { html, nothing, type TemplateResult } from 'lit';
import type { RegistrationTranslation } from './translations/registration-translation.js';

/** What every field template reads: the strings and the errors worded for their fields. */
export interface FieldContext {
  t: RegistrationTranslation;
  /** Worded error by field id. */
  errors: ReadonlyMap<string, string>;
}

export type Option = readonly [value: string, label: string];

interface FieldOptions {
  required?: boolean;
  hint?: string;
}

function describedBy(context: FieldContext, id: string, hint: string | undefined): string | typeof nothing {
  const ids = [hint ? `${id}-hint` : '', context.errors.has(id) ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

// A read-only field is neither to fill in nor to skip, so it says neither.
function labelText(context: FieldContext, label: string, required: boolean | undefined, readonly = false): TemplateResult {
  if (readonly) return html`${label}`;
  return html`${label} <span class="hint">${required ? context.t.required : context.t.optional}</span>`;
}

function below(context: FieldContext, id: string, hint: string | undefined): TemplateResult {
  const error = context.errors.get(id);
  return html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${error ? html`<p class="field-error" part="field-error" id="${id}-error">${error}</p>` : nothing}`;
}

/** A labelled input bound to the draft key `key` (the element id is `id`). */
export function inputField(
  context: FieldContext,
  id: string,
  label: string,
  value: string,
  options: FieldOptions & { type?: string; autocomplete?: string; maxlength?: number; min?: number; max?: number; key?: string; list?: string; index?: number; prop?: string; readonly?: boolean } = {},
): TemplateResult {
  return html`<div class="field">
    <label class="label" part="label" for=${id}>${labelText(context, label, options.required, options.readonly)}</label>
    <input
      class="input"
      part="input"
      id=${id}
      type=${options.type ?? 'text'}
      data-key=${options.key ?? id}
      data-list=${options.list ?? nothing}
      data-index=${options.index ?? nothing}
      data-prop=${options.prop ?? nothing}
      autocomplete=${options.autocomplete ?? nothing}
      maxlength=${options.maxlength ?? nothing}
      min=${options.min ?? nothing}
      max=${options.max ?? nothing}
      ?required=${options.required}
      ?readonly=${options.readonly}
      aria-invalid=${context.errors.has(id) ? 'true' : 'false'}
      aria-describedby=${describedBy(context, id, options.hint)}
      .value=${value}
    />
    ${below(context, id, options.hint)}
  </div>`;
}

export function textareaField(context: FieldContext, id: string, label: string, value: string, options: FieldOptions & { maxlength: number }): TemplateResult {
  return html`<div class="field">
    <label class="label" part="label" for=${id}>${labelText(context, label, options.required)}</label>
    <textarea class="input" part="input" id=${id} data-key=${id} rows="5" maxlength=${options.maxlength} ?required=${options.required} aria-invalid=${context.errors.has(id) ? 'true' : 'false'} aria-describedby=${describedBy(context, id, options.hint)} .value=${value}></textarea>
    ${below(context, id, options.hint)}
  </div>`;
}

export function selectField(
  context: FieldContext,
  id: string,
  label: string,
  value: string,
  choices: readonly Option[],
  options: FieldOptions & { autocomplete?: string; key?: string; list?: string; index?: number; prop?: string } = {},
): TemplateResult {
  return html`<div class="field">
    <label class="label" part="label" for=${id}>${labelText(context, label, options.required)}</label>
    <select
      autocomplete=${options.autocomplete ?? nothing}
      class="input"
      part="input"
      id=${id}
      data-key=${options.key ?? id}
      data-list=${options.list ?? nothing}
      data-index=${options.index ?? nothing}
      data-prop=${options.prop ?? nothing}
      ?required=${options.required}
      aria-invalid=${context.errors.has(id) ? 'true' : 'false'}
      aria-describedby=${describedBy(context, id, options.hint)}
    >
      <option value="" ?selected=${value === ''}>${context.t.choose}</option>
      ${choices.map(([choice, text]) => html`<option value=${choice} ?selected=${choice === value}>${text}</option>`)}
    </select>
    ${below(context, id, options.hint)}
  </div>`;
}

/** Checkboxes for a list of ids, in a fieldset whose legend names them; the group's id takes the error. */
export function checkboxGroup(context: FieldContext, id: string, legend: string, selected: readonly string[], choices: readonly Option[], options: FieldOptions = {}): TemplateResult {
  return html`<fieldset class="group" id=${id} tabindex="-1" aria-describedby=${describedBy(context, id, options.hint)}>
    <legend class="label" part="label">${labelText(context, legend, options.required)}</legend>
    ${below(context, id, options.hint)}
    <div class="choices">
      ${choices.map(
        ([choice, text], index) => html`<div class="check">
          <input id="${id}-${index}" type="checkbox" data-key=${id} data-value=${choice} .checked=${selected.includes(choice)} />
          <label for="${id}-${index}">${text}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

/** One checkbox bound to a boolean draft key. */
export function checkboxField(context: FieldContext, id: string, label: string | TemplateResult, checked: boolean, options: { key?: string; required?: boolean } = {}): TemplateResult {
  const error = context.errors.get(id);
  return html`<div class="field">
    <div class="check">
      <input id=${id} type="checkbox" data-key=${options.key ?? id} ?required=${options.required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing} .checked=${checked} />
      <label for=${id}>${label}</label>
    </div>
    ${error ? html`<p class="field-error" part="field-error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

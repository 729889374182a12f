import { css } from 'lit';

/**
 * Tokens and controls shared by every element. Page styles cannot reach inside the shadow root;
 * inherited properties the page may have changed are reset on the host, except the font.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    min-width: 0;
    color: var(--mf-color-text, #1f2328);
    background: var(--mf-color-background, transparent);
    font-family: var(--mf-font-family, inherit);
    font-size: var(--mf-font-size, inherit);
    line-height: var(--mf-line-height, 1.5);
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    visibility: visible;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset,
  figure {
    margin: 0;
    padding: 0;
  }

  ul,
  ol {
    list-style: none;
  }

  h2,
  h3,
  h4 {
    font-size: inherit;
    line-height: 1.3;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    margin: 0;
  }

  a {
    color: var(--mf-color-link, var(--mf-color-primary, #0b5cad));
    text-decoration: underline;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border: 1px solid var(--mf-color-primary, #0b5cad);
    border-radius: var(--mf-radius, 0.5rem);
    background: var(--mf-color-button-background, #fff);
    color: var(--mf-color-primary, #0b5cad);
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }

  .button--primary {
    background: var(--mf-color-primary, #0b5cad);
    color: var(--mf-color-on-primary, #fff);
  }

  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  .button:hover {
    filter: brightness(0.92);
  }

  .input {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--mf-color-border, #6e7781);
    border-radius: var(--mf-radius, 0.5rem);
    background: var(--mf-color-input-background, #fff);
    color: var(--mf-color-text, #1f2328);
  }

  textarea.input {
    min-height: 8rem;
    resize: vertical;
  }

  .input[aria-invalid='true'] {
    border-color: var(--mf-color-danger, #b3261e);
    border-width: 2px;
  }

  .label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  .hint {
    color: var(--mf-color-muted, #57606a);
    font-size: 0.875em;
  }

  .field-error {
    color: var(--mf-color-danger, #b3261e);
    font-weight: 600;
    font-size: 0.9em;
    margin-top: 0.25em;
  }

  :focus-visible {
    outline: var(--mf-focus-ring-width, 3px) solid var(--mf-color-focus, #0b5cad);
    outline-offset: 2px;
  }

  .input:focus-visible,
  input[type='checkbox']:focus-visible {
    outline-offset: 1px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .button,
    .input {
      border: 1px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

import { css } from 'lit';

export const contactDialogStyles = css`
  :host {
    display: contents;
  }

  dialog {
    width: min(36rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--mf-color-border, #6e7781);
    border-radius: var(--mf-radius, 0.5rem);
    background: var(--mf-color-background-dialog, var(--mf-color-background, #fff));
    color: var(--mf-color-text, #1f2328);
    font: inherit;
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.3);
    overflow: auto;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .body {
    display: grid;
    gap: var(--mf-spacing, 1rem);
    padding: var(--mf-spacing, 1rem);
  }

  .header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .title {
    font-size: 1.25em;
  }

  .close {
    min-width: 2.75rem;
    padding: 0.25em 0.5em;
  }

  form {
    display: grid;
    gap: var(--mf-spacing, 1rem);
  }

  .consent {
    display: flex;
    gap: 0.5rem;
    align-items: start;
  }

  .consent input {
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.15rem;
    flex: none;
    accent-color: var(--mf-color-primary, #0b5cad);
  }

  .topics {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .hp {
    position: absolute;
    left: -10000px;
    top: auto;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
  }

  .alert {
    color: var(--mf-color-danger, #b3261e);
    font-weight: 600;
  }

  /* Kept in the tree while empty so screen readers announce what appears in it. */
  .alert--shown {
    padding: 0.75em;
    border-radius: var(--mf-radius, 0.5rem);
    border: 2px solid var(--mf-color-danger, #b3261e);
  }

  .confirmation {
    padding: 0.75em;
    border-radius: var(--mf-radius, 0.5rem);
    border: 2px solid var(--mf-color-success, #1a7f37);
    color: var(--mf-color-success, #1a7f37);
    font-weight: 600;
  }
`;

import { css } from 'lit';

export const mentorRegistrationStyles = css`
  .registration {
    display: grid;
    gap: 1rem;
    max-width: 48rem;
  }

  .title {
    font-size: 1.35em;
  }

  form {
    display: grid;
    gap: 1rem;
  }

  .section {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--mf-color-border, #d0d7de);
    border-radius: var(--mf-radius, 0.5rem);
    background: var(--mf-color-surface, #fff);
    min-width: 0;
  }

  .section-title {
    font-size: 1.1em;
  }

  .field {
    display: grid;
    gap: 0.15rem;
    min-width: 0;
  }

  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: 0.75rem;
    align-items: start;
  }

  .row--removable,
  .row--slot {
    align-items: end;
    padding-bottom: 0.5rem;
    border-bottom: 1px dashed var(--mf-color-border, #d0d7de);
  }

  .row--slot {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
  }

  .group {
    border: 0;
    min-width: 0;
  }

  .group:focus {
    outline: none;
  }

  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.25rem 1rem;
    margin-top: 0.25rem;
  }

  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-height: 2rem;
  }

  .check input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.15rem;
    accent-color: var(--mf-color-primary, #0b5cad);
  }

  .check label {
    overflow-wrap: anywhere;
  }

  .alert {
    display: none;
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--mf-color-danger, #b3261e);
    background: var(--mf-color-danger-background, #fdecea);
    color: var(--mf-color-danger, #b3261e);
    font-weight: 600;
  }

  .alert--shown {
    display: block;
  }

  .alert ul {
    margin-top: 0.25rem;
    font-weight: 400;
  }

  .error-link {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .alert:focus {
    outline: none;
  }

  .confirmation {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border-left: 4px solid var(--mf-color-success, #1a7f37);
    background: var(--mf-color-success-background, #e6f4ea);
  }

  .confirmation:focus {
    outline: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  .remove,
  .section > .button {
    justify-self: start;
  }

  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .state {
    padding: 1rem 0;
  }

  /* The address of a stored profile: shown, not editable. */
  .input[readonly] {
    border-style: dashed;
  }

  .rules ul {
    margin: 0.25rem 0;
    padding-left: 1.25rem;
  }
`;

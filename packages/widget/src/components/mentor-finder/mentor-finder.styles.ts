import { css } from 'lit';

export const mentorFinderStyles = css`
  .base {
    display: grid;
    gap: var(--mf-spacing, 1rem);
    /* The narrow-layout queries measure this box: a page's reset (all: unset) may clear the host's container-type. */
    container-type: inline-size;
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--mf-color-border, #6e7781);
  }

  .tab {
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border: 0;
    border-bottom: 4px solid transparent;
    margin-bottom: -2px;
    background: none;
    color: var(--mf-color-text, #1f2328);
    font-weight: 600;
    cursor: pointer;
  }

  .tab[aria-selected='true'] {
    border-bottom-color: var(--mf-color-primary, #0b5cad);
    color: var(--mf-color-primary, #0b5cad);
  }

  .panel,
  .browse,
  .match,
  .match-form,
  .match-results,
  .results {
    display: grid;
    gap: var(--mf-spacing, 1rem);
    min-width: 0;
  }

  .filters,
  .match-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem var(--mf-spacing, 1rem);
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }

  /* A filter list and its box in the first frame with cards are as tall, whatever the font. */
  .filters .input {
    height: max(2.75rem, calc(2.25em + 2px));
  }

  .input-placeholder {
    display: flex;
    align-items: center;
    white-space: nowrap;
    overflow: hidden;
  }

  .filters-toggle {
    display: none;
    justify-self: start;
  }

  @container (max-width: 36rem) {
    .filters-toggle {
      display: inline-flex;
    }
    /* Both tabs side by side on a phone (labels may wrap), so the first card stays in the first screen. */
    .tabs {
      display: grid;
      grid-template-columns: 1fr 1fr;
    }
    .tab {
      padding-inline: 0.25em;
      line-height: 1.2;
    }
    .filters--collapsible {
      display: none;
    }
  }

  .checkbox {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    align-self: end;
    min-height: 2.75rem;
  }

  .checkbox input {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
    accent-color: var(--mf-color-primary, #0b5cad);
  }

  .results-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--mf-spacing, 1rem);
    align-items: center;
    justify-content: space-between;
  }

  .results-count,
  .results-title {
    font-weight: 600;
  }

  .results-title {
    font-size: 1.15em;
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mf-card-min-width, 16rem)), 1fr));
    gap: var(--mf-spacing, 1rem);
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    height: 100%;
    padding: var(--mf-spacing, 1rem);
    border: 1px solid var(--mf-color-border, #6e7781);
    border-radius: var(--mf-radius, 0.5rem);
    background: var(--mf-color-surface, #fff);
    overflow-wrap: anywhere;
  }

  .card-header {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }

  .photo {
    width: 4rem;
    height: 4rem;
    border-radius: 50%;
    object-fit: cover;
    flex: none;
  }

  .name {
    font-size: 1.15em;
  }

  .place,
  .facts dt,
  .topics-title,
  .reasons-title {
    color: var(--mf-color-muted, #57606a);
    font-size: 0.9em;
  }

  .facts {
    display: grid;
    gap: 0.25rem;
  }

  .facts dt {
    display: inline;
    font-weight: 600;
  }

  .facts dt::after {
    content: ': ';
  }

  .facts dd {
    display: inline;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-top: 0.25rem;
  }

  .chip[aria-pressed='true'] {
    background: var(--mf-color-primary, #0b5cad);
    color: var(--mf-color-on-primary, #fff);
  }

  /* High-contrast themes replace colours: the chosen tab and pressed chips say so in system colours. */
  @media (forced-colors: active) {
    .tab {
      border-bottom-color: Canvas;
    }
    .tab[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  .tag {
    padding: 0.1em 0.6em;
    border: 1px solid var(--mf-color-border, #6e7781);
    border-radius: 999px;
    font-size: 0.875em;
  }

  .bio {
    white-space: pre-line;
  }

  .availability {
    font-weight: 600;
  }

  .availability--open {
    color: var(--mf-color-success, #1a7f37);
  }

  .availability--closed {
    color: var(--mf-color-muted, #57606a);
  }

  .fit {
    font-weight: 600;
  }

  .reasons-list {
    list-style: disc;
    padding-inline-start: 1.25rem;
  }

  .card-actions {
    margin-top: auto;
    padding-top: 0.5rem;
  }

  .card-actions .button {
    width: 100%;
  }

  .more {
    display: flex;
    justify-content: center;
  }

  .state {
    padding: var(--mf-spacing, 1rem);
    border-radius: var(--mf-radius, 0.5rem);
    border: 1px solid var(--mf-color-border, #6e7781);
  }

  .state--error {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
    border: 2px solid var(--mf-color-danger, #b3261e);
  }

  .blocked-group summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75rem;
    display: list-item;
    padding-block: 0.5rem;
  }

  .blocked-list {
    display: grid;
    gap: 0.5rem;
  }

  .blocked-name {
    font-weight: 600;
  }

  .blocked-why {
    color: var(--mf-color-muted, #57606a);
  }
`;

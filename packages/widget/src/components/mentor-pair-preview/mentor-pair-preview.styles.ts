import { css } from 'lit';

export const mentorPairPreviewStyles = css`
  .base,
  .results,
  .section {
    display: grid;
    gap: var(--mf-spacing, 1rem);
    min-width: 0;
  }

  .section {
    padding: var(--mf-spacing, 1rem);
    border: 1px solid var(--mf-color-border, #6e7781);
    border-radius: var(--mf-radius, 0.5rem);
    background: var(--mf-color-surface, #fff);
  }

  h2 {
    font-size: 1.25em;
  }

  h3 {
    font-size: 1.05em;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.75rem var(--mf-spacing, 1rem);
    align-items: start;
  }

  .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }

  .status--error,
  .state--error,
  .issues h3,
  .warnings {
    color: var(--mf-color-danger, #b3261e);
  }

  .issues ul {
    max-height: 16rem;
    overflow: auto;
    padding-inline-start: 1.25rem;
    list-style: disc;
  }

  input[type='file'].input {
    padding: 0.4em;
  }

  .weights {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.5rem var(--mf-spacing, 1rem);
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }

  .weight {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.1rem 0.5rem;
    align-items: center;
  }

  .weight input {
    grid-column: 1;
    width: 100%;
    min-height: 2.75rem;
    accent-color: var(--mf-color-primary, #0b5cad);
  }

  .weight output {
    grid-column: 2;
    grid-row: 2;
    font-variant-numeric: tabular-nums;
  }

  .buttons,
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--mf-spacing, 1rem);
    align-items: end;
  }

  .toolbar .field {
    flex: 1 1 16rem;
  }

  .button--small {
    min-height: 2.25rem;
    padding: 0.25em 0.75em;
    font-size: 0.9em;
  }

  .input--small {
    display: inline-block;
    width: auto;
    max-width: 14rem;
    min-height: 2.25rem;
    padding: 0.25em 0.5em;
    font-size: 0.9em;
  }

  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--mf-spacing, 1rem);
    align-items: center;
  }

  .progress-bar {
    position: relative;
    flex: 1 1 12rem;
    height: 0.5rem;
    overflow: hidden;
    border-radius: 0.25rem;
    background: var(--mf-color-border, #6e7781);
  }

  .progress-bar span {
    position: absolute;
    inset: 0 auto 0 0;
    width: 30%;
    background: var(--mf-color-primary, #0b5cad);
    animation: slide 1.2s ease-in-out infinite;
  }

  @keyframes slide {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(340%);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .progress-bar span {
      animation: none;
      width: 100%;
      opacity: 0.6;
    }
  }

  .table-scroll {
    overflow: auto;
    max-width: 100%;
  }

  table {
    border-collapse: collapse;
    width: 100%;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }

  th,
  td {
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--mf-color-border, #6e7781);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--mf-color-surface, #fff);
    white-space: nowrap;
  }

  tbody th {
    font-weight: 600;
  }

  .sort {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    min-height: 2.25rem;
    padding: 0.25em 0.25em;
    border: 0;
    background: none;
    font-weight: 700;
    cursor: pointer;
  }

  .sort-mark {
    color: var(--mf-color-muted, #57606a);
    font-size: 0.8em;
  }

  tr[data-change] {
    background: var(--mf-color-highlight, #fff4ce);
  }

  tr[data-change] > th {
    box-shadow: inset 4px 0 0 var(--mf-color-primary, #0b5cad);
  }

  .mark {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: 0.8em;
    font-weight: 600;
  }

  .id {
    color: var(--mf-color-muted, #57606a);
    font-size: 0.85em;
    font-weight: 400;
  }

  .score,
  .count {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .duplicate {
    margin: 0 0 0.4rem;
    padding: 0.35rem 0.5rem;
    border-inline-start: 4px solid var(--mf-color-danger, #b3261e);
    background: var(--mf-color-warning-surface, #fff4e5);
    font-size: 0.9em;
  }

  .duplicate p {
    margin: 0 0 0.3rem;
  }

  .reasons,
  .warnings {
    list-style: disc;
    padding-inline-start: 1.1rem;
    font-size: 0.9em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
  }

  .swap {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
  }

  .unmatched,
  .free-mentors,
  .constraints {
    display: grid;
    gap: 0.5rem;
  }

  .constraints li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
  }

  .figures div {
    display: grid;
  }

  .figures dt {
    color: var(--mf-color-muted, #57606a);
    font-size: 0.875em;
  }

  .figures dd {
    font-size: 1.15em;
    font-weight: 600;
  }

  .histogram {
    width: auto;
  }

  .bar rect {
    fill: var(--mf-color-primary, #0b5cad);
  }

  summary {
    cursor: pointer;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    font-weight: 600;
  }

  .state {
    color: var(--mf-color-muted, #57606a);
  }

  h2[tabindex='-1']:focus,
  tbody th[tabindex='-1']:focus {
    outline: none;
  }

  /* Narrow layouts measure this box even when a page's reset clears the host's container-type. */
  .base {
    container-type: inline-size;
  }

  /* Phones: each pair becomes a card, so nothing scrolls sideways; the sort buttons stay as a row. */
  @container (max-width: 40rem) {
    .table-scroll {
      overflow: visible;
    }
    table,
    tbody,
    tbody tr,
    tbody th,
    tbody td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
    }
    thead th {
      padding: 0;
      border: 0;
    }
    thead th:not([aria-sort]) {
      display: none;
    }
    tbody tr {
      margin-top: 0.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--mf-color-border, #6e7781);
      border-radius: var(--mf-radius, 0.5rem);
    }
    tbody th,
    tbody td {
      padding: 0.2rem 0;
      border: 0;
    }
    tbody td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--mf-color-muted, #57606a);
      font-weight: 600;
    }
    .swap {
      flex-wrap: wrap;
      max-width: 100%;
    }
  }

  @media (forced-colors: active) {
    tr[data-change] > th {
      border-inline-start: 4px solid Highlight;
    }
    .bar rect,
    .progress-bar span {
      fill: CanvasText;
      background: CanvasText;
    }
  }

  [part~='pin-button'][aria-pressed='true'] {
    background: var(--mf-color-primary, #0b5cad);
    color: var(--mf-color-on-primary, #fff);
  }

  @media (forced-colors: active) {
    [part~='pin-button'][aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  /* The filter count's live region stays on the page when empty (so its first count is read out), without a gap. */
  [role='status']:empty {
    margin: 0;
  }
`;

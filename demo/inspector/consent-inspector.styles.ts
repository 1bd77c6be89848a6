import { css } from 'lit';

/** The inspector's look: system colours, so it follows the page's light or dark scheme. */
export const inspectorStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    overflow: auto;
    font: 0.8125rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    color: CanvasText;
    background: color-mix(in srgb, CanvasText 4%, Canvas);
    border: 1px solid color-mix(in srgb, CanvasText 30%, Canvas);
    border-radius: 0.5rem;
  }
  summary {
    cursor: pointer;
    padding: 0.5rem 0.75rem;
    min-height: 24px;
    font: 700 0.9375rem/1.5 system-ui, sans-serif;
  }
  summary:focus-visible,
  button:focus-visible {
    outline: 3px solid Highlight;
    outline-offset: 1px;
  }
  .body {
    padding: 0 0.75rem 0.75rem;
  }
  h2 {
    font: 700 0.8125rem/1.4 system-ui, sans-serif;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    margin: 0.875rem 0 0.25rem;
  }
  p,
  dl,
  ul,
  ol {
    margin: 0.25rem 0;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 0.75rem;
  }
  dt {
    color: color-mix(in srgb, CanvasText 70%, Canvas);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul,
  ol {
    padding-inline-start: 1.25rem;
  }
  .events {
    max-height: 14rem;
    overflow: auto;
  }
  .events ol {
    list-style: none;
    padding: 0;
  }
  li {
    margin: 0.125rem 0;
    overflow-wrap: anywhere;
  }
  pre {
    margin: 0.25rem 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: inherit;
  }
  .muted {
    color: color-mix(in srgb, CanvasText 70%, Canvas);
  }
  .on {
    color: light-dark(#116329, #7ee2a8);
    font-weight: 700;
  }
  .off {
    color: light-dark(#a40e26, #ffaba8);
  }
  button {
    font: inherit;
    min-height: 24px;
    margin-top: 0.5rem;
  }
  details details summary {
    font: inherit;
    padding: 0.25rem 0;
  }
`;

// (its own tag for the build's minifier: the dialog's file imports nothing from the element's)
const css = (strings: TemplateStringsArray): string => strings[0]!;

/** The preferences dialog's styles, adopted with the dialog itself (it is loaded on demand). */
export const preferencesStyles: string = css`
  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--consent-radius, 0.5rem);
    box-shadow: var(--consent-shadow, 0 0 1rem rgb(0 0 0 / 0.2));
    flex-direction: column;
    container-type: inline-size;
  }
  dialog[open] {
    display: flex;
    overflow-y: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 1rem 1.25rem 0.5rem;
  }
  /* at 320 px with large text, a long word would push the dialog sideways: it breaks instead */
  dialog {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .dialog-head h2,
  .switch-row .label {
    min-width: 0;
  }
  .dialog-head h2 {
    margin: 0;
  }
  .dialog-body {
    overflow-y: auto;
    padding: 0 1.25rem;
    /* on a small screen with large text, the head and the buttons would squeeze the choices to
       nothing: the body keeps some room (the dialog then scrolls as a whole); elsewhere it scrolls
       between the head and the buttons */
    min-height: min(12rem, 33vh);
  }
  .dialog-actions {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    padding: 1rem 1.25rem;
    border-top: 1px solid var(--_border);
  }
  /* a phone: one button per row */
  @container (max-width: 24rem) {
    .dialog-actions {
      grid-auto-flow: row;
    }
  }
  .close {
    /* (beside a long title, at 320 px and 200 % text, it would shrink below a target's size) */
    flex: none;
    display: grid;
    place-items: center;
    padding: 0;
    width: 2.75rem;
    background: transparent;
    color: var(--_fg);
    border-color: transparent;
  }
  .categories {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .categories li {
    padding: 0.75rem 0;
    border-top: 1px solid var(--_border);
  }
  .switch-row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    font-weight: 600;
    cursor: pointer;
  }
  .description {
    margin: 0.25rem 0 0;
  }
  .gpc {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
  }
  .services summary {
    width: fit-content;
    margin-top: 0.5rem;
    padding: 0.25rem 0;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .services ul {
    list-style: none;
    margin: 0;
    padding: 0;
    padding-inline-start: 1rem;
  }
  .categories .services li {
    padding: 0.5rem 0;
  }
  /* a switch: the thumb is a gradient, so no pseudo-element is needed on the input (a category
     with services has a plain checkbox, for its mixed state, that looks the same) */
  input[type='checkbox'] {
    appearance: none;
    flex: none;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    border: 2px solid var(--_fg);
    border-radius: 1rem;
    background: radial-gradient(circle at 0.625rem 50%, var(--_fg) 0.375rem, transparent 0.4375rem);
    cursor: pointer;
  }
  input:checked {
    border-color: var(--_accent);
    background: var(--_accent) radial-gradient(circle at calc(100% - 0.625rem) 50%, var(--_on-accent) 0.375rem, transparent 0.4375rem);
  }
  /* mixed: the thumb in the middle */
  input:indeterminate {
    border-color: var(--_accent);
    background: radial-gradient(circle at 50% 50%, var(--_accent) 0.375rem, transparent 0.4375rem);
  }
  input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    input[type='checkbox'] {
      appearance: auto;
    }
  }
`;

import { css } from 'lit';

// Private working variables are `--_x`; the public ones (`--consent-*`) are read with fallbacks and
// never declared here, so a site can set them anywhere up to `:root`. The dark values are written
// twice (explicit `dark`, and `auto` in a dark scheme): CSS has no way to share a declaration block
// between a selector and a media query, and an interpolated fragment would defeat minification.
export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]),
  [hidden],
  ::slotted(cookie-category),
  ::slotted(cookie-service) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  .root {
    --_bg: var(--consent-bg, #ffffff);
    --_fg: var(--consent-fg, #1f2328);
    --_accent: var(--consent-accent, #0b57d0);
    --_on-accent: var(--consent-accent-fg, #ffffff);
    --_border: var(--consent-border, #6e7781);
    color-scheme: light;
    display: contents;
    font-family: var(--consent-font-family, inherit);
    font-size: var(--consent-font-size, 1rem);
    line-height: 1.5;
  }
  .banner,
  dialog,
  .revoke {
    background: var(--_bg);
    color: var(--_fg);
    text-align: start;
  }
  .banner {
    position: fixed;
    z-index: var(--consent-z-index, 2147483600);
    inset: auto 0 0;
    max-height: 100vh;
    overflow-y: auto;
    /* (less on a phone: 0.75rem at 320 px) */
    padding: min(1rem, 3.75vw) min(1.25rem, 3.75vw);
    border-top: 1px solid var(--_border);
    box-shadow: var(--consent-shadow, 0 0 1rem rgb(0 0 0 / 0.2));
    container-type: inline-size;
  }
  [data-theme='dark'] {
    --_bg: var(--consent-bg, #1f2328);
    --_fg: var(--consent-fg, #f0f3f6);
    --_accent: var(--consent-accent, #a8c7fa);
    --_on-accent: var(--consent-accent-fg, #062e6f);
    --_border: var(--consent-border, #8b949e);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    [data-theme='auto'] {
      --_bg: var(--consent-bg, #1f2328);
      --_fg: var(--consent-fg, #f0f3f6);
      --_accent: var(--consent-accent, #a8c7fa);
      --_on-accent: var(--consent-accent-fg, #062e6f);
      --_border: var(--consent-border, #8b949e);
      color-scheme: dark;
    }
  }
  .top {
    inset: 0 0 auto;
    border-top: 0;
    border-bottom: 1px solid var(--_border);
  }
  .bottom-left,
  .bottom-right,
  .center {
    width: min(26rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    border: 1px solid var(--_border);
    border-radius: var(--consent-radius, 0.5rem);
  }
  .bottom-left {
    inset: auto auto 1rem 1rem;
  }
  .bottom-right {
    inset: auto 1rem 1rem auto;
  }
  .center {
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%);
  }
  .inner {
    max-width: var(--consent-max-width, 72rem);
    margin: 0 auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem 2rem;
  }
  .text {
    flex: 1 1 24rem;
    min-width: 0;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  /* Accept and reject: a pair of equal columns, each as wide as the wider label needs, one
     element, one style: equal weight. Preferences beside them while the row has room, else on a
     row of its own (a phone, large text). */
  .actions {
    display: flex;
    flex-flow: wrap;
    gap: 0.5rem;
    flex: 0 1 auto;
  }
  .pair {
    display: grid;
    grid: auto / 1fr 1fr;
    gap: inherit;
    flex-grow: 3;
  }
  .actions > button {
    flex-grow: 1;
  }
  /* A phone: the banner stays compact, under a smaller heading, its buttons under the text. */
  @container (max-width: 24rem) {
    .actions {
      flex-basis: 100%;
    }
    .inner {
      gap: 0.625rem;
    }
    #heading {
      margin: 0;
      font-size: 1em;
    }
    .banner button {
      padding: 0.25rem;
      font-size: 0.8125em;
      line-height: 1.25;
    }
  }
  /* large text on a phone: one button per row */
  @container (max-width: 13em) {
    .pair {
      grid: auto / 1fr;
    }
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--consent-button-radius, 0.375rem);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
  }
  .revoke {
    position: fixed;
    z-index: var(--consent-z-index, 2147483600);
    inset: auto auto 1rem 1rem;
    display: grid;
    place-items: center;
    width: 2.75rem;
    padding: 0;
    border-radius: 50%;
    border-color: var(--_border);
    color: var(--_accent);
    box-shadow: var(--consent-shadow, 0 0 1rem rgb(0 0 0 / 0.2));
  }
  [dir='rtl'] .revoke {
    inset: auto 1rem 1rem auto;
  }
  @media (forced-colors: active) {
    .banner {
      border: 1px solid CanvasText;
    }
  }
`;

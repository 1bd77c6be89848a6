import { css } from '../../internal/style-sheet.js';

// Private working variables are `--_x`; the public ones (`--consent-*`) are read with fallbacks and
// never declared here, so a site can set them anywhere up to `:root`. The dark values are written
// twice (explicit `dark`, and `auto` in a dark scheme): CSS has no way to share a declaration block
// between a selector and a media query, and an interpolated fragment would defeat minification.
//
// What every page with a decision shows, with no banner: the colours, the buttons, and the
// floating "Cookie settings" button; the banner's own styles are adopted once it shows
// (`banner.styles.ts`), the preferences' with them.
export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]),
  [hidden],
  ::slotted(cookie-category) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  .view {
    display: contents;
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
`;

import { css } from '../../internal/style-sheet.js';

// Private working variables are `--_x`; the public ones (`--consent-*`) are read with fallbacks and
// never declared here, so a site can set them anywhere up to `:root`. Each colour is declared once
// with both themes' values, chosen by two switches: in the light theme `--_light` is `initial`
// (so `var(--_light, A)` is A) and `--_dark` is empty (`var(--_dark, B)` is nothing); the dark
// theme (explicit, or `auto` in a dark scheme) turns them round.
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
  ::slotted(cookie-category),
  ::slotted(cookie-service) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  .view {
    display: contents;
  }
  .root {
    --_light: initial;
    --_dark: ;
    --_bg: var(--consent-bg, var(--_light, #ffffff) var(--_dark, #1f2328));
    --_fg: var(--consent-fg, var(--_light, #1f2328) var(--_dark, #f0f3f6));
    --_accent: var(--consent-accent, var(--_light, #0b57d0) var(--_dark, #a8c7fa));
    --_on-accent: var(--consent-accent-fg, var(--_light, #ffffff) var(--_dark, #062e6f));
    --_border: var(--consent-border, var(--_light, #6e7781) var(--_dark, #8b949e));
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
    --_light: ;
    --_dark: initial;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    [data-theme='auto'] {
      --_light: ;
      --_dark: initial;
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

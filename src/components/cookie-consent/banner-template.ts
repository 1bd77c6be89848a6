import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentMode } from '../../core/consent-record.js';
import type { BannerStrings } from '../../i18n/consent-strings.js';
import type { BannerPosition } from './banner-options.js';

/** What the banner shows, as the element's state says. */
export interface BannerView {
  readonly t: BannerStrings;
  readonly mode: ConsentMode;
  readonly position: BannerPosition;
  /** The element's texts (attributes); empty: the dictionary's. */
  readonly heading: string;
  readonly message: string;
  readonly acceptLabel: string;
  readonly rejectLabel: string;
  readonly preferencesLabel: string;
  /** The element has a message of its own (slotted), which replaces `message`. */
  readonly slottedMessage: boolean;
  readonly policy: TemplateResult | typeof nothing;
  /** Show the Preferences button (a category is optional and the preferences can load). */
  readonly preferencesButton: boolean;
  readonly onAccept: () => void;
  readonly onReject: () => void;
  readonly onPreferences: () => void;
  readonly onFocusIn: (e: FocusEvent) => void;
  readonly onSlotChange: () => void;
}

const button = (part: string, label: string, onClick: () => void, secondary = false): TemplateResult =>
  html`<button type="button" part="button ${part}" class=${secondary ? 'secondary' : ''} @click=${onClick}>
    ${label}
  </button>`;

/**
 * The first layer: a named region, never modal. `opt-in` asks with Accept all and Reject all (a
 * pair of the same size and weight) and Preferences; `opt-out` with Accept and "Do not sell or
 * share"; `notice` with one acknowledge button (its heading only for screen readers).
 */
export function bannerTemplate(v: BannerView): TemplateResult {
  const { t } = v;
  const notice = v.mode === 'notice';
  const optOut = v.mode === 'opt-out';
  const accept = v.acceptLabel || (notice ? t.acknowledge : optOut ? t.accept : t.acceptAll);
  const reject = v.rejectLabel || (optOut ? t.doNotSell : t.rejectAll);
  return html`<section part="banner" class="banner ${v.position}" aria-labelledby="heading" @focusin=${v.onFocusIn}>
    <div class="inner">
      <div class="text">
        <h2 id="heading" part="heading" class=${notice ? 'sr-only' : ''}>
          <slot name="heading">${v.heading || t.heading}</slot>
        </h2>
        <div part="message" class="message">
          <slot @slotchange=${v.onSlotChange}></slot>${v.slottedMessage
            ? nothing
            : v.message || (notice ? t.noticeMessage : optOut ? t.optOutMessage : t.message)}
          ${v.policy}
        </div>
      </div>
      <div part="actions" class="actions">
        ${notice
          ? button('accept-button', accept, v.onAccept)
          : html`<div class="pair">
                ${button('accept-button', accept, v.onAccept)}
                ${button('reject-button', reject, v.onReject)}
              </div>
              ${v.preferencesButton ? button('preferences-button', v.preferencesLabel || t.preferences, v.onPreferences, true) : nothing}`}
      </div>
      <slot name="footer"></slot>
    </div>
  </section>`;
}

/** The floating "Cookie settings" button, which reopens the preferences after a decision. */
export const revokeButtonTemplate = (label: string, onClick: () => void): TemplateResult =>
  html`<button type="button" part="button revoke-button" class="revoke" aria-label=${label} @click=${onClick}>
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM7.5 11a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm4 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM9 5.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z" />
    </svg>
  </button>`;

/** Whether `host` has content of its own for the default slot: its message, instead of the built-in one. */
export const hasOwnMessage = (host: Element): boolean =>
  [...host.childNodes].some((n) =>
    n.nodeType === Node.TEXT_NODE ? !!n.textContent?.trim() : n instanceof Element && !n.slot && !/^cookie-(category|service)$/.test(n.localName),
  );

import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConsentStore, type ConsentStoreOptions } from '../../core/consent-store.js';
import type { ConsentRecord } from '../../core/consent-record.js';
import { oneOf } from '../../core/warn.js';
import { ConsentChangeEvent } from '../../events/consent-change.js';
import { ConsentReadyEvent } from '../../events/consent-ready.js';
import { ConsentShowEvent } from '../../events/consent-show.js';
import { ConsentHideEvent } from '../../events/consent-hide.js';
import { en } from '../../i18n/en.js';
import { styles } from './cookie-consent.styles.js';

const POSITIONS = ['bottom', 'top', 'bottom-left', 'bottom-right', 'center'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;
/** The properties that configure the store; a change rebuilds it and reads storage again. */
const STORE_KEYS = [
  'mode',
  'days',
  'categories',
  'revision',
  'cookieName',
  'cookieDomain',
  'cookiePath',
  'cookieSameSite',
  'storage',
] as const;

/**
 * A cookie-consent banner: asks, stores the visitor's decision in a first-party cookie for
 * `days` days, and tells the page through events.
 *
 * @summary Cookie-consent banner and consent manager.
 * @tag cookie-consent
 *
 * @slot - The banner message; replaces the built-in text and the `message` attribute.
 * @slot heading - The banner heading; replaces `heading`.
 * @slot footer - Extra content under the buttons.
 *
 * @fires {ConsentReadyEvent} consent-ready - Once per connection, after storage was read. `detail: { consent }`.
 * @fires {ConsentChangeEvent} consent-change - After every stored decision. `detail: { consent, previous, changed, cause }`.
 * @fires {ConsentShowEvent} consent-show - The banner or the preferences opened. `detail: { view }`.
 * @fires {ConsentHideEvent} consent-hide - The banner or the preferences closed. `detail: { view }`.
 *
 * @csspart banner - The banner (a named region).
 * @csspart heading - The banner heading.
 * @csspart message - The banner text.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart accept-button - Accept all (`opt-in`), Accept (`opt-out`) or the acknowledge button (`notice`).
 * @csspart reject-button - Reject all (`opt-in`) or "Do not sell or share" (`opt-out`).
 * @csspart preferences-button - Opens the preferences.
 * @csspart policy-link - The link to the privacy policy.
 *
 * @cssproperty [--consent-bg=#ffffff / #1f2328] - Background (light / dark theme).
 * @cssproperty [--consent-fg=#1f2328 / #f0f3f6] - Text colour.
 * @cssproperty [--consent-accent=#0b57d0 / #a8c7fa] - Buttons and links.
 * @cssproperty [--consent-accent-fg=#ffffff / #062e6f] - Text on accent-coloured buttons.
 * @cssproperty [--consent-border=#6e7781 / #8b949e] - Border of the banner.
 * @cssproperty [--consent-radius=0.5rem] - Corner radius of the boxed positions.
 * @cssproperty [--consent-button-radius=0.375rem] - Corner radius of buttons.
 * @cssproperty [--consent-shadow=0 0 1rem rgb(0 0 0 / 0.2)] - Shadow of the banner.
 * @cssproperty [--consent-font-family=inherit] - Font family.
 * @cssproperty [--consent-font-size=1rem] - Base font size.
 * @cssproperty [--consent-max-width=72rem] - Width of the content in the full-width positions.
 * @cssproperty [--consent-z-index=2147483600] - Stacking order.
 */
export class CookieConsentElement extends LitElement {
  static override styles = styles;

  static override properties = {
    mode: {},
    days: {},
    categories: {},
    revision: {},
    acceptLabel: { attribute: 'accept-label' },
    rejectLabel: { attribute: 'reject-label' },
    preferencesLabel: { attribute: 'preferences-label' },
    saveLabel: { attribute: 'save-label' },
    heading: {},
    message: {},
    policyHref: { attribute: 'policy-href' },
    policyLabel: { attribute: 'policy-label' },
    position: {},
    theme: {},
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    cookiePath: { attribute: 'cookie-path' },
    cookieSameSite: { attribute: 'cookie-same-site' },
    storage: {},
    open: { type: Boolean, reflect: true },
  };

  /** `opt-in` (EU/UK: nothing optional until granted), `notice` (one acknowledge button) or `opt-out` (US). */
  mode = 'opt-in';
  /** Lifetime of a stored decision in days; decimals allowed. Default 182, at most 400. */
  days: number | string = 182;
  /** Space-separated category ids besides `necessary`. */
  categories = '';
  /** Policy revision; a decision stored under another revision is asked again. */
  revision = '';
  /** Text of the accept button. */
  acceptLabel = '';
  /** Text of the reject button. */
  rejectLabel = '';
  /** Text of the preferences button. */
  preferencesLabel = '';
  /** Text of the save button in the preferences. */
  saveLabel = '';
  /** Banner heading. */
  heading = '';
  /** Banner text, when the element has no content of its own. */
  message = '';
  /** URL of the privacy or cookie policy. */
  policyHref = '';
  /** Text of the policy link. */
  policyLabel = '';
  /** `bottom`, `top`, `bottom-left`, `bottom-right` or `center`. */
  position = 'bottom';
  /** `auto` (follows `prefers-color-scheme`), `light` or `dark`. */
  theme = 'auto';
  /** Name of the consent cookie (and localStorage key). */
  cookieName = 'cookie_consent';
  /** Cookie domain, e.g. `example.com` to share the decision with subdomains. Default: host-only. */
  cookieDomain = '';
  /** Cookie path. */
  cookiePath = '/';
  /** `Lax`, `Strict` or `None` (forces `Secure`). `Secure` is set on https anyway. */
  cookieSameSite = 'Lax';
  /** `cookie` or `local` (localStorage); unavailable storage degrades to memory. */
  storage = 'cookie';
  /** Whether the banner is showing (reflected). */
  open = false;

  /** Resolves with the stored decision (or `null`) once storage was read on connect. */
  readonly ready: Promise<ConsentRecord | null>;

  #resolveReady!: (record: ConsentRecord | null) => void;
  #store?: ConsentStore;
  #storeKey = '';
  #position: (typeof POSITIONS)[number] = 'bottom';
  #theme: (typeof THEMES)[number] = 'auto';
  /** What had focus before it entered the banner: focus goes back there after a decision. */
  #returnFocus: HTMLElement | null = null;

  constructor() {
    super();
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
  }

  /** The decision in force, or `null` before any. */
  get consent(): ConsentRecord | null {
    return this.#store?.consent ?? null;
  }

  /** Whether `category` is granted now. */
  isGranted(category: string): boolean {
    return this.#store?.isGranted(category) ?? category === 'necessary';
  }

  /** Grants every category, as the Accept all button does. */
  acceptAll(): void {
    this.#decide((s) => s.acceptAll('accept-all'));
  }

  /** Denies every optional category, as the Reject all button does. */
  rejectAll(): void {
    this.#decide((s) => s.rejectAll('reject-all'));
  }

  /** Grants exactly `granted` (and `necessary`), as Save choices does. */
  save(granted: Iterable<string>): void {
    this.#decide((s) => s.save(granted, 'save'));
  }

  /** Shows the banner. */
  show(): void {
    this.open = true;
  }

  /** Hides the banner without recording anything. */
  hide(): void {
    this.open = false;
  }

  /** Forgets the stored decision and shows the banner again. */
  reset(): void {
    this.#connectStore().reset();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const store = this.#connectStore();
    const consent = store.read();
    this.open ||= store.needsDecision;
    this.#resolveReady(consent);
    this.dispatchEvent(new ConsentReadyEvent({ consent }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#store?.removeEventListener('change', this.#onStoreChange);
    this.#storeKey = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('position')) this.#position = oneOf('position', this.position, POSITIONS, 'bottom');
    if (changed.has('theme')) this.#theme = oneOf('theme', this.theme, THEMES, 'auto');
    // configuration changed after connect: start over from what is stored under the new settings
    if (this.isConnected && this.#storeKey && this.#storeKey !== this.#optionsKey()) {
      const store = this.#connectStore();
      store.read();
      this.open = store.needsDecision;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && (this.open || changed.get('open') !== undefined)) {
      this.dispatchEvent(this.open ? new ConsentShowEvent('banner') : new ConsentHideEvent('banner'));
    }
  }

  #optionsKey(): string {
    return JSON.stringify(STORE_KEYS.map((k) => this[k]));
  }

  /** The store for the current attributes, created (or re-created) and listened to. */
  #connectStore(): ConsentStore {
    const key = this.#optionsKey();
    if (this.#store && this.#storeKey === key) return this.#store;
    this.#store?.removeEventListener('change', this.#onStoreChange);
    const options: ConsentStoreOptions = Object.fromEntries(STORE_KEYS.map((k) => [k, this[k]]));
    this.#store = new ConsentStore(options);
    this.#store.addEventListener('change', this.#onStoreChange);
    this.#storeKey = key;
    return this.#store;
  }

  #onStoreChange = (e: Event): void => {
    const { detail } = e as ConsentChangeEvent;
    this.dispatchEvent(new ConsentChangeEvent(detail));
    this.open = this.#store!.needsDecision;
    this.requestUpdate();
  };

  #decide(record: (store: ConsentStore) => void): void {
    const hadFocus = !!this.shadowRoot?.activeElement;
    record(this.#connectStore());
    if (hadFocus) {
      void this.updateComplete.then(() => {
        if (this.#returnFocus?.isConnected) this.#returnFocus.focus();
      });
    }
  }

  #onFocusIn = (e: FocusEvent): void => {
    const from = e.relatedTarget as HTMLElement | null;
    if (!from || !this.renderRoot.contains(from)) this.#returnFocus = from;
  };

  /** Whether the element has content of its own for the default slot (the message). */
  #hasMessage(): boolean {
    return [...this.childNodes].some((n) =>
      n.nodeType === Node.TEXT_NODE
        ? !!n.textContent?.trim()
        : n instanceof Element && !n.slot && n.localName !== 'cookie-category',
    );
  }

  #button(part: string, label: string, onClick: () => void, secondary = false): TemplateResult {
    return html`<button type="button" part="button ${part}" class=${secondary ? 'secondary' : ''} @click=${onClick}>
      ${label}
    </button>`;
  }

  protected override render() {
    if (!this.open) return nothing;
    const t = en;
    const store = this.#connectStore();
    const mode = store.mode;
    const notice = mode === 'notice';
    const optOut = mode === 'opt-out';
    const message = notice ? t.noticeMessage : optOut ? t.optOutMessage : t.message;
    return html`
      <section
        part="banner"
        class="banner ${this.#position}"
        aria-labelledby="heading"
        lang=${t.$code}
        dir=${t.$dir}
        data-theme=${this.#theme}
        @focusin=${this.#onFocusIn}
      >
        <div class="inner">
          <div class="text">
            <h2 id="heading" part="heading" class=${notice ? 'sr-only' : ''}>
              <slot name="heading">${this.heading || t.heading}</slot>
            </h2>
            <div part="message" class="message">
              <slot @slotchange=${() => this.requestUpdate()}></slot>${this.#hasMessage() ? nothing : this.message || message}
              ${this.policyHref
                ? html`<a part="policy-link" href=${this.policyHref}>${this.policyLabel || t.policy}</a>`
                : nothing}
            </div>
          </div>
          <div part="actions" class="actions">
            ${notice
              ? this.#button('accept-button', this.acceptLabel || t.acknowledge, () =>
                  this.#decide((s) => s.acceptAll('acknowledge')),
                )
              : html`${this.#button('accept-button', this.acceptLabel || (optOut ? t.accept : t.acceptAll), () =>
                  this.acceptAll(),
                )}
                ${this.#button('reject-button', this.rejectLabel || (optOut ? t.doNotSell : t.rejectAll), () =>
                  this.rejectAll(),
                )}`}
          </div>
          <slot name="footer"></slot>
        </div>
      </section>
    `;
  }
}

import { LitElement, adoptStyles, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConsentStore, idList, normalizeDays, DEFAULT_DAYS, type ConsentStoreOptions } from '../../core/consent-store.js';
import type { ConsentMode, ConsentRecord } from '../../core/consent-record.js';
import type { ConsentStorage, CookieSameSite } from '../../core/record-storage.js';
import { deleteCookies } from '../../core/delete-cookies.js';
import { gatedCategories } from '../../gating/gated-categories.js';
import { enablePlaceholders, placeholderTexts } from '../../gating/gated-placeholder.js';
import { startGating } from '../../gating/start-gating.js';
import { oneOf, warnInvalid } from '../../core/warn.js';
import { pageDocument } from '../../internal/page-document.js';
import { urlScheme } from '../../internal/url-scheme.js';
import { ConsentChangeEvent } from '../../events/consent-change.js';
import { ConsentReadyEvent } from '../../events/consent-ready.js';
import { ConsentShowEvent } from '../../events/consent-show.js';
import { ConsentHideEvent } from '../../events/consent-hide.js';
import { en } from '../../i18n/en.js';
import type { BannerStrings } from '../../i18n/consent-strings.js';
import { loadStrings } from '../../i18n/load-strings.js';
import { resolveLanguage } from '../../i18n/resolve-language.js';
import { styles } from './cookie-consent.styles.js';
import { categoryInfo, type CategoryInfo } from './category-info.js';
import type { GoogleConsentModeOptions } from '../../integrations/google-consent-mode.js';
import { loadConsentModeModule } from '../../integrations/load-consent-mode.js';
import { loadPreferencesPart, preferencesLoadable, type PreferencesPart } from './load-preferences.js';
import { BannerPosition, BannerTheme } from './banner-options.js';
import { BannerClearanceController } from './controllers/banner-clearance-controller.js';
import { REPORTED } from '../../internal/reported.js';

type ConsentModeModule = typeof import('../../integrations/google-consent-mode.js');

// The second layer and the Consent Mode integration are loaded on demand: a first visit paints
// the banner without them (SPEC §11), and most visitors never open the preferences.
let preferencesModule: Promise<PreferencesPart> | undefined;
const loadPreferences = () =>
  (preferencesModule ??= loadPreferencesPart().catch((e: unknown) => {
    preferencesModule = undefined; // a network hiccup: the next click tries again
    throw e;
  }));
// One timer for the page, armed once a banner shows: a visitor who may want the preferences
// finds them loaded, after the banner painted. (A module function, not a closure in the
// element's methods, which would keep each element alive until it fires.)
let prefetch: ReturnType<typeof setTimeout> | undefined;
const prefetchPreferences = () => (prefetch ??= setTimeout(() => loadPreferences().catch(() => {}), 500));
let consentModeModule: Promise<ConsentModeModule> | undefined;
const loadConsentMode = () =>
  (consentModeModule ??= loadConsentModeModule().catch((e: unknown) => {
    consentModeModule = undefined;
    throw e;
  }));

const SIDES = { bottom: 'bottom', top: 'top' } as const;

/** `scheduler.postTask` (Chromium, Firefox), which TypeScript's DOM types do not have yet. */
interface TaskScheduler {
  postTask(callback: () => unknown, options: { priority: 'user-blocking' }): Promise<unknown>;
}

/**
 * A cookie-consent banner: asks, stores the visitor's decision in a first-party cookie for
 * `days` days, and tells the page through events.
 *
 * Children `<cookie-category name label cookies required sale-or-share consent-mode>description</cookie-category>`
 * describe categories (`consent-mode="ad_storage …"` maps one to Google Consent Mode types); any
 * page element with `data-consent-open` opens the preferences. See `docs/reference.md`.
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
 * @csspart dialog - The preferences dialog.
 * @csspart category - One category in the preferences.
 * @csspart switch - A category's switch.
 * @csspart save-button - Save choices, in the preferences.
 * @csspart close-button - Closes the preferences without saving.
 * @csspart revoke-button - The floating "Cookie settings" button shown once a decision exists.
 *
 * @cssproperty {<color>} [--consent-bg=#ffffff / #1f2328] - Background (light / dark theme).
 * @cssproperty {<color>} [--consent-fg=#1f2328 / #f0f3f6] - Text colour.
 * @cssproperty {<color>} [--consent-accent=#0b57d0 / #a8c7fa] - Buttons and links.
 * @cssproperty {<color>} [--consent-accent-fg=#ffffff / #062e6f] - Text on accent-coloured buttons.
 * @cssproperty {<color>} [--consent-border=#6e7781 / #8b949e] - Border of the banner.
 * @cssproperty {<length-percentage>} [--consent-radius=0.5rem] - Corner radius of the boxed positions.
 * @cssproperty {<length-percentage>} [--consent-button-radius=0.375rem] - Corner radius of buttons.
 * @cssproperty {*} [--consent-shadow=0 0 1rem rgb(0 0 0 / 0.2)] - Shadow of the banner.
 * @cssproperty {*} [--consent-font-family=inherit] - Font family.
 * @cssproperty {<length-percentage>} [--consent-font-size=1rem] - Base font size.
 * @cssproperty {<length-percentage>} [--consent-max-width=72rem] - Width of the content in the full-width positions.
 * @cssproperty {<integer>} [--consent-z-index=2147483600] - Stacking order.
 */
export class CookieConsentElement extends LitElement {
  static override styles = styles;

  static override properties = {
    mode: {},
    // a number, converted (and checked: one warning naming a bad value) from the attribute
    days: { converter: { fromAttribute: (value: string | null) => (value === null ? DEFAULT_DAYS : normalizeDays(value)) } },
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
    logEndpoint: { attribute: 'log-endpoint' },
    noRevokeButton: { attribute: 'no-revoke-button', type: Boolean },
    ignoreGpc: { attribute: 'ignore-gpc', type: Boolean },
    gpc: { type: Boolean },
    reloadOnRevoke: { attribute: 'reload-on-revoke', type: Boolean },
    googleConsentMode: { attribute: 'google-consent-mode', type: Boolean },
    googleDataLayer: { attribute: 'google-data-layer' },
    open: { type: Boolean, reflect: true },
    /**
     * Language of the texts. Default: the closest `lang` on the page, else the browser's language
     * (see `docs/languages.md`).
     * @type {string}
     */
    // the global attribute, observed so that a change of language re-renders
    lang: { reflect: true },
  };

  /** `opt-in` (EU/UK: nothing optional until granted), `notice` (one acknowledge button) or `opt-out` (US). */
  mode: ConsentMode = 'opt-in';
  /** Lifetime of a stored decision in days; decimals allowed. Default 182, at most 400. */
  days: number = DEFAULT_DAYS;
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
  position: BannerPosition = 'bottom';
  /** `auto` (follows `prefers-color-scheme`), `light` or `dark`. */
  theme: BannerTheme = 'auto';
  /** Name of the consent cookie (and localStorage key). */
  cookieName = 'cookie_consent';
  /** Cookie domain, e.g. `example.com` to share the decision with subdomains. Default: host-only. */
  cookieDomain = '';
  /** Cookie path. */
  cookiePath = '/';
  /** `Lax`, `Strict` or `None` (forces `Secure`). `Secure` is set on https anyway. */
  cookieSameSite: CookieSameSite = 'Lax';
  /** `cookie` or `local` (localStorage); unavailable storage degrades to memory. */
  storage: ConsentStorage = 'cookie';
  /** URL that receives each decision (the record and the page's address without its query) in a POST that outlives the page. */
  logEndpoint = '';
  /** Hide the floating button that reopens the preferences. */
  noRevokeButton = false;
  /** Do not honour Global Privacy Control. */
  ignoreGpc = false;
  /** The server saw `Sec-GPC: 1`: honour Global Privacy Control as if the browser said so. */
  gpc = false;
  /** Reload the page after a category is withdrawn, so that scripts that already ran stop. */
  reloadOnRevoke = false;
  /**
   * Keep Google Consent Mode v2 in step with the decision. The default comes from
   * `consent-mode.js` in `<head>`, before any Google tag.
   */
  googleConsentMode = false;
  /** Name of the data layer for Google Consent Mode (GTM's `l=` parameter). */
  googleDataLayer = 'dataLayer';
  /** Whether the banner is showing (reflected). */
  open = false;

  /** Resolves with the stored decision (or `null`) once storage was read on connect. */
  readonly ready: Promise<ConsentRecord | null>;

  #resolveReady!: (record: ConsentRecord | null) => void;
  #store?: ConsentStore;
  #storeKey = '';
  #position: BannerPosition = 'bottom';
  #theme: BannerTheme = 'auto';
  /** `policyHref`, unless it is a URL that would run script or open a document of its own. */
  #policyHref = '';
  /** What had focus before it entered the banner: focus goes back there after a decision. */
  #returnFocus: HTMLElement | null = null;
  /** Whether the preferences dialog is showing (or about to), and what opened it. */
  #prefs = false;
  #prefsPending = false;
  #prefsOpener: HTMLElement | null = null;
  #clearance = new BannerClearanceController(this);
  #stopGating?: () => void;
  #preferences?: PreferencesPart;
  /** The texts shown, and the language they are (being) loaded for. */
  #t: BannerStrings = en;
  #lang = 'en';
  #loadingLang = false;
  #consentMode?: ConsentModeModule;

  constructor() {
    super();
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
  }

  /**
   * The first render waits for a task of its own (a user-blocking one, where the browser has
   * `scheduler.postTask`). The script's evaluation, reading the decision and starting gating make
   * one task, and drawing the banner another, instead of one task twice as long (SPEC §11: no long
   * task; on the bench's page, 5 long tasks in 40 first visits before, none after, and the banner
   * no later). Later renders keep Lit's microtask.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { scheduler } = globalThis as { scheduler?: TaskScheduler };
    if (this.hasUpdated || !scheduler?.postTask) return super.scheduleUpdate();
    return scheduler.postTask(() => super.scheduleUpdate(), { priority: 'user-blocking' });
  }

  /** A declarative shadow root (markup a server rendered) is rendered over, not rendered twice. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
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

  /** Grants exactly `granted` (and the required categories), as Save choices does. */
  save(granted: Iterable<string>): void {
    this.#decide((s) => s.save(granted, 'save'));
  }

  /** Shows the banner. */
  show(): void {
    this.open = true;
  }

  /**
   * Opens the preferences dialog (loading it first if need be); resolves once it shows. Focus
   * returns to what had it when the dialog closes.
   */
  async showPreferences(): Promise<void> {
    if (this.#dialog()?.open) return;
    const opener = deepActiveElement();
    if (!this.#preferences) {
      try {
        if (!preferencesLoadable) throw { [REPORTED]: true };
        this.#preferences = await loadPreferences();
      } catch (e) {
        // The banner instead: its Accept all and Reject all still let the visitor decide, and
        // withdraw. (Reported once where it failed when it can never load.)
        if (!(e as { [REPORTED]?: boolean } | null)?.[REPORTED]) console.warn('<cookie-consent>: the preferences could not load; showing the banner instead.', e);
        this.open = true;
        return;
      }
      adoptStyles(this.renderRoot as ShadowRoot, [...CookieConsentElement.elementStyles, this.#preferences.preferencesStyles(css)]);
    }
    this.#prefsOpener = opener;
    this.#prefs = this.#prefsPending = true;
    this.requestUpdate();
    await this.updateComplete;
  }

  /** Hides the banner and the preferences without recording anything. */
  hide(): void {
    this.open = false;
    this.#dialog()?.close();
  }

  /** Forgets the stored decision and shows the banner again. */
  reset(): void {
    this.#connectStore().reset();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const store = this.#connectStore();
    const consent = store.read();
    if (this.googleConsentMode) this.#consentMode?.syncConsentMode(store, this.#consentModeOptions());
    this.open ||= store.needsDecision;
    // the language depends on where the element now is (it may have been resolved while detached)
    this.requestUpdate();
    pageDocument('addEventListener')('click', this.#onPageClick);
    this.#startGating();
    this.#resolveReady(consent);
    // From a microtask: frameworks that add listeners right after inserting the element
    // (Angular does) still hear it, and so does code that runs on after `append()`.
    queueMicrotask(() => this.isConnected && this.dispatchEvent(new ConsentReadyEvent({ consent })));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    pageDocument('removeEventListener')('click', this.#onPageClick);
    this.#stopGating?.();
    this.#stopGating = undefined;
    this.#store?.removeEventListener('change', this.#onStoreChange);
    this.#store?.close();
    this.#storeKey = '';
    // removed while modal: closed, or it would come back as a non-modal dialog
    this.#dialog()?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.googleConsentMode && !this.#consentMode) {
      loadConsentMode().then(
        (m) => {
          this.#consentMode = m;
          if (this.isConnected) m.syncConsentMode(this.#connectStore(), this.#consentModeOptions());
        },
        (e: unknown) => console.warn('<cookie-consent>: google-consent-mode could not load its integration:', e),
      );
    }
    const lang = resolveLanguage(this);
    if (lang !== this.#lang) {
      this.#lang = lang;
      const apply = (t: BannerStrings) => {
        if (this.#lang !== lang) return; // another language was asked for meanwhile
        this.#t = t;
        this.#loadingLang = false;
        this.#localizePlaceholders();
        this.requestUpdate();
      };
      // a language file that cannot be loaded (offline, `file://`) leaves English
      this.#loadingLang = true;
      if (lang === 'en') apply(en);
      else loadStrings(lang).then(apply, () => apply(en));
    }
    if (changed.has('position')) this.#position = oneOf('position', this.position, Object.values(BannerPosition), 'bottom');
    if (changed.has('theme')) this.#theme = oneOf('theme', this.theme, Object.values(BannerTheme), 'auto');
    if (changed.has('policyHref')) {
      const refused = /^(javascript|data|vbscript):$/.test(urlScheme(this.policyHref));
      if (refused) warnInvalid('policy-href', this.policyHref, 'no link');
      this.#policyHref = refused ? '' : this.policyHref;
    }
    // configuration changed after connect: start over from what is stored under the new settings
    const before = this.#store;
    if (this.isConnected && this.#storeKey && before !== this.#connectStore()) {
      const store = this.#store!;
      store.read();
      if (this.googleConsentMode) this.#consentMode?.syncConsentMode(store, this.#consentModeOptions());
      this.open = store.needsDecision;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && (this.open || changed.get('open') !== undefined)) {
      // after consent-ready, which waits for a microtask too
      const event = this.open ? new ConsentShowEvent('banner') : new ConsentHideEvent('banner');
      queueMicrotask(() => this.dispatchEvent(event));
    }
    const dialog = this.#dialog();
    if (dialog && this.#prefsPending) {
      this.#prefsPending = false;
      dialog.showModal();
      this.dispatchEvent(new ConsentShowEvent('preferences'));
    }
    // (an update can still run after the element was removed: it must not leave an observer behind)
    const banner = this.open && this.isConnected ? this.renderRoot.querySelector<HTMLElement>('.banner') : null;
    this.#clearance.follow(banner, SIDES[this.#position as keyof typeof SIDES]);
    if (this.open) prefetchPreferences();
  }

  /** Gated markup on the page follows this element's store, with placeholders in its language. */
  #startGating(): void {
    this.#localizePlaceholders();
    enablePlaceholders();
    this.#stopGating ??= startGating();
  }

  #localizePlaceholders(): void {
    const t = this.#t;
    Object.assign(placeholderTexts, { lang: t.$code, blocked: t.placeholderBlocked, allow: t.placeholderAllow });
    for (const c of categoryInfo((this.#store ?? this.#connectStore()).categories, this.#children(), t)) placeholderTexts.labels[c.id] = c.label;
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The store options that the attributes and `<cookie-category>` children say. */
  #storeOptions(): ConsentStoreOptions {
    const children = this.#children();
    const names = (attr?: string) =>
      children.filter((c) => !attr || c.hasAttribute(attr)).map((c) => c.getAttribute('name')?.trim() ?? '');
    return {
      mode: this.mode,
      days: this.days,
      // SPEC §3: the attribute, the children, and the ids that gated markup on the page uses
      categories: [...idList(this.categories), ...names(), ...gatedCategories()],
      required: names('required'),
      saleOrShare: ['marketing', ...names('sale-or-share')],
      gpc: !this.ignoreGpc && (this.gpc || (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true),
      revision: this.revision,
      cookieName: this.cookieName,
      cookieDomain: this.cookieDomain,
      cookiePath: this.cookiePath,
      cookieSameSite: this.cookieSameSite,
      storage: this.storage,
    };
  }

  /** The data layer, and the `consent-mode` mapping overrides of `<cookie-category>` children. */
  #consentModeOptions(): GoogleConsentModeOptions {
    return { dataLayer: this.googleDataLayer, mapping: this.#consentMode!.categoryConsentMapping(this.#children()) };
  }

  #children(): Element[] {
    return [...this.querySelectorAll(':scope > cookie-category')];
  }

  /** The store for the current configuration, created (or re-created) and listened to. */
  #connectStore(): ConsentStore {
    const options = this.#storeOptions();
    const key = JSON.stringify(options);
    if (this.#store && this.#storeKey === key) return this.#store;
    this.#store?.removeEventListener('change', this.#onStoreChange);
    this.#store?.close();
    this.#store = new ConsentStore(options);
    this.#store.addEventListener('change', this.#onStoreChange);
    this.#storeKey = key;
    return this.#store;
  }

  #onStoreChange = (e: Event): void => {
    const { detail } = e as ConsentChangeEvent;
    const store = this.#store!;
    // Google's guide: the update on the page where consent changes, as soon as it does; here,
    // synchronously inside the click, and before the page's own consent-change listeners run
    if (this.googleConsentMode) this.#consentMode?.updateConsentMode(store, this.#consentModeOptions());
    this.dispatchEvent(new ConsentChangeEvent(detail));
    this.open = store.needsDecision;
    this.requestUpdate();
    const withdrawn = detail.changed.filter((id) => !store.isGranted(id));
    // (the tab that decided has logged and cleaned up)
    if (detail.cause !== 'sync') {
      const info = categoryInfo(withdrawn, this.#children(), this.#t);
      deleteCookies(info.flatMap((c) => c.cookies), this.cookieDomain, store.cookieName);
      if (this.logEndpoint && detail.consent) logDecision(this.logEndpoint, detail.consent);
    }
    // Scripts that already ran keep running until the page reloads: in this tab and in every
    // other one that hears of the withdrawal. (GPC overrides a grant before this page ran
    // anything of it.)
    if (this.reloadOnRevoke && withdrawn.length && detail.cause !== 'gpc') location.reload();
  };

  #decide(record: (store: ConsentStore) => void): void {
    const hadFocus = !!this.shadowRoot?.activeElement;
    // willUpdate keeps the store in step with the attributes; only a change not rendered yet
    // needs the (document-wide) look at the configuration here, in the click
    record(this.isUpdatePending || !this.#store ? this.#connectStore() : this.#store);
    this.#dialog()?.close();
    if (hadFocus) void this.updateComplete.then(() => this.#restoreFocus(this.#returnFocus));
  }

  /** Focus goes to `target` if it is still on the page, else to the revoke button: never to `<body>`. */
  #restoreFocus(target: HTMLElement | null): void {
    (target?.isConnected ? target : this.renderRoot.querySelector<HTMLElement>('.revoke'))?.focus();
  }

  #onFocusIn = (e: FocusEvent): void => {
    const from = e.relatedTarget as HTMLElement | null;
    if (!from || !this.renderRoot.contains(from)) this.#returnFocus = from;
  };

  #onDialogClose = (): void => {
    if (this.#dialog()?.open) return; // reopened before this close event arrived
    this.#prefs = false;
    this.requestUpdate();
    this.dispatchEvent(new ConsentHideEvent('preferences'));
    const opener = this.#prefsOpener;
    void this.updateComplete.then(() => this.#restoreFocus(opener?.isConnected ? opener : this.#returnFocus));
  };

  #onPageClick = (e: Event): void => {
    // (through the prototype: a form's named controls shadow its methods)
    const target = e.target;
    const opener = target instanceof Element && Element.prototype.closest.call(target, '[data-consent-open]');
    if (!opener) return;
    e.preventDefault();
    this.showPreferences();
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
    const t = this.#t;
    // a language on its way: render nothing rather than flash English
    if (this.#loadingLang) return nothing;
    // (willUpdate brought the store up to date with the attributes)
    const store = this.#store ?? this.#connectStore();
    const mode = store.mode;
    const notice = mode === 'notice';
    const optOut = mode === 'opt-out';
    const categories: CategoryInfo[] = categoryInfo(store.categories, this.#children(), t);
    const optional = categories.some((c) => !c.required);
    const policy = this.#policyHref
      ? html`<a part="policy-link" href=${this.#policyHref}>${this.policyLabel || t.policy}</a>`
      : nothing;
    const accept = this.acceptLabel || (notice ? t.acknowledge : optOut ? t.accept : t.acceptAll);
    const reject = this.rejectLabel || (optOut ? t.doNotSell : t.rejectAll);
    return html`<div class="root" lang=${t.$code} dir=${t.$dir} data-theme=${this.#theme}>
      ${this.open
        ? html`<section part="banner" class="banner ${this.#position}" aria-labelledby="heading" @focusin=${this.#onFocusIn}>
            <div class="inner">
              <div class="text">
                <h2 id="heading" part="heading" class=${notice ? 'sr-only' : ''}>
                  <slot name="heading">${this.heading || t.heading}</slot>
                </h2>
                <div part="message" class="message">
                  <slot @slotchange=${() => this.requestUpdate()}></slot>${this.#hasMessage()
                    ? nothing
                    : this.message || (notice ? t.noticeMessage : optOut ? t.optOutMessage : t.message)}
                  ${policy}
                </div>
              </div>
              <div part="actions" class="actions">
                ${notice
                  ? this.#button('accept-button', accept, () => this.#decide((s) => s.acceptAll('acknowledge')))
                  : html`${this.#button('accept-button', accept, () => this.acceptAll())}
                    ${this.#button('reject-button', reject, () => this.rejectAll())}
                    ${optional && preferencesLoadable
                      ? this.#button('preferences-button', this.preferencesLabel || t.preferences, () => this.showPreferences(), true)
                      : nothing}`}
              </div>
              <slot name="footer"></slot>
            </div>
          </section>`
        : nothing}
      ${store.consent && !this.open && !this.noRevokeButton
        ? html`<button type="button" part="button revoke-button" class="revoke" aria-label=${t.settings} @click=${() => this.showPreferences()}>
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
              <path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM7.5 11a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm4 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM9 5.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z" />
            </svg>
          </button>`
        : nothing}
      ${this.#prefs && this.#preferences
        ? this.#preferences.preferencesDialog({ html, nothing }, {
            t,
            categories,
            isOn: (id) => store.isGranted(id),
            gpc: store.gpc,
            saveLabel: this.saveLabel,
            policy,
            onAcceptAll: () => this.acceptAll(),
            onRejectAll: () => this.rejectAll(),
            onSave: (granted) => this.save(granted),
            onClose: this.#onDialogClose,
          })
        : nothing}
    </div>`;
  }
}

/**
 * Sends a decision to `endpoint`: the record and the page's address without query or fragment,
 * which may carry personal data. A keepalive request outlives the page, like a beacon, but
 * unlike one it can keep the page's address out of `Referer` as well.
 */
function logDecision(endpoint: string, consent: ConsentRecord): void {
  try {
    const body = JSON.stringify({ ...consent, url: location.origin + location.pathname });
    fetch(endpoint, { method: 'POST', body, keepalive: true, mode: 'no-cors', credentials: 'omit', referrerPolicy: 'strict-origin' }).catch(() => {});
  } catch {
    // a bad endpoint must never break the page
  }
}

/** The element that really has focus, through open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let a = pageDocument('activeElement');
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a as HTMLElement | null;
}

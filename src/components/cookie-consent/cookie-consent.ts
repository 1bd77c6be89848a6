import type { PropertyValues } from 'lit';
import { ConsentChangeEvent } from '../../core/consent-change-event.js';
import type { ConsentRecord } from '../../core/consent-record.js';
import type { ConsentStore } from '../../core/consent-store.js';
import { ConsentHideEvent } from '../../events/consent-hide.js';
import { ConsentReadyEvent } from '../../events/consent-ready.js';
import { ConsentShowEvent } from '../../events/consent-show.js';
import { logConsent } from '../../integrations/consent-log.js';
import { handleWithdrawal } from '../../integrations/withdrawal.js';
import { oneOf } from '../../internal/one-of.js';
import { linkable } from '../../internal/url-scheme.js';
import { BannerPosition, BannerTheme } from './banner-options.js';
import { BannerDrawer, hasOwnMessage } from './banner.js';
import { bannerStyles } from './banner.styles.js';
import { adoptStyles } from '../../internal/style-sheet.js';
import { h } from '../../internal/dom.js';
import { syncRevokeButton } from './revoke-button.js';
import { categoryInfo, cookiesOf, readCategories, type CategoryConfig } from './category-config.js';
import { CookieConsentAttributes } from './cookie-consent-attributes.js';
import { styles } from './cookie-consent.styles.js';
import { storeOptions } from './store-options.js';
import { BannerClearanceController } from './controllers/banner-clearance-controller.js';
import { ChildrenController } from './controllers/children-controller.js';
import { ConsentModeController } from './controllers/consent-mode-controller.js';
import { FocusReturnController } from './controllers/focus-return-controller.js';
import { GatingController } from './controllers/gating-controller.js';
import { LanguageController } from './controllers/language-controller.js';
import { PreferencesController } from './controllers/preferences-controller.js';
import { StoreController } from './controllers/store-controller.js';

/** The positions a full-width banner covers a side of the page in. */
const SIDES = { bottom: 'bottom', top: 'top' } as const;

/** `scheduler.postTask` (Chromium, Firefox), which TypeScript's DOM types do not have yet. */
type TaskScheduler = { postTask(callback: () => unknown, options: { priority: 'user-blocking' }): Promise<unknown> };
type SchedulerGlobals = { scheduler?: unknown; Scheduler?: unknown };

/**
 * A cookie-consent banner: asks, stores the visitor's decision in a first-party cookie for
 * `days` days, and tells the page through events.
 *
 * Children `<cookie-category name label cookies required sale-or-share consent-mode>description</cookie-category>`
 * describe categories (`consent-mode="ad_storage …"` maps one to Google Consent Mode types), and
 * their `<cookie-service>` children the services (vendors) in them; any page element with
 * `data-consent-open` opens the preferences. See `docs/reference.md`.
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
 * @csspart switch - A category's or a service's switch.
 * @csspart services - The disclosure of a category's services, in the preferences.
 * @csspart service - One service in the preferences.
 * @csspart save-button - Save choices, in the preferences.
 * @csspart close-button - Closes the preferences without saving.
 * @csspart revoke-button - The floating "Cookie settings" button shown once a decision exists, if a category is optional.
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
export class CookieConsentElement extends CookieConsentAttributes {
  /** Resolves with the stored decision (or `null`) once storage was read on connect. */
  readonly ready: Promise<ConsentRecord | null>;

  #resolveReady!: (record: ConsentRecord | null) => void;
  #position: BannerPosition = 'bottom';
  #theme: BannerTheme = 'auto';
  /** `policyHref`, unless it is a URL that would run script or open a document of its own. */
  #policyHref = '';
  /** The `<cookie-category>` children, read once for the update under way. */
  #configs?: CategoryConfig[];
  #store: StoreController = new StoreController(this, () => storeOptions(this, this.#categories()), (store) => this.#listen(store));
  #language = new LanguageController(this, () => this.#gating.localize());
  #gating = new GatingController(this, () => {
    const t = this.#language.texts;
    return { t, categories: categoryInfo((this.#store.current ?? this.#store.connect()).categories, this.#categories(), t) };
  });
  #focus = new FocusReturnController(this);
  #clearance = new BannerClearanceController(this);
  #preferences = new PreferencesController(this, (opener) => this.#focus.restore(opener ?? this.#focus.returnTo));
  #banner = new BannerDrawer({
    onAccept: () => (this.#store.current?.mode === 'notice' ? this.#decide((s) => s.acceptAll('acknowledge')) : this.acceptAll()),
    onReject: () => this.rejectAll(),
    onPreferences: () => this.showPreferences(),
    onFocusIn: (e) => this.#focus.onFocusIn(e as FocusEvent),
    onSlotChange: () => this.requestUpdate(),
  });
  #bannerStyled = false; // the banner showed once: its styles stay
  #consentMode = new ConsentModeController(this, () => this.#store.current ?? this.#store.connect(), () => this.#categories().flatMap((c) => [c.element, ...c.services.map((s) => s.element)]));

  constructor() {
    super();
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
    new ChildrenController(this);
  }

  /**
   * The first render waits for a task of its own (a user-blocking one, where the browser has
   * `scheduler.postTask`): the script's evaluation, reading the decision and starting gating make
   * one task, and drawing the banner another, instead of one long task. Later renders come after
   * a microtask, as `ReactiveHost` batches them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // (no scheduler in the browser: markup can name an element either, `<form id="scheduler">`)
    const { scheduler, Scheduler } = globalThis as SchedulerGlobals;
    if (this.hasUpdated || typeof Scheduler != 'function' || !(scheduler instanceof Scheduler)) return super.scheduleUpdate();
    return (scheduler as TaskScheduler).postTask(() => super.scheduleUpdate(), { priority: 'user-blocking' });
  }

  /**
   * Draws the banner, the floating button and the preferences into the shadow root, with the DOM's
   * own methods: a page that shows only the floating button (a visitor who decided) needs no
   * template engine; the preferences bring Lit when they load.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const shadow = this.renderRoot;
    this.#bannerStyled ||= this.open;
    const { styles: dialog } = this.#preferences;
    adoptStyles(shadow, [styles, ...(this.#bannerStyled || dialog ? [bannerStyles] : []), ...(dialog ? [dialog] : [])]);
    const { texts: t, loading } = this.#language;
    // (a server's markup, drawn over; its banner stays while the texts to draw this one load)
    const served = this.#banner.takeOver(shadow, loading && this.open);
    if (served === false) return;
    // a language on its way: nothing rather than a flash of English
    if (loading) {
      shadow.querySelector('.root')?.remove();
      this.#banner.forget();
      return;
    }
    const root = shadow.querySelector('.root') ?? shadow.appendChild(h('div', { class: 'root' }));
    for (const [name, value] of [['lang', t.$code], ['dir', t.$dir], ['data-theme', this.#theme]]) root.setAttribute(name!, value!);
    // (willUpdate brought the store up to date with the attributes)
    const store = this.#store.current ?? this.#store.connect();
    const categories = categoryInfo(store.categories, this.#categories(), t);
    const optional = categories.some((c) => !c.required);
    const policyLabel = this.policyLabel || t.policy;
    const { heading, message, acceptLabel, rejectLabel, preferencesLabel } = this;
    this.#banner.draw(root, this.open ? {
      t, mode: store.mode, position: this.#position, heading, message, acceptLabel, rejectLabel, preferencesLabel,
      slottedMessage: hasOwnMessage(this), policyHref: this.#policyHref, policyLabel,
      preferencesButton: optional && this.#preferences.loadable,
    } : null, served);
    syncRevokeButton(root, store.consent && !this.open && !this.noRevokeButton && optional ? t.settings : null, () => this.showPreferences());
    this.#preferences.render(root, {
      t, categories, isOn: (id) => store.isGranted(id), gpc: store.gpc, saveLabel: this.saveLabel,
      policyHref: this.#policyHref, policyLabel, revokeButton: optional && !this.noRevokeButton,
      onAcceptAll: () => this.acceptAll(), onRejectAll: () => this.rejectAll(), onSave: (granted) => this.#decide((s) => s.save(granted, 'save', true)),
    });
  }

  /** The decision in force, or `null` before any. */
  get consent(): ConsentRecord | null {
    return this.#store.current?.consent ?? null;
  }

  /** Whether `category` is granted now. */
  isGranted(category: string): boolean {
    return this.#store.current?.isGranted(category) ?? category === 'necessary';
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
  showPreferences(): Promise<void> {
    return this.#preferences.open();
  }

  /** Hides the banner and the preferences without recording anything. */
  hide(): void {
    this.open = false;
    this.#preferences.close();
  }

  /** Forgets the stored decision and shows the banner again. */
  reset(): void {
    this.#store.connect().reset();
  }

  override connectedCallback(): void {
    // A server's banner (a declarative shadow root) shows what it read in the request; the decision
    // stored here (a page cached for everyone, a decision taken since) says whether it stays.
    const served = !this.hasUpdated && !!this.shadowRoot;
    super.connectedCallback();
    const store = this.#store.connect();
    const consent = store.consent; // (read as it was made, now or by a call before the connection)
    this.#consentMode.sync(store);
    this.open = served ? store.needsDecision : this.open || store.needsDecision;
    // the language depends on where the element now is (it may have been resolved while detached)
    this.requestUpdate();
    this.#gating.start();
    this.#resolveReady(consent);
    // From a microtask: frameworks that add listeners right after inserting the element
    // (Angular does) still hear it, and so does code that runs on after `append()`.
    queueMicrotask(() => this.isConnected && this.dispatchEvent(new ConsentReadyEvent({ consent })));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#configs = readCategories(this);
    if (changed.has('position')) this.#position = oneOf('position', this.position, Object.values(BannerPosition), 'bottom');
    if (changed.has('theme')) this.#theme = oneOf('theme', this.theme, Object.values(BannerTheme), 'auto');
    if (changed.has('policyHref')) this.#policyHref = linkable('policy-href', this.policyHref);
    // configuration changed after connect: start over from what is stored under the new settings
    const store = this.#store.reconnect();
    if (store) {
      this.#consentMode.sync(store);
      this.open = store.needsDecision;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#configs = undefined;
    if (changed.has('open') && (this.open || changed.get('open') !== undefined)) {
      // after consent-ready, which waits for a microtask too
      const event = this.open ? new ConsentShowEvent('banner') : new ConsentHideEvent('banner');
      queueMicrotask(() => this.dispatchEvent(event));
    }
    this.#preferences.updated(this.open);
    // (an update can still run after the element was removed: it must not leave an observer behind)
    const banner = this.open && this.isConnected ? this.renderRoot.querySelector<HTMLElement>('.banner') : null;
    this.#clearance.follow(banner, SIDES[this.#position as keyof typeof SIDES]);
  }

  #categories(): CategoryConfig[] {
    return this.#configs ?? readCategories(this);
  }

  /** Each new store's listeners, in the order a decision needs them. */
  #listen(store: ConsentStore): void {
    store.addEventListener('change', (e) => {
      // Google's state first, inside the click and before the page's own listeners
      this.#consentMode.update(store);
      this.dispatchEvent(new ConsentChangeEvent((e as ConsentChangeEvent).detail));
      this.open = store.needsDecision;
      this.requestUpdate();
    });
    logConsent(store, () => this.logEndpoint);
    handleWithdrawal(store, () => ({ cookiesOf: (id) => cookiesOf(this.#categories(), id), domain: this.cookieDomain, reload: this.reloadOnRevoke }));
  }

  #decide(record: (store: ConsentStore) => void): void {
    const hadFocus = !!this.shadowRoot?.activeElement;
    // willUpdate keeps the store in step with the attributes; only a change not rendered yet
    // needs the (document-wide) look at the configuration here, in the click
    const current = this.#store.current;
    record(this.isUpdatePending || !current ? this.#store.connect() : current);
    this.#preferences.close();
    if (hadFocus) void this.updateComplete.then(() => this.#focus.restore());
  }
}

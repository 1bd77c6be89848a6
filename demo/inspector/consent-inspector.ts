/**
 * `<consent-inspector>`: the demo's event inspector. It shows, live, what the library does on
 * the page it sits in: the consent record in force (from the page-wide `getConsent()` and
 * `onConsentChange()`) and the cookie that holds it, every event the banner dispatches, the
 * Google Consent Mode commands in the data layer, and which gated elements have run.
 *
 * Demo only: it is not part of the package. Any page of the demo can use it:
 *
 * ```html
 * <script type="module" src="./inspector/consent-inspector.ts"></script>
 * <consent-inspector></consent-inspector>
 * ```
 *
 * Load it before the library's `define.ts` so that it hears the first `consent-ready`.
 * Attributes: `cookie-name` (the element's, default `cookie_consent`), `data-layer-name`
 * (default `dataLayer`), `collapsed` (start closed).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { getConsent, onConsentChange, type ConsentRecord } from '../../src/index.js';
import { readCookie } from './consent-cookie.js';
import { consentCommands, findLayer, watchLayer } from './data-layer.js';
import { gatedElements, watchGated } from './gated-elements.js';
import { inspectorStyles } from './consent-inspector.styles.js';

/** One line of the event log. */
interface LoggedEvent {
  time: string;
  type: string;
  text: string;
}

const EVENTS = ['consent-ready', 'consent-show', 'consent-hide', 'consent-change'] as const;
/** The log keeps the newest entries only: a long session should not grow the page. */
const MAX_EVENTS = 50;

const list = (ids: readonly string[] | undefined) => (ids?.length ? ids.join(' ') : '—');
const clock = (date = new Date()) => date.toTimeString().slice(0, 8);

/** What the log says of an event: its `detail`, in a line. */
function describe(e: Event): string {
  const detail = (e as CustomEvent).detail as Record<string, unknown> | undefined;
  if (e.type === 'consent-change') {
    const { cause, consent, changed } = detail as { cause: string; consent: ConsentRecord | null; changed: string[] };
    return `cause ${cause} · granted ${list(consent?.granted)} · changed ${list(changed)}`;
  }
  if (e.type === 'consent-ready') {
    const consent = detail?.consent as ConsentRecord | null;
    return consent ? `stored decision · granted ${list(consent.granted)}` : 'no stored decision';
  }
  return `view ${String(detail?.view)}`;
}

export class ConsentInspector extends LitElement {
  static override styles = inspectorStyles;

  static override properties = {
    cookieName: { attribute: 'cookie-name' },
    dataLayerName: { attribute: 'data-layer-name' },
    collapsed: { type: Boolean },
  };

  /** Name of the consent cookie to show (the element's `cookie-name`). */
  cookieName = 'cookie_consent';
  /** Name of the data layer to read (the element's `google-data-layer`). */
  dataLayerName = 'dataLayer';
  /** Start closed; the visitor opens it with its summary. */
  collapsed = false;

  #events: LoggedEvent[] = [];
  #stops: (() => void)[] = [];
  #watchedLayer?: unknown[];

  #onEvent = (e: Event): void => {
    this.#events = [{ time: clock(), type: e.type, text: describe(e) }, ...this.#events].slice(0, MAX_EVENTS);
    this.requestUpdate();
  };

  #refresh = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of EVENTS) document.addEventListener(type, this.#onEvent);
    this.#stops.push(
      () => EVENTS.forEach((type) => document.removeEventListener(type, this.#onEvent)),
      onConsentChange(this.#refresh),
      watchGated(document, this.#refresh),
      () => (this.#watchedLayer = undefined),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stops.splice(0).forEach((stop) => stop());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The data layer may appear after the inspector (a page without the bootstrap, where the
    // element pushes the default itself): look for it on every update until it is there.
    const layer = findLayer(window, this.dataLayerName);
    if (layer && (layer !== this.#watchedLayer || changed.has('dataLayerName'))) {
      this.#watchedLayer = layer;
      this.#stops.push(watchLayer(layer, this.#refresh));
    }
  }

  /** Forgets the decision (the element's `reset()`), so the banner asks again. */
  #reset(): void {
    document.querySelector('cookie-consent')?.reset();
  }

  protected override render(): TemplateResult {
    // a region landmark, so the page's content stays inside landmarks wherever it is placed
    return html`<section aria-label="Consent inspector"><details ?open=${!this.collapsed}>
      <summary>Consent inspector</summary>
      <div class="body">
        ${this.#record()} ${this.#log()} ${this.#dataLayer()} ${this.#gated()}
        <button type="button" @click=${this.#reset}>Forget my choice</button>
      </div>
    </details></section>`;
  }

  #record(): TemplateResult {
    const consent = getConsent();
    const cookie = readCookie(this.cookieName);
    return html`<div id="record">
      <h2>Consent record</h2>
      ${consent
        ? html`<dl>
            <dt>granted</dt> <dd class="on">${list(consent.granted)}</dd>
            <dt>denied</dt> <dd class="off">${list(consent.denied)}</dd>
            <dt>cause</dt> <dd>${consent.cause}</dd>
            <dt>mode</dt> <dd>${consent.mode}</dd>
            <dt>decided</dt> <dd>${consent.ts}</dd>
            <dt>expires</dt> <dd>${consent.exp}</dd>
            <dt>id</dt> <dd>${consent.id}</dd>
            ${consent.gpc ? html`<dt>GPC</dt> <dd>honoured</dd>` : nothing}
          </dl>`
        : html`<p class="muted">No decision yet: only <code>necessary</code> is granted.</p>`}
      ${cookie
        ? html`<details>
            <summary>Cookie <code>${this.cookieName}</code> (${cookie.bytes} bytes)</summary>
            <pre>${cookie.decoded}</pre>
          </details>`
        : html`<p class="muted">No cookie <code>${this.cookieName}</code>.</p>`}
    </div>`;
  }

  #log(): TemplateResult {
    return html`<div id="events">
      <h2>Events</h2>
      ${this.#events.length
        ? html`<div class="events" role="log" aria-label="Consent events, newest first">
            <ol>
              ${this.#events.map((e) => html`<li data-type=${e.type}><span class="muted">${e.time}</span> <b>${e.type}</b> ${e.text}</li>`)}
            </ol>
          </div>`
        : html`<p class="muted">None yet.</p>`}
    </div>`;
  }

  #dataLayer(): TemplateResult {
    const layer = findLayer(window, this.dataLayerName);
    const commands = layer ? consentCommands(layer) : [];
    return html`<div id="datalayer">
      <h2>Consent Mode (${this.dataLayerName})</h2>
      ${commands.length
        ? html`<ol>
            ${commands.map(
              (c) => html`<li data-command=${c.command}>
                <b>${c.command}</b> <span class="on">granted ${list(c.granted)}</span> ·
                <span class="off">denied ${list(c.denied)}</span>${c.extra.length ? ` · ${c.extra.join(' · ')}` : ''}
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${layer ? 'No consent commands.' : 'No data layer on this page.'}</p>`}
    </div>`;
  }

  #gated(): TemplateResult {
    const elements = gatedElements();
    return html`<div id="gated">
      <h2>Gated elements</h2>
      ${elements.length
        ? html`<ul>
            ${elements.map(
              (g) => html`<li data-state=${g.state}>
                <span class=${g.state === 'blocked' ? 'off' : 'on'}>${g.state}</span> ${g.label}
                <span class="muted">(${g.categories.join(' + ')})</span>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">None on this page.</p>`}
    </div>`;
  }
}

if (!customElements.get('consent-inspector')) customElements.define('consent-inspector', ConsentInspector);

declare global {
  interface HTMLElementTagNameMap {
    'consent-inspector': ConsentInspector;
  }
}

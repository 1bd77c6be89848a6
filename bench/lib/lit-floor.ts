// The floor of any Lit banner: a bare LitElement with our banner's CSS and markup, and the
// control page's decision logic (a plain cookie; gated scripts copied into live ones), but no
// store, categories, preferences, languages, GPC, gating watcher or events. Built by the bench
// (`run.mjs`) into one minified ES module, with the same compile hint as our drop-in files; what
// ours costs above this page is what the library adds to Lit.
import { LitElement, html, nothing, unsafeCSS } from 'lit';
import { styles } from '../../src/components/cookie-consent/cookie-consent.styles.js';
import { bannerStyles } from '../../src/components/cookie-consent/banner.styles.js';

function runGated(): void {
  for (const old of document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-consent]')) {
    const live = document.createElement('script');
    live.text = old.text;
    old.replaceWith(live);
  }
}

class LitFloor extends LitElement {
  static override styles = [unsafeCSS(styles), unsafeCSS(bannerStyles)];
  static override properties = { heading: {}, message: {}, days: { type: Number }, open: { state: true } };
  declare heading: string;
  declare message: string;
  declare days: number;
  declare open: boolean;

  constructor() {
    super();
    this.heading = '';
    this.message = '';
    this.days = 182;
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const value = /(?:^|; )consent=([^;]*)/.exec(document.cookie)?.[1];
    this.open = !value;
    if (value === 'analytics') runGated();
  }

  #decide(value: string): void {
    document.cookie = `consent=${value}; max-age=${this.days * 86400}; path=/; samesite=lax`;
    this.open = false;
    if (value === 'analytics') runGated();
  }

  override render() {
    return html`<div class="root" data-theme="auto">
      ${this.open
        ? html`<section part="banner" class="banner bottom" aria-labelledby="heading">
            <div class="inner">
              <div class="text">
                <h2 id="heading" part="heading">${this.heading}</h2>
                <div part="message" class="message">${this.message}</div>
              </div>
              <div part="actions" class="actions">
                <button type="button" part="button accept-button" @click=${() => this.#decide('analytics')}>Accept all</button>
                <button type="button" part="button reject-button" @click=${() => this.#decide('none')}>Reject all</button>
              </div>
            </div>
          </section>`
        : nothing}
    </div>`;
  }
}

customElements.define('lit-floor', LitFloor);

import type { ConsentRecord } from '../../core/consent-record.js';
import { gatedCategories } from '../../gating/gated-categories.js';
import { en } from '../../i18n/en.js';
import { enDeclaration } from '../../i18n/en-declaration.js';
import { loadStrings } from '../../i18n/load-strings.js';
import { resolveLanguage } from '../../i18n/resolve-language.js';
import { DEFAULT_COOKIE_NAME } from '../../core/consent-store-options.js';
import { h } from '../../internal/dom.js';
// (under the built-in's name: the manifest then names HTMLElement as the superclass, for editors)
import { HTMLElementBase as HTMLElement } from '../../internal/html-element.js';
import { idList } from '../../internal/id-list.js';
import { pageDocument } from '../../internal/page-document.js';
import { parsing, whenParsed } from '../../internal/when-parsed.js';
import { queryFirst } from '../../internal/query-all.js';
import { readNode } from '../../internal/read-node.js';
import { oneLine } from '../../internal/one-line.js';
import { warnMarkup } from '../../internal/warn-markup.js';
import { categoryInfo, readCategories } from '../cookie-consent/category-config.js';
import { declarationContent, recordContent, stateText, type DeclarationContent, type DeclarationTexts } from './declaration-content.js';

/** What the declaration uses of `<cookie-consent>`: its API, once it is defined. */
interface ConsentElement extends HTMLElement {
  readonly consent?: ConsentRecord | null;
  isGranted?(id: string): boolean;
  showPreferences?(): Promise<void>;
  readonly categories?: unknown;
  readonly cookieName?: unknown;
  readonly storage?: unknown;
}

const ENGLISH: DeclarationTexts = { ...en, ...enDeclaration };

/** The attributes of `<cookie-consent>` and its children that the declaration shows. */
const CONFIGURATION = ['lang', 'categories', 'cookie-name', 'storage', 'name', 'label', 'cookies', 'policy-href', 'required'];

/** A valid `heading-level`. */
const LEVEL = /^\s*[1-6]\s*$/;

/** Whether `node` is a `<cookie-declaration>` or inside one (read past what a form's controls name). */
const inDeclaration = (node: Node): boolean => {
  const el = readNode(node, 'nodeType') == 1 ? (node as Element) : readNode(node, 'parentElement');
  return !!el && !!Element.prototype.closest.call(el, 'cookie-declaration');
};

/**
 * The cookie declaration for the privacy page, made from the markup that configures the banner:
 * for each category and each of its services, the label, description, cookies, the vendor's
 * privacy policy and the visitor's current choice (allowed, not allowed, not decided yet), kept
 * up to date on every `consent-change`; the consent id and date of the stored decision; and a
 * button that opens the preferences. It renders plain markup into the page (no shadow root), in
 * the language of the banner's texts, for the page's own CSS to style; what the element held
 * before (a note for visitors without JavaScript) is replaced. See `docs/declaration.md`.
 *
 * @summary The cookie declaration, for the privacy page.
 * @tag cookie-declaration
 *
 * @attr {string} for - The `id` of the `<cookie-consent>` it declares. Default: the first `<cookie-consent>` of the page.
 * @attr {number} heading-level - The level of the categories' headings, 1 to 6 (the services' are one below). Default `2`.
 * @attr {string} lang - Language of the texts. Default: the language of the `<cookie-consent>`'s texts.
 */
export class CookieDeclarationElement extends HTMLElement {
  static readonly observedAttributes = ['for', 'heading-level', 'lang'];

  /** The `<cookie-consent>` declared, while connected. */
  #consent: ConsentElement | null = null;
  #content?: DeclarationContent;
  #texts?: DeclarationTexts;
  /** The language the texts are (being) loaded for. */
  #lang = '';
  /** Between `connectedCallback` and `disconnectedCallback`: attributes read before it are read then. */
  #connected = false;
  /** Waiting for the page to be parsed, for a `<cookie-consent>` that may come later. */
  #waiting = false;
  /** One button for the element's life: rebuilding the content keeps focus on it. */
  readonly #button = h('button', { type: 'button' });
  readonly #update = (): void => this.#showChoices();
  /** A change of the configuration (`lang`, a category, a service) renders it again. */
  // (not for what changed inside a declaration, its own or one placed in the element, nor in what
  // a declaration's render took out of it: each render would make the other render, for good)
  readonly #configuration = new MutationObserver(
    (records) => this.#connected && records.some((r) => this.#watches(r.target)) && this.#render(),
  );

  constructor() {
    super();
    this.#button.addEventListener('click', () => void this.#consent?.showPreferences?.());
  }

  /** The `for` attribute: the `id` of the `<cookie-consent>` it declares. */
  get htmlFor(): string {
    return this.getAttribute('for') ?? '';
  }
  set htmlFor(id: string) {
    this.setAttribute('for', id);
  }

  /** The `heading-level` attribute, 1 to 6; `2` when absent or not valid. */
  get headingLevel(): number {
    const value = this.getAttribute('heading-level');
    return value !== null && LEVEL.test(value) ? Number(value) : 2;
  }
  set headingLevel(level: number) {
    this.setAttribute('heading-level', String(level));
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#render();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#follow(null);
  }

  attributeChangedCallback(): void {
    // (an upgrade reports each attribute before it connects: one render then, not one each)
    if (this.#connected) this.#render();
  }

  #render(): void {
    const consent = this.#find();
    this.#follow(consent);
    if (!consent) return;
    const lang = resolveLanguage(this.hasAttribute('lang') ? this : consent);
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.#texts = lang === 'en' ? ENGLISH : undefined;
      const apply = (t: DeclarationTexts) => {
        if (this.#lang !== lang) return; // another language was asked for meanwhile
        this.#texts = t;
        if (this.isConnected) this.#render();
      };
      if (lang !== 'en') loadStrings(lang).then(apply, () => apply(ENGLISH));
    }
    // (a language on its way: what the element holds stays until its texts are in)
    const t = this.#texts;
    if (!t) return;
    const levelValue = this.getAttribute('heading-level');
    if (levelValue !== null && !LEVEL.test(levelValue)) {
      warnMarkup(this, `<cookie-declaration heading-level="${oneLine(levelValue)}"> is not a level from 1 to 6; using 2.`);
    }
    this.#button.textContent = t.settings;
    // (moved into the new content, the button loses focus: it gets it back)
    const focused = this.#button === pageDocument('activeElement');
    this.#content = declarationContent(t, this.#categories(consent, t), this.headingLevel, this.#button);
    this.replaceChildren(this.#content.root);
    if (focused) this.#button.focus({ preventScroll: true });
    this.#showChoices();
  }

  /**
   * The `<cookie-consent>` to declare, but not one that holds this element: each render would
   * change what it watches of that one, and render again, for good.
   */
  #find(): ConsentElement | null {
    const consent = this.#lookup();
    if (!consent || !Node.prototype.contains.call(consent, this)) return consent;
    warnMarkup(this, '<cookie-declaration> is inside the <cookie-consent> it would declare; it shows nothing there.');
    return null;
  }

  /** The `<cookie-consent>` that `for` names, else the first on the page (or none yet). */
  #lookup(): ConsentElement | null {
    const id = this.getAttribute('for');
    if (id) {
      const named = pageDocument('getElementById')(id);
      if (named?.localName === 'cookie-consent') return named;
      warnMarkup(this, `<cookie-declaration for="${oneLine(id)}">: no <cookie-consent id="${oneLine(id)}"> on the page; using the first <cookie-consent>.`);
    }
    const first = queryFirst(pageDocument('documentElement'), 'cookie-consent') as ConsentElement | null;
    if (first) return first;
    // while the page is parsed it may come later
    if (!parsing()) warnMarkup(this, '<cookie-declaration>: there is no <cookie-consent> on the page to declare.');
    else if (!this.#waiting) {
      this.#waiting = true;
      whenParsed(() => ((this.#waiting = false), this.#connected && this.#render()));
    }
    return null;
  }

  /** Whether a change to `node` can be one of `<cookie-consent>`'s configuration. */
  #watches(node: Node): boolean {
    return !!this.#consent && Node.prototype.contains.call(this.#consent, node) && !inDeclaration(node);
  }

  /** Listens to `consent`'s decisions and configuration (and to none when `null`). */
  #follow(consent: ConsentElement | null): void {
    if (consent === this.#consent) return;
    for (const type of ['consent-change', 'consent-ready']) {
      this.#consent?.removeEventListener(type, this.#update);
      consent?.addEventListener(type, this.#update);
    }
    this.#configuration.disconnect();
    if (consent) this.#configuration.observe(consent, { subtree: true, childList: true, characterData: true, attributeFilter: CONFIGURATION });
    this.#consent = consent;
    // declared before `<cookie-consent>` is: its choices once it is
    if (consent && !consent.isGranted) void customElements.whenDefined('cookie-consent').then(this.#update);
  }

  /**
   * The categories the banner asks about, with their services: `necessary`, those of its
   * `categories`, its `<cookie-category>` children and the ids gated markup on this page uses.
   * The consent cookie is one of `necessary`'s.
   */
  #categories(consent: ConsentElement, t: DeclarationTexts) {
    const configs = readCategories(consent, false); // (the banner reports bad markup)
    const services = new Set(configs.flatMap((c) => c.services.map((s) => s.id)));
    const listed = typeof consent.categories == 'string' ? consent.categories : consent.getAttribute('categories');
    const ids = idList(['necessary', ...idList(listed), ...configs.map((c) => c.id), ...gatedCategories()]).filter((id) => !services.has(id));
    const [necessary, ...rest] = categoryInfo(ids, configs, t);
    const storage = consent.storage ?? consent.getAttribute('storage');
    const cookieName = String(consent.cookieName ?? consent.getAttribute('cookie-name') ?? '').trim() || DEFAULT_COOKIE_NAME;
    const cookies = String(storage).toLowerCase() == 'local' ? necessary!.cookies : idList([cookieName, ...necessary!.cookies]);
    return [{ ...necessary!, cookies }, ...rest];
  }

  /** The visitor's choices and the stored decision, as they are now. */
  #showChoices(): void {
    const content = this.#content;
    const t = this.#texts;
    if (!content || !t) return;
    const consent = this.#consent;
    const record = consent?.consent ?? null;
    for (const { id, always, dd } of content.states) {
      const state = always
        ? 'always'
        : consent?.isGranted?.(id)
          ? 'granted'
          : record?.granted.includes(id) || record?.denied.includes(id)
            ? 'denied'
            : 'undecided';
      dd.setAttribute('data-state', state);
      dd.textContent = stateText(t, state);
    }
    content.record.replaceChildren(recordContent(t, record));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-declaration': CookieDeclarationElement;
  }
}

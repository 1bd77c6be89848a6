import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConsentHideEvent } from '../../../events/consent-hide.js';
import { ConsentShowEvent } from '../../../events/consent-show.js';
import { lazy } from '../../../internal/lazy.js';
import { pageDocument } from '../../../internal/page-document.js';
import { REPORTED } from '../../../internal/reported.js';
import { importPreferences, preferencesLoadable, type PreferencesModule } from '../../../preferences/load-preferences.js';
import type { DialogView } from '../../../preferences/preferences-view.js';
import { h } from '../../../internal/dom.js';

// Loaded on demand: a first visit paints the banner without it, and most visitors never open it.
const loadPreferences = lazy(importPreferences);
// One timer for the page, armed once a banner shows: a visitor who may want the preferences
// finds them loaded, after the banner painted. (A module function, not a closure in a
// controller, which would keep each element alive until it fires.)
let prefetch: ReturnType<typeof setTimeout> | undefined;
const prefetchPreferences = () => (prefetch ??= setTimeout(() => loadPreferences().catch(() => {}), 500));

/** The host's side of {@link PreferencesController}. */
export interface PreferencesHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: ShadowRoot;
  /** Shows the banner, where the visitor can decide when the preferences cannot load. */
  open: boolean;
}

/**
 * The preferences dialog: loaded on demand (and prefetched once the banner shows), opened by the
 * host's API, its buttons and any page element with `data-consent-open`, rendered into the host's
 * shadow root, closed on a decision.
 */
export class PreferencesController implements ReactiveController {
  #module?: PreferencesModule;
  /** The dialog is showing, or about to. */
  #showing = false;
  /** It is rendered but not opened yet. */
  #pending = false;
  #opener: HTMLElement | null = null;
  readonly #host: PreferencesHost;
  readonly #restoreFocus: (opener: HTMLElement | null) => void;

  /**
   * @param restoreFocus - where focus goes when the dialog closes: the opener, if still on the
   *   page (else `null`: the host's choice)
   */
  constructor(host: PreferencesHost, restoreFocus: (opener: HTMLElement | null) => void) {
    this.#host = host;
    this.#restoreFocus = restoreFocus;
    host.addController(this);
  }

  /** Whether the preferences can load at all (not when the classic script was pasted inline). */
  get loadable(): boolean {
    return preferencesLoadable;
  }

  /** The dialog's styles, once loaded. */
  get styles(): string | undefined {
    return this.#module?.dialogStyles;
  }

  /** The dialog, while it is rendered. */
  get dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog, loading it first if need be; resolves once it shows (or the banner, instead). */
  async open(): Promise<void> {
    if (this.dialog?.open) return;
    const opener = deepActiveElement();
    try {
      this.#module ??= await loadPreferences();
    } catch (e) {
      // The banner instead: its Accept all and Reject all still let the visitor decide, and
      // withdraw. (Reported once where it failed when it can never load.)
      if (!(e as { [REPORTED]?: boolean } | null)?.[REPORTED]) console.warn('<cookie-consent>: the preferences could not load; showing the banner instead.', e);
      this.#host.open = true;
      return;
    }
    this.#opener = opener;
    this.#showing = this.#pending = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
  }

  /** Closes the dialog (a decision, `hide()`). */
  close(): void {
    this.dialog?.close();
  }

  /** Renders the dialog into `root` while it shows (once it was loaded, its place stays). */
  render(root: Element, view: Omit<DialogView, 'onClose'>): void {
    if (!this.#module) return;
    const container = root.querySelector(':scope > .dialog') ?? root.appendChild(h('div', { class: 'view dialog' }));
    this.#module.renderPreferences(container as HTMLElement, this.#showing ? { ...view, onClose: this.#onClose } : null, this.#host);
  }

  /** After the host rendered: a dialog just rendered opens as a modal; a banner showing prefetches. */
  updated(bannerShows: boolean): void {
    const dialog = this.dialog;
    if (dialog && this.#pending) {
      this.#pending = false;
      dialog.showModal();
      this.#host.dispatchEvent(new ConsentShowEvent('preferences'));
    }
    if (bannerShows) prefetchPreferences();
  }

  hostConnected(): void {
    pageDocument('addEventListener')('click', this.#onPageClick);
  }

  hostDisconnected(): void {
    pageDocument('removeEventListener')('click', this.#onPageClick);
    // removed while modal: closed, or it would come back as a non-modal dialog
    this.close();
  }

  #onClose = (): void => {
    if (this.dialog?.open) return; // reopened before this close event arrived
    this.#showing = false;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new ConsentHideEvent('preferences'));
    const opener = this.#opener;
    void this.#host.updateComplete.then(() => this.#restoreFocus(opener?.isConnected ? opener : null));
  };

  #onPageClick = (e: Event): void => {
    // (through the prototype: a form's named controls shadow its methods)
    const target = e.target;
    const opener = target instanceof Element && Element.prototype.closest.call(target, '[data-consent-open]');
    if (!opener) return;
    e.preventDefault();
    void this.open();
  };
}

/** The element that really has focus, through open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let a = pageDocument('activeElement');
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a as HTMLElement | null;
}

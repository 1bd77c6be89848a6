import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { parseRecord } from '../../src/core/record-codec.js';
import { isPreviewMessage, type PreviewMessage } from './preview-isolation.js';

/** Typing reloads the preview once it pauses, not on every key. */
const DEBOUNCE_MS = 250;
/** Older lines of the preview's log go. */
const MAX_LOG_LINES = 30;

const KIND_LABELS: Record<PreviewMessage['kind'], string> = {
  log: 'console.log',
  info: 'console.info',
  warn: 'Warning',
  error: 'Error',
  cookie: 'Cookie written',
  storage: 'Stored',
  beacon: 'Consent log',
};

/**
 * The live preview: an `<iframe>` whose `srcdoc` is a blank page with the snippet, and a list of
 * what that page reported (warnings, cookies written, beacons). `frame.dataset.state` is
 * `loading` until the page for the latest snippet has loaded, then `ready`.
 */
export class Preview {
  readonly #frame: HTMLIFrameElement;
  readonly #log: HTMLElement;
  #page = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(frame: HTMLIFrameElement, log: HTMLElement) {
    this.#frame = frame;
    this.#log = log;
    frame.addEventListener('load', () => {
      if (frame.srcdoc === this.#page) frame.dataset.state = 'ready';
    });
    addEventListener('message', (e: MessageEvent) => {
      if (e.source === frame.contentWindow && isPreviewMessage(e.data)) this.#append(e.data);
    });
  }

  /** Shows `page` (a whole document), after a pause in typing unless `immediately`. */
  load(page: string, immediately = false): void {
    this.#page = page;
    this.#frame.dataset.state = 'loading';
    clearTimeout(this.#timer);
    if (immediately) this.restart();
    else this.#timer = setTimeout(() => this.restart(), DEBOUNCE_MS);
  }

  /** Loads the page afresh: a new visitor, no decision, the banner showing. */
  restart(): void {
    clearTimeout(this.#timer);
    this.#frame.dataset.state = 'loading';
    this.#log.replaceChildren();
    // setting srcdoc navigates the frame even when the text is the same
    this.#frame.srcdoc = this.#page;
  }

  /** Opens the preview's preferences with the element's own API, focus inside the frame. */
  async showPreferences(): Promise<void> {
    const win = this.#frame.contentWindow;
    const el = win?.document.querySelector<CookieConsentElement>('cookie-consent');
    if (!win || !el) return;
    await win.customElements.whenDefined('cookie-consent');
    this.#frame.focus();
    el.showPreferences();
  }

  #append(message: PreviewMessage): void {
    const item = document.createElement('li');
    item.dataset.kind = message.kind;
    const label = document.createElement('strong');
    label.textContent = `${KIND_LABELS[message.kind]}: `;
    item.append(label, readable(message));
    this.#log.append(item);
    while (this.#log.children.length > MAX_LOG_LINES) this.#log.firstElementChild!.remove();
  }
}

/**
 * A cookie as written holds the record in its short stored form, percent-encoded: shown with the
 * record it decodes to, so that a site owner can read it.
 */
function readable({ kind, text }: PreviewMessage): string {
  if (kind !== 'cookie') return text;
  try {
    const value = /^[^=]*=([^;]*)/.exec(text)?.[1];
    const record = value && parseRecord(decodeURIComponent(value));
    return record ? `${text} — the record: ${JSON.stringify(record)}` : decodeURIComponent(text);
  } catch {
    return text;
  }
}

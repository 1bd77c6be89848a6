/**
 * Opening a page of the demo site (`demo/`) in a frame of the test page, as a visitor's browser
 * would load it, and reading what the visitor sees there.
 */
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import type { ConsentInspector } from '../../demo/inspector/consent-inspector.js';
import { closeFrames, openFrame, until } from '../helpers.js';

export type DemoWindow = Window & typeof globalThis & { demoAnalytics?: { views: Record<string, number> } };

export interface DemoPage {
  win: DemoWindow;
  doc: Document;
  banner: CookieConsentElement;
  inspector: ConsentInspector;
  /** A control in the banner's shadow root, e.g. `accept-button`, `preferences-button`. */
  bannerButton(part: string): HTMLButtonElement;
  /** The inspector's section `id` (`record`, `events`, `datalayer`, `gated`) once it rendered. */
  section(id: string): Promise<HTMLElement>;
}

/** Opens `path` in a 1280 × 800 frame (the desktop layout) and waits for the banner and the inspector. */
export async function openDemoPage(path: string): Promise<DemoPage> {
  // in view (top left): Chromium does not render a frame out of view, and layout shifts need rendering
  const frame = await openFrame(path, 'position:fixed;top:0;left:0;width:1280px;height:800px;border:0');
  const win = frame.contentWindow as DemoWindow;
  const doc = win.document;
  await Promise.all([win.customElements.whenDefined('cookie-consent'), win.customElements.whenDefined('consent-inspector')]);
  const banner = doc.querySelector('cookie-consent')!;
  const inspector = doc.querySelector('consent-inspector')!;
  await banner.ready;
  await banner.updateComplete;
  await inspector.updateComplete;
  return {
    win,
    doc,
    banner,
    inspector,
    bannerButton: (part) => banner.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="banner"] [part~="${part}"]`)!,
    async section(id) {
      await inspector.updateComplete;
      return inspector.shadowRoot!.getElementById(id)!;
    },
  };
}

/** Closes every demo frame: two open frames of one origin would sync their decisions. */
export function closeDemoPages(): void {
  closeFrames();
}

/** Opens the preferences with the banner's Preferences button and answers the dialog once shown. */
export async function openPreferences(page: DemoPage, opener?: HTMLElement): Promise<HTMLDialogElement> {
  (opener ?? page.bannerButton('preferences-button')).click();
  return until(() => {
    const dialog = page.banner.shadowRoot!.querySelector('dialog');
    return dialog?.open && dialog.querySelector('[part~="save-button"]') ? dialog : undefined;
  }, 'the preferences dialog');
}

/** Text of the inspector section `id`, white space collapsed. */
export async function sectionText(page: DemoPage, id: string): Promise<string> {
  return (await page.section(id)).textContent!.replace(/\s+/g, ' ').trim();
}

/**
 * Every resource the frame requested that is not under `prefix` of the test server's origin
 * (but the test server's own web socket script, which it adds to every page).
 */
export function foreignRequests(win: Window, prefix = '/'): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => !url.startsWith(`${location.origin}${prefix}`) && !url.includes('/__web-dev-server__'));
}

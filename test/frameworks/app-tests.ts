/**
 * The same checks for each framework example (`examples/<name>/`, built into
 * `examples/<name>/dist/` by `npm run build:examples`, or served by its own server, as the
 * Next.js one is): the app is loaded in a frame of the test page, as a visitor would open it, and
 * driven through the banner and through its own UI.
 *
 * Each app renders `<cookie-consent categories="analytics marketing" accept-label="Allow all"
 * position="bottom">` with the properties `days` (30, 365 after its "Keep the choice for a year"
 * button) and `policyHref` ("/privacy"), listens to `consent-ready` and `consent-change`, shows
 * the granted categories in `#granted`, shows `#analytics` only while analytics is granted, and
 * opens the preferences from its "Cookie settings" button (`#settings`) through the element's API.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, cookieRecord, DAY_MS, openFrame, storeRecord, until } from '../helpers.js';

type AppWindow = Window & { __logged: string[] };

/** Polls `check` until it returns something truthy: frameworks re-render after a microtask, a frame or a task. */

interface App {
  win: AppWindow;
  doc: Document;
  el: CookieConsentElement;
  /** What the app shows in its own UI as granted. */
  granted: () => string | undefined;
  /** The app's gated block, or null. */
  analytics: () => Element | null;
  button: (part: string) => HTMLButtonElement;
}

async function open(url: string): Promise<App> {
  const frame = await openFrame(url);
  const win = frame.contentWindow as AppWindow;
  const doc = win.document;
  expect(win.__logged, 'the page records what it logs (built by build:examples)').to.be.an('array');
  const el = await until(() => doc.querySelector('cookie-consent'), 'the app to render <cookie-consent>');
  await win.customElements.whenDefined('cookie-consent');
  // the app's own UI rendered too, and the element has the properties it set (a page rendered on
  // a server gets them when it hydrates, which may come after the element's definition; `days`
  // may have come as an attribute of the server's HTML, `policyHref` has no such attribute)
  await until(() => doc.querySelector('#granted'), 'the app to render its UI');
  await until(() => (el as CookieConsentElement).policyHref === '/privacy', 'the app to set the element’s properties');
  await el.updateComplete;
  return {
    win,
    doc,
    el,
    granted: () => doc.querySelector('#granted')?.textContent?.trim(),
    analytics: () => doc.querySelector('#analytics'),
    button: (part) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!,
  };
}

/** Registers the tests of one framework example, served at `url` (default: its built page). */
export function testFrameworkApp(name: string, title: string, url = `/examples/${name}/dist/index.html`): void {
  describe(`${title} example (examples/${name}/)`, () => {
    beforeEach(clearStorage);
    afterEach(() => {
      closeFrames();
      clearStorage();
    });

    it('renders the banner with the attributes and properties the app set', async () => {
      const { win, el, button } = await open(url);
      expect(el.open, 'no decision yet: the banner shows').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~="banner"]')).to.not.equal(null);
      // set as properties: a number stays a number (an attribute would arrive as the string "30")
      expect(el.days).to.equal(30);
      expect(el.policyHref).to.equal('/privacy');
      expect(el.shadowRoot!.querySelector('[part~="policy-link"]')!.getAttribute('href')).to.equal('/privacy');
      expect(el.categories).to.equal('analytics marketing');
      expect(button('preferences-button'), 'optional categories: a preferences button').to.not.equal(null);
      // set as an attribute
      expect(el.getAttribute('accept-label')).to.equal('Allow all');
      expect(el.acceptLabel).to.equal('Allow all');
      expect(button('accept-button').textContent!.trim()).to.equal('Allow all');
      expect(win.__logged).to.deep.equal([]);
    });

    it('Accept all updates the app’s own UI through consent-change, and shows the gated block only then', async () => {
      const { win, el, granted, analytics, button } = await open(url);
      expect(granted()).to.equal('necessary');
      expect(analytics(), 'nothing granted yet: no analytics block').to.equal(null);
      button('accept-button').click();
      await until(() => granted() === 'necessary analytics marketing', `the app to show the grants (it shows "${granted()}")`);
      await until(() => analytics(), 'the analytics block');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      const record = cookieRecord()!;
      expect(record.cause).to.equal('accept-all');
      expect(Date.parse(record.exp) - Date.parse(record.ts), 'the days property reached the store').to.equal(30 * DAY_MS);
      expect(win.__logged).to.deep.equal([]);
    });

    it('Reject all keeps the gated block out; granting analytics from the app’s settings button brings it', async () => {
      const { win, el, doc, granted, analytics, button } = await open(url);
      button('reject-button').click();
      await until(() => cookieRecord()?.cause === 'reject-all', 'the decision');
      // the app re-renders on the event: give it the time it would take to show something
      await new Promise((r) => setTimeout(r, 100));
      expect(granted()).to.equal('necessary');
      expect(analytics()).to.equal(null);
      // the app's own button calls showPreferences() on the element it holds a reference to
      const shown = new Promise((r) => el.addEventListener('consent-show', (e) => e.detail.view === 'preferences' && r(e)));
      doc.querySelector<HTMLButtonElement>('#settings')!.click();
      await shown;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      dialog.querySelector<HTMLInputElement>('[name="marketing"]')!.click();
      dialog.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
      await until(() => granted() === 'necessary marketing', `the app to show marketing granted (it shows "${granted()}")`);
      await new Promise((r) => setTimeout(r, 100));
      expect(analytics(), 'marketing is not analytics').to.equal(null);
      doc.querySelector<HTMLButtonElement>('#settings')!.click();
      await until(() => el.shadowRoot!.querySelector('dialog')?.open, 'the preferences to open again');
      dialog.querySelector<HTMLInputElement>('[name="analytics"]')!.click();
      dialog.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
      await until(() => granted() === 'necessary analytics marketing', `the app to show analytics granted (it shows "${granted()}")`);
      await until(() => analytics(), 'the analytics block');
      expect(win.__logged).to.deep.equal([]);
    });

    it('shows a decision stored on an earlier visit at once, with the banner closed', async () => {
      storeRecord({ granted: ['necessary', 'analytics'], denied: ['marketing'] });
      const { win, el, granted, analytics } = await open(url);
      await until(() => granted() === 'necessary analytics', `the app to show the stored grants (it shows "${granted()}")`);
      expect(analytics()).to.not.equal(null);
      expect(el.open).to.equal(false);
      expect(win.__logged).to.deep.equal([]);
    });

    it('passes a property the app changes later on to the element', async () => {
      const { win, el, doc, button } = await open(url);
      doc.querySelector<HTMLButtonElement>('#longer')!.click();
      await until(() => el.days === 365, `days to become 365 (it is ${el.days})`);
      await el.updateComplete;
      button('accept-button').click();
      const record = await until(() => cookieRecord(), 'the decision');
      expect(Date.parse(record.exp) - Date.parse(record.ts)).to.equal(365 * DAY_MS);
      expect(win.__logged).to.deep.equal([]);
    });
  });
}

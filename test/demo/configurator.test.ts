/**
 * The configurator (`demo/configurator.html`, issue 8): the form drives a live preview and a
 * snippet, and the snippet, pasted into a blank page, gives the very banner of the preview —
 * same texts, position, theme and language, a cookie with the chosen name and lifetime, and the
 * example gated script running only after a grant.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import type { ConsentRecord } from '../../src/core/consent-record.js';
import { buildSnippet } from '../../demo/configurator/snippet.js';
import { canEmulateMedia, clearStorage, closeFrames, cookieRecord, DAY_MS, openFrame, rawCookie, until } from '../helpers.js';

const COOKIE = 'configurator_test';

/** Loads the configurator in a frame and waits for the first preview. */
async function openConfigurator(path = '/demo/configurator.html'): Promise<Window> {
  const frame = await openFrame(path, 'width:1280px;height:900px');
  const win = frame.contentWindow!;
  await previewReady(win);
  return win;
}

const previewFrame = (win: Window) => win.document.querySelector<HTMLIFrameElement>('#preview')!;

/** The preview's element once the page for the latest snippet loaded and its banner rendered. */
async function previewReady(win: Window): Promise<CookieConsentElement> {
  return until(() => {
    const frame = previewFrame(win);
    const el = frame.dataset.state === 'ready' ? frame.contentDocument?.querySelector<CookieConsentElement>('cookie-consent') : null;
    return el?.shadowRoot?.querySelector('[part~="banner"]') ? el : null;
  }, 'the preview banner');
}

/** Sets a form control as a visitor would, with the events a visitor's change fires. */
function set(win: Window, selector: string, value: string | boolean): void {
  const control = win.document.querySelector<HTMLInputElement>(selector);
  if (!control) throw new Error(`no ${selector}`);
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

const snippetText = (win: Window) => win.document.querySelector('#snippet')!.textContent!;

/** What a visitor sees of a banner, to compare the preview's with the pasted snippet's. */
function describeBanner(el: CookieConsentElement) {
  const root = el.shadowRoot!;
  const text = (part: string) => root.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    heading: text('heading'),
    message: text('message'),
    accept: text('accept-button'),
    reject: text('reject-button'),
    preferences: text('preferences-button'),
    bannerClass: root.querySelector('[part~="banner"]')!.className,
    theme: root.querySelector('.root')!.getAttribute('data-theme'),
    lang: root.querySelector('.root')!.getAttribute('lang'),
  };
}

/** A blank page holding only `snippet`, in a fresh frame; resolves once its banner rendered. */
async function pasteIntoBlankPage(snippet: string): Promise<{ win: Window; el: CookieConsentElement; logs: string[] }> {
  const frame = await openFrame({
    srcdoc: `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Blank</title></head>\n<body>\n${snippet}</body>\n</html>\n`,
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  // the example gated script logs when it runs; nothing before the decision can have logged
  const logs: string[] = [];
  win.console.log = (...args: unknown[]) => void logs.push(args.join(' '));
  const el = await until(() => {
    const found = win.document.querySelector<CookieConsentElement>('cookie-consent');
    return found?.shadowRoot?.querySelector('[part~="banner"]') ? found : null;
  }, 'the pasted banner');
  return { win, el, logs };
}

const click = (el: CookieConsentElement, part: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!.click();

const lifetime = (record: ConsentRecord) => Date.parse(record.exp) - Date.parse(record.ts);

describe('configurator', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('starts with a consent manager whose snippet holds only what differs from the defaults', async () => {
    const win = await openConfigurator();
    const snippet = snippetText(win);
    expect(snippet).to.include('<style>cookie-consent:not(:defined){display:none}</style>');
    expect(snippet).to.include(`<script src="${new URL('/dist/cookie-consent.iife.js', location.href).href}" defer></script>`);
    expect(snippet).to.include('<cookie-consent categories="analytics marketing"></cookie-consent>');
    expect(snippet).to.include('<script type="text/plain" data-consent="analytics">');
    expect(snippet).not.to.match(/days=|mode=|position=|theme=/);
  });

  it('follows the form, and the copied snippet gives the same banner on a blank page', async () => {
    const win = await openConfigurator();
    set(win, '#days', '30');
    set(win, '#cookie-name', COOKIE);
    set(win, '#position', 'top');
    set(win, 'input[name="theme"][value="dark"]', true);
    set(win, '#heading', 'Cookies & "you" <here>');
    set(win, '#lang', 'de');
    const row = win.document.querySelector('fieldset.category')!;
    set(win, `#${row.querySelector('[data-field="label"]')!.id}`, 'Statistik');
    set(win, `#${row.querySelector('[data-field="cookies"]')!.id}`, '_ga _gid');
    set(win, `#${row.querySelector('[data-field="description"]')!.id}`, 'Zählt Besuche.');

    const preview = await previewReady(win);
    const seen = describeBanner(preview);
    expect(seen).to.deep.include({
      heading: 'Cookies & "you" <here>',
      reject: 'Alle ablehnen',
      theme: 'dark',
      lang: 'de',
    });
    expect(seen.bannerClass.split(' ')).to.include('top');

    const snippet = snippetText(win);
    expect(snippet).to.include('heading="Cookies &amp; &quot;you&quot; &lt;here&gt;"');
    expect(snippet).to.include('<cookie-category name="analytics" label="Statistik" cookies="_ga _gid">');
    expect(snippet).to.match(/days="30"[\s\S]*position="top"[\s\S]*theme="dark"[\s\S]*lang="de"[\s\S]*cookie-name="configurator_test"/);

    // the preview's preferences, opened with the button beside it
    win.document.querySelector<HTMLButtonElement>('#show-preferences')!.click();
    const dialog = await until(() => preview.shadowRoot!.querySelector('dialog[open]'), 'the preview preferences');
    expect(dialog.textContent).to.include('Statistik').and.include('Zählt Besuche.');
    dialog.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    // a decision in the preview stays in the preview: this origin gets no cookie
    click(preview, 'accept-button');
    await until(() => win.document.querySelector('#preview-log [data-kind="cookie"]'), 'the preview reporting its cookie');
    expect(rawCookie(COOKIE)).to.equal(undefined);

    // Copy: what went to the clipboard, or (where the browser refuses) the selected text
    const copied: string[] = [];
    const clipboard = win.navigator.clipboard;
    if (clipboard) {
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => (copied.push(text), write(text));
    }
    win.document.querySelector<HTMLButtonElement>('#copy')!.click();
    const status = await until(() => win.document.querySelector<HTMLElement>('#copy-status[data-result]'), 'the copy confirmation');
    expect(status.textContent).to.match(status.dataset.result === 'copied' ? /Copied/ : /selected/);
    if (clipboard) expect(copied).to.deep.equal([snippet]);
    // (a selection's text leaves out the final line break)
    if (status.dataset.result === 'selected') expect(win.getSelection()!.toString().trimEnd()).to.equal(snippet.trimEnd());
    const pasted = copied[0] ?? win.getSelection()!.toString();

    // pasted into a blank page: the same banner; Reject all stores the choice for 30 days
    const first = await pasteIntoBlankPage(pasted);
    expect(describeBanner(first.el)).to.deep.equal(seen);
    click(first.el, 'reject-button');
    const rejected = cookieRecord(COOKIE)!;
    expect(rejected.denied).to.deep.equal(['analytics', 'marketing']);
    expect(lifetime(rejected)).to.equal(30 * DAY_MS);
    expect(first.logs, 'the gated script waits for a grant').to.deep.equal([]);

    // a new visitor: Accept all runs the example gated script
    clearStorage();
    const second = await pasteIntoBlankPage(pasted);
    expect(second.logs).to.deep.equal([]);
    click(second.el, 'accept-button');
    const accepted = cookieRecord(COOKIE)!;
    expect(accepted.granted).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(lifetime(accepted)).to.equal(30 * DAY_MS);
    await until(() => second.logs.length, 'the gated script');
    expect(second.logs).to.deep.equal(['Consent granted for analytics: this script ran.']);
  });

  it('shows what the element does with a bad value: the default and a warning', async () => {
    const win = await openConfigurator();
    set(win, 'input[name="mode"][value="notice"]', true);
    set(win, '#days', '-1');
    const preview = await previewReady(win);
    expect(describeBanner(preview)).to.deep.include({ accept: 'OK', reject: undefined });
    const warning = await until(() => win.document.querySelector('#preview-log [data-kind="warn"]'), 'the warning');
    expect(warning.textContent).to.include('days="-1" is not valid; using 182');
    expect(snippetText(win)).to.include('<cookie-consent mode="notice" days="-1" categories="analytics marketing">');

    const { el } = await pasteIntoBlankPage(snippetText(win));
    click(el, 'accept-button');
    expect(lifetime(cookieRecord()!)).to.equal(182 * DAY_MS);
  });

  it('simulates Global Privacy Control and lists what would go to the consent log', async () => {
    const win = await openConfigurator();
    set(win, 'input[name="gpc"]', true);
    set(win, '#log-endpoint', 'https://example.com/consent-log');
    const preview = await previewReady(win);
    expect(snippetText(win)).to.match(/ log-endpoint="https:\/\/example\.com\/consent-log"\s+gpc[\s>]/);
    // GPC denies marketing without a click, and the record says so
    const cookie = await until(() => win.document.querySelector('#preview-log [data-kind="cookie"]'), 'the GPC decision');
    expect(cookie.textContent).to.include('"gpc":true').and.include('"denied":["marketing"]');
    click(preview, 'accept-button');
    const beacon = await until(() => win.document.querySelector('#preview-log [data-kind="beacon"]'), 'the consent log');
    expect(beacon.textContent).to.include('https://example.com/consent-log');
  });

  it('says in the preview when the script address does not load', async () => {
    const win = await openConfigurator();
    set(win, '#script-url', '/nowhere/cookie-consent.iife.js');
    expect(snippetText(win)).to.include('<script src="/nowhere/cookie-consent.iife.js" defer></script>');
    const error = await until(() => win.document.querySelector('#preview-log [data-kind="error"]'), 'the load error');
    expect(error.textContent).to.include('could not load').and.include('/nowhere/cookie-consent.iife.js');
  });

  it('adds and removes category rows, keeping focus in the form', async () => {
    const win = await openConfigurator();
    win.document.querySelector<HTMLButtonElement>('#add-category')!.click();
    const input = win.document.activeElement as HTMLInputElement;
    expect(input.dataset.field).to.equal('name');
    set(win, `#${input.id}`, 'live chat');
    expect(snippetText(win)).to.include('categories="analytics marketing live-chat"');
    expect(input.closest('fieldset')!.querySelector('legend')!.textContent).to.include('live-chat');
    win.document.querySelector<HTMLButtonElement>('fieldset.category [data-remove]')!.click();
    expect(win.document.activeElement!.id).to.equal('add-category');
    expect(snippetText(win)).to.include('categories="marketing live-chat"');
    expect(win.document.querySelector<HTMLSelectElement>('#gated-example')!.value).to.equal('marketing');
  });

  it('edits services inside a category: the snippet nests them, the preview and the pasted page ask about each', async () => {
    const win = await openConfigurator();
    const marketing = win.document.querySelectorAll('fieldset.category')[1]!;
    marketing.querySelector<HTMLButtonElement>('[data-add-service]')!.click();
    const name = win.document.activeElement as HTMLInputElement;
    expect(name.dataset.field, 'focus on the new service’s id').to.equal('name');
    const service = name.closest('fieldset.service')!;
    const field = (f: string) => `#${service.querySelector(`[data-field="${f}"]`)!.id}`;
    set(win, field('name'), 'you tube');
    set(win, field('label'), 'YouTube');
    set(win, field('cookies'), 'YSC');
    set(win, field('policy-href'), 'https://x.example/p');
    set(win, field('description'), 'Videos in our articles.');
    expect(service.querySelector('legend')!.textContent).to.include('you-tube');
    expect(marketing.querySelector('legend')!.textContent, 'the category keeps its title').to.include('marketing');
    const snippet = snippetText(win);
    expect(snippet).to.include(
      [
        '  <cookie-category name="marketing">',
        '    <cookie-service name="you-tube" label="YouTube" cookies="YSC" policy-href="https://x.example/p">',
        '      Videos in our articles.',
        '    </cookie-service>',
        '  </cookie-category>',
      ].join('\n'),
    );
    expect([...win.document.querySelector<HTMLSelectElement>('#gated-example')!.options].map((o) => o.value)).to.include('you-tube');
    const preview = await until(async () => {
      const el = await previewReady(win);
      return el.innerHTML.includes('you-tube') ? el : null;
    }, 'the preview with the service');
    await preview.showPreferences();
    await preview.updateComplete;
    expect(preview.shadowRoot!.querySelector('input[name="you-tube"]')).to.not.equal(null);
    const { win: page, el } = await pasteIntoBlankPage(snippet.replace(/\n<!-- An example[\s\S]*$/, '\n'));
    el.save(['you-tube']);
    expect(cookieRecord('cookie_consent', page.document)!.granted).to.deep.equal(['necessary', 'you-tube']);
    // removed: focus stays in its category, the snippet forgets it
    service.querySelector<HTMLButtonElement>('[data-remove-service]')!.click();
    expect(win.document.activeElement).to.equal(marketing.querySelector('[data-add-service]'));
    expect(snippetText(win)).to.not.include('cookie-service');
  });

  it('adds the Consent Mode bootstrap for <head> when Consent Mode is on', async () => {
    const win = await openConfigurator();
    set(win, 'input[name="google-consent-mode"]', true);
    set(win, '#cookie-name', COOKIE);
    const snippet = snippetText(win);
    expect(snippet.split('\n')[1]).to.equal(
      `<script src="${new URL('/dist/consent-mode.js', location.href).href}" data-cookie-name="${COOKIE}"></script>`,
    );
    const { win: page, el } = await pasteIntoBlankPage(snippet);
    click(el, 'accept-button');
    // (a click before the integration, loaded on demand, has arrived is pushed once it has)
    const layer = () => (page as Window & { dataLayer?: IArguments[] }).dataLayer!.map((a) => [...a].slice(0, 2).join(' '));
    await until(() => layer().length > 1, 'the update');
    expect(layer()).to.deep.equal(['consent default', 'consent update']);
  });

  it("adds Google's url_passthrough and ads_data_redaction to the bootstrap's line, and they reach the data layer", async () => {
    const win = await openConfigurator();
    set(win, 'input[name="google-consent-mode"]', true);
    const bootstrap = () =>
      new DOMParser().parseFromString(snippetText(win), 'text/html').querySelector('script[src$="/consent-mode.js"]')!;
    expect(bootstrap().getAttributeNames()).to.deep.equal(['src']);
    set(win, 'input[name="url-passthrough"]', true);
    set(win, 'input[name="ads-data-redaction"]', true);
    expect(bootstrap().getAttributeNames()).to.deep.equal(['src', 'data-url-passthrough', 'data-ads-data-redaction']);
    const snippet = snippetText(win);
    const { win: page } = await pasteIntoBlankPage(snippet);
    const layer = (page as Window & { dataLayer?: IArguments[] }).dataLayer!.map((a) => [...a].slice(0, 3).join(' '));
    expect(layer.slice(0, 3)).to.deep.equal(['consent default [object Object]', 'set url_passthrough true', 'set ads_data_redaction true']);
  });

  it('works from the production build (npm run build:demo): the preview runs the built folder’s drop-in, isolated', async () => {
    // (minified, the isolation script is still serialised from its own body)
    const win = await openConfigurator('/dist-demo/demo/configurator.html');
    const script = new URL('/dist-demo/dist/cookie-consent.iife.js', location.href).href;
    expect(snippetText(win)).to.include(`<script src="${script}" defer></script>`);
    set(win, '#cookie-name', COOKIE);
    const preview = await until(() => {
      const frame = previewFrame(win);
      const el = frame.dataset.state === 'ready' ? frame.contentDocument?.querySelector<CookieConsentElement>('cookie-consent') : null;
      return el?.cookieName === COOKIE && el.shadowRoot?.querySelector('[part~="banner"]') ? el : null;
    }, 'the preview with the cookie name');
    click(preview, 'accept-button');
    await until(() => win.document.querySelector('#preview-log [data-kind="cookie"]'), 'the preview reporting its cookie');
    expect(rawCookie(COOKIE)).to.equal(undefined);
  });

  it('escapes what a site owner types: text stays text', () => {
    const snippet = buildSnippet({
      attributes: { message: 'a </cookie-consent><script>alert(1)</script>', categories: 'x' },
      categories: [{
        name: 'x', label: '"><img src=x onerror=alert(1)>', cookies: '', description: '</cookie-category><b>bold</b>', required: false, saleOrShare: false,
        services: [{ name: 'y', label: '"><i>', cookies: '', policyHref: 'javascript:"><u>', description: '</cookie-service><u>u</u>', saleOrShare: false }],
      }],
      scriptUrl: 'https://cdn.example/cookie-consent.iife.js?a=1&b="2"',
      gatedExample: 'x</script><script>alert(1)//',
      consentModeSettings: { urlPassthrough: false, adsDataRedaction: false },
    });
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(2);
    expect(doc.querySelector('img, b, i, u')).to.equal(null);
    expect(doc.querySelector('cookie-service')!.getAttribute('label')).to.equal('"><i>');
    expect(doc.querySelector('cookie-service')!.getAttribute('policy-href')).to.equal('javascript:"><u>');
    expect(doc.querySelector('cookie-service')!.textContent!.trim()).to.equal('</cookie-service><u>u</u>');
    expect(doc.querySelector('cookie-consent')!.getAttribute('message')).to.equal('a </cookie-consent><script>alert(1)</script>');
    expect(doc.querySelector('cookie-category')!.getAttribute('label')).to.equal('"><img src=x onerror=alert(1)>');
    expect(doc.querySelector('cookie-category')!.firstChild!.textContent!.trim()).to.equal('</cookie-category><b>bold</b>');
    expect(doc.querySelector('script[src]')!.getAttribute('src')).to.equal('https://cdn.example/cookie-consent.iife.js?a=1&b="2"');
    expect(doc.querySelector('script[data-consent]')!.textContent).to.include('Consent granted for x\\u003c/script>\\u003cscript>alert(1)//');
  });

  type AxeWindow = Window & {
    axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
  };

  // the dark scheme needs media emulation, which only Chromium speaks (CDP)
  for (const scheme of canEmulateMedia ? (['light', 'dark'] as const) : (['light'] as const)) {
    it(`axe finds nothing on the configurator page (${scheme})`, async () => {
      if (canEmulateMedia) await emulateMedia({ colorScheme: scheme });
      try {
        const win = (await openConfigurator()) as AxeWindow;
        const script = win.document.createElement('script');
        const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
        script.src = '/node_modules/axe-core/axe.min.js';
        win.document.head.append(script);
        await loaded;
        // the preview frame holds the library's own banner, which its own tests check with axe
        const { violations } = await win.axe!.run(
          { exclude: [['#preview']] },
          { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
        );
        expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
      } finally {
        if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});

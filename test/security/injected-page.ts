/**
 * The site's page with markup slipped into a comment (`test/fixtures/security/injected-markup.html`):
 * `site` its element's attributes, `children` its children, `inj` the slipped-in markup, `order`
 * where the site's element stands, `ph` a placeholder of the site's.
 */
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { openFrame, sleep, until } from '../helpers.js';

export type Framed = Window & { ran: string[] };

export async function openInjectedPage(options: { site?: string; children?: string; inj?: string; order?: 'before' | 'after'; ph?: string }) {
  const frame = await openFrame(`/test/fixtures/security/injected-markup.html?${new URLSearchParams(options as Record<string, string>)}`);
  const win = frame.contentWindow as Framed;
  await until(() => win.customElements.get('cookie-consent'), 'the element to be defined');
  const site = win.document.getElementById('site') as CookieConsentElement;
  await site.updateComplete;
  await sleep(100); // any activation a pass would do, done
  return { win, site, doc: win.document };
}

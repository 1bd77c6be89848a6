/**
 * The consent log (`log-endpoint`) carries the page's address without its query or fragment,
 * in the body and in the request's `Referer` alike: a query may hold personal data
 * (`?email=…&token=…`). The test page's own address has a query (the runner's session id).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import '../../src/define.js';
import { clearStorage, until } from '../helpers.js';

describe('log-endpoint', () => {
  beforeEach(async () => {
    clearStorage();
    history.replaceState(null, '', `${location.pathname}${location.search}&email=a%40b.example&token=secret#frag`);
    await fetch('/beacon'); // empties the server's log
  });
  afterEach(clearStorage);

  it('sends no Referer beyond the origin, and no query or fragment in the body', async () => {
    expect(location.search).to.include('token=secret');
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics" log-endpoint="/beacon"></cookie-consent>`);
    el.acceptAll();
    const [logged] = await until(async () => {
      const got = (await (await fetch('/beacon')).json()) as { referer?: string; body: string }[];
      return got.length ? got : undefined;
    }, 'the log request');
    expect(logged.referer ?? '', 'Referer').to.be.oneOf(['', `${location.origin}/`]);
    expect(JSON.parse(logged.body).url).to.equal(location.origin + location.pathname);
    expect(logged.body).to.not.include('secret');
  });
});

/** An event's detail is read-only at run time: a listener cannot change what the next one sees. */
import { expect, fixture, html } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import '../../src/define.js';
import { onConsentChange } from '../../src/core/consent-hub.js';
import { clearStorage } from '../helpers.js';

/** Tries `change`, which strict code (this module) sees throw; says whether it took. */
function tamper(change: () => void): void {
  try {
    change();
  } catch {
    // refused: what the test wants
  }
}

describe('event details', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('consent-change: replaced, changed or its record edited, the next listener sees the original', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing"></cookie-consent>`);
    let seen: unknown;
    const first = (e: Event) => {
      const ev = e as Event & { detail: Record<string, unknown> & { changed: string[]; consent: { granted: string[] } } };
      tamper(() => (ev.detail = { cause: 'forged' } as never));
      tamper(() => (ev.detail.cause = 'forged'));
      tamper(() => ev.detail.changed.push('forged'));
      tamper(() => ev.detail.consent.granted.push('marketing'));
    };
    el.addEventListener('consent-change', first);
    document.addEventListener('consent-change', (e) => (seen = JSON.parse(JSON.stringify(e.detail))), { once: true });
    el.save(['analytics']);
    const d = seen as { cause: string; changed: string[]; consent: { granted: string[] } };
    expect(d.cause).to.equal('save');
    expect(d.changed).to.deep.equal(['analytics']);
    expect(d.consent.granted).to.deep.equal(['necessary', 'analytics']);
    expect(el.isGranted('marketing')).to.equal(false);
    expect(el.consent!.granted).to.deep.equal(['necessary', 'analytics']);
  });

  it('onConsentChange listeners and the records the API returns are frozen too', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics"></cookie-consent>`);
    const details: { changed: string[] }[] = [];
    const off = onConsentChange((d) => {
      tamper(() => (d as unknown as { changed: string[] }).changed.push('forged'));
      details.push(d as unknown as { changed: string[] });
    });
    el.acceptAll();
    off();
    expect(details[0].changed).to.deep.equal(['analytics']);
    tamper(() => (el.consent!.granted as string[]).push('marketing'));
    expect(el.consent!.granted).to.deep.equal(['necessary', 'analytics']);
  });

  for (const type of ['consent-ready', 'consent-show'] as const) {
    it(`${type}: read-only`, async () => {
      const el = document.createElement('cookie-consent');
      const seen: unknown[] = [];
      el.addEventListener(type, (e) => tamper(() => ((e as Event & { detail: unknown }).detail = { forged: true })));
      el.addEventListener(type, (e) => seen.push(e.detail));
      document.body.append(el);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      el.remove();
      expect(seen.length).to.be.above(0);
      expect(seen[0]).to.not.have.property('forged');
    });
  }
});

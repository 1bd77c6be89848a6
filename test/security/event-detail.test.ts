/** An event's detail is read-only at run time: a listener cannot change what the next one sees. */
import { expect, fixture, html } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import '../../src/define.js';
import { onConsentChange } from '../../src/core/consent-hub.js';
import { clearStorage, storeRecord, until } from '../helpers.js';

/**
 * Tries `change`; says whether it took. In strict code (this module) a write to a frozen object
 * or a getter throws, so a change that does not throw took.
 */
function tamper(change: () => void): boolean {
  try {
    change();
    return true;
  } catch {
    return false;
  }
}

describe('event details', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('consent-change: replaced, changed or its record edited, the next listener sees the original', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics marketing"></cookie-consent>`);
    let seen: unknown;
    const tampered: boolean[] = [];
    const first = (e: Event) => {
      const ev = e as Event & { detail: Record<string, unknown> & { changed: string[]; consent: { granted: string[] } } };
      tampered.push(
        tamper(() => (ev.detail = { cause: 'forged' } as never)),
        tamper(() => (ev.detail.cause = 'forged')),
        tamper(() => ev.detail.changed.push('forged')),
        tamper(() => ev.detail.consent.granted.push('marketing')),
      );
    };
    el.addEventListener('consent-change', first);
    document.addEventListener('consent-change', (e) => (seen = JSON.parse(JSON.stringify(e.detail))), { once: true });
    el.save(['analytics']);
    expect(tampered, 'each change refused').to.deep.equal([false, false, false, false]);
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
    const tampered: boolean[] = [];
    const off = onConsentChange((d) => {
      tampered.push(tamper(() => (d as unknown as { changed: string[] }).changed.push('forged')));
      details.push(d as unknown as { changed: string[] });
    });
    el.acceptAll();
    off();
    expect(details.length, 'the listener heard the decision').to.be.above(0);
    expect(details[0].changed).to.deep.equal(['analytics']);
    tampered.push(tamper(() => (el.consent!.granted as string[]).push('marketing')));
    expect(tampered, 'each change refused').to.deep.equal(details.map(() => false).concat(false));
    expect(el.consent!.granted).to.deep.equal(['necessary', 'analytics']);
  });

  type Detail = Record<string, unknown>;
  const copy = (d: unknown) => JSON.parse(JSON.stringify(d)) as Detail;
  /** A returning visitor's decision: `consent-ready` then carries a record to tamper with. */
  const STORED = { granted: ['necessary', 'analytics'], denied: ['marketing'] };
  for (const { type, stored, changes } of [
    {
      type: 'consent-ready',
      stored: true,
      changes: [
        (d: Detail) => (d.consent = { ...(d.consent as object), granted: ['necessary', 'analytics', 'marketing'] }),
        (d: Detail) => (d.consent as { granted: string[] }).granted.push('marketing'),
        (d: Detail) => ((d.consent as { denied: string[] }).denied.length = 0),
        (d: Detail) => ((d.consent as { cause: string }).cause = 'forged'),
        (d: Detail) => (d.forged = true),
        (d: Detail) => delete d.consent,
      ],
    },
    {
      type: 'consent-show',
      stored: false,
      changes: [(d: Detail) => (d.view = 'forged'), (d: Detail) => (d.forged = true), (d: Detail) => delete d.view],
    },
  ] as const) {
    it(`${type}: frozen; a listener that replaces it or changes its parts changes nothing for the next`, async () => {
      const record = stored ? storeRecord(STORED) : null;
      const el = document.createElement('cookie-consent');
      el.setAttribute('categories', 'analytics marketing');
      const frozen: boolean[] = [];
      const tampered: boolean[] = [];
      const seen: Detail[] = [];
      el.addEventListener(type, (e) => {
        const ev = e as Event & { detail: Detail };
        frozen.push(Object.isFrozen(ev.detail));
        tampered.push(tamper(() => (ev.detail = { forged: true })), ...changes.map((change) => tamper(() => change(ev.detail))));
      });
      el.addEventListener(type, (e) => seen.push(copy(e.detail)));
      document.body.append(el);
      try {
        await until(() => seen.length, `${type} to reach the second listener`);
        expect(frozen, 'the detail is frozen').to.deep.equal([true]);
        expect(tampered, 'each change refused').to.deep.equal([false, ...changes.map(() => false)]);
        expect(seen[0], 'what the next listener sees').to.deep.equal(record ? { consent: record } : { view: 'banner' });
      } finally {
        el.remove();
      }
    });
  }
});

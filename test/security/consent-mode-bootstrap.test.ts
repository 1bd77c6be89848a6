/**
 * `dist/consent-mode.js` replays a stored decision to Google only when the element would honour
 * it: not a notice acknowledged on a site that asks, not a decision older than the element's
 * `days`, not one made under another revision, and not one dated ahead or lasting longer than a
 * cookie can. And it reads its settings from its own `<script>`, never from markup that shadows
 * `document.currentScript`.
 */
import { expect } from '@open-wc/testing';
import { clearStorage, closeFrames, closeStores, cookieRecord, DAY_MS, openFrame, openStore, rawCookie, storeRecord } from '../helpers.js';

type Framed = Window & { dataLayer?: IArguments[]; errors: string[] };

async function commands(fixture: string): Promise<string[]> {
  const frame = await openFrame(`/test/fixtures/consent-mode/${fixture}`, '');
  const win = frame.contentWindow as Framed;
  expect(win.errors).to.deep.equal([]);
  return (win.dataLayer ?? []).filter((a) => a[0] === 'consent').map((a) => `${a[1]} ${(a[2] as Record<string, string>).analytics_storage}`);
}

const now = Date.now();

describe('dist/consent-mode.js replays only what the element honours', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeStores();
    closeFrames();
    clearStorage();
  });

  it('a decision in the stored form, as the store writes it: replayed; its GPC keeps the ad types denied', async () => {
    const store = openStore({ categories: 'analytics marketing' });
    store.read();
    store.save(['analytics']);
    closeStores();
    expect(rawCookie()).to.match(/^2\./);
    expect(await commands('gtag.html')).to.deep.equal(['default denied', 'update granted']);
    closeFrames();
    clearStorage();
    const gpc = openStore({ categories: 'analytics marketing', gpc: true });
    gpc.read();
    gpc.save(['analytics', 'marketing']); // granted explicitly under the signal: recorded with it
    closeStores();
    // marketing granted, with the signal recorded: only the recorded GPC can deny the ad types
    expect(rawCookie()).to.match(/^2\./);
    expect(cookieRecord()).to.deep.include({ granted: ['necessary', 'analytics', 'marketing'], gpc: true });
    const frame = await openFrame('/test/fixtures/consent-mode/gtag.html', '');
    const framed = frame.contentWindow as Framed & { navigator: { globalPrivacyControl?: unknown } };
    expect(framed.navigator.globalPrivacyControl, 'the frame\'s browser sends no signal').to.not.equal(true);
    const update = (framed.dataLayer ?? []).find((a) => a[0] === 'consent' && a[1] === 'update');
    expect((update![2] as Record<string, string>).analytics_storage).to.equal('granted');
    expect((update![2] as Record<string, string>).ad_storage).to.equal('denied');
  });

  it('a valid decision: replayed', async () => {
    storeRecord({ granted: ['necessary', 'analytics'] });
    expect(await commands('gtag.html')).to.deep.equal(['default denied', 'update granted']);
  });

  for (const [what, record] of [
    ['a notice acknowledged, on an opt-in site (no data-mode)', { mode: 'notice' as const }],
    ['a decision made under a revision, on a site without one (no data-revision)', { rev: '3' }],
    ['a decision older than the default 182 days (no data-days)', { ts: new Date(now - 190 * DAY_MS).toISOString(), exp: new Date(now + 100 * DAY_MS).toISOString() }],
    ['a decision dated ahead', { ts: new Date(now + 30 * DAY_MS).toISOString(), exp: new Date(now + 200 * DAY_MS).toISOString() }],
    ['a decision that lasts longer than a cookie can', { ts: new Date(now - DAY_MS).toISOString(), exp: new Date(now + 5000 * DAY_MS).toISOString() }],
  ] as const) {
    it(`${what}: not replayed`, async () => {
      storeRecord({ granted: ['necessary', 'analytics'], ...record });
      expect(await commands('gtag.html')).to.deep.equal(['default denied']);
    });
  }

  it('data-days and data-mode: the element’s, with its rules', async () => {
    // acknowledged 30 days ago, on a notice site that keeps decisions for 20 days: lapsed
    storeRecord({ mode: 'notice', granted: ['necessary', 'analytics'], ts: new Date(now - 30 * DAY_MS).toISOString() });
    expect(await commands('settings-days.html')).to.deep.equal(['default denied']);
    clearStorage();
    storeRecord({ mode: 'notice', granted: ['necessary', 'analytics'], ts: new Date(now - 10 * DAY_MS).toISOString() });
    expect(await commands('settings-days.html')).to.deep.equal(['default denied', 'update granted']);
  });

  it('markup that shadows document.currentScript does not configure it', async () => {
    // the markup names another cookie and maps analytics to the ad types: neither is taken
    storeRecord({ granted: ['necessary', 'analytics'] });
    document.cookie = `forged=${encodeURIComponent(JSON.stringify({ v: 1 }))}; path=/`;
    const frame = await openFrame('/test/fixtures/consent-mode/clobbered.html', '');
    const win = frame.contentWindow as Framed;
    const update = (win.dataLayer ?? []).find((a) => a[0] === 'consent' && a[1] === 'update');
    expect(update, 'the update from the real cookie').to.not.equal(undefined);
    expect((update![2] as Record<string, string>).ad_storage).to.equal('denied');
    expect((update![2] as Record<string, string>).analytics_storage).to.equal('granted');
    document.cookie = 'forged=; max-age=0; path=/';
  });
});

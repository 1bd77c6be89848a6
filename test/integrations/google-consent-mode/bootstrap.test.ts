/**
 * The built `dist/consent-mode.js` (`npm test` builds it first; or `npx vite build --mode
 * consent-mode`), loaded as a site loads it: a classic script in `<head>` of plain HTML pages,
 * in same-origin frames of the test page, whose data layer the tests read.
 */
import { expect } from '@open-wc/testing';
import type { ConsentRecord } from '../../../src/core/consent-record.js';
import { encodeRecord, parseRecord } from '../../../src/core/record-codec.js';
import { clearStorage, closeFrames, earlierRecord, openFrame, sleep, storeRecord, until } from '../../helpers.js';
import { ALL_DENIED, SEVEN_TYPES, TABLE } from './consent-mode-table.js';
import { consentCommands, tag } from './data-layer.js';

type FixtureWindow = Window &
  Record<string, unknown> & { errors: string[]; warnings: string[]; dataLayer?: unknown[]; gtag?: unknown };

const FIXTURES = '/test/fixtures/consent-mode/';

async function load(fixture: string): Promise<FixtureWindow> {
  const frame = await openFrame(FIXTURES + fixture, '');
  return frame.contentWindow as FixtureWindow;
}

/** The seven types of a consent command, without `wait_for_update`. */
function types(values: Record<string, unknown>): Record<string, unknown> {
  const { wait_for_update: _, ...rest } = values;
  return rest;
}

/** The value of the stored record in localStorage, exactly as the store writes it. */
function localRecord(overrides: Partial<ConsentRecord>): void {
  localStorage.setItem('cookie_consent', JSON.stringify(earlierRecord({ granted: ['necessary'], denied: [], ...overrides })));
}

describe('dist/consent-mode.js, the <head> bootstrap', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  describe('a fresh visitor', () => {
    it('pushes the default first, before the js and config of the gtag snippet after it', async () => {
      const win = await load('gtag.html');
      const layer = win.dataLayer!;
      expect(layer.map((e) => (e as ArrayLike<unknown>)[0])).to.deep.equal(['consent', 'js', 'config']);
      expect((layer[0] as ArrayLike<unknown>)[1]).to.equal('default');
      expect(win.errors).to.deep.equal([]);
    });

    it('pushes Arguments objects, not arrays', async () => {
      const win = await load('gtag.html');
      for (const entry of win.dataLayer!) expect(tag(entry)).to.equal('[object Arguments]');
      // the gtag it left for the page pushes Arguments too (the snippet redefines it anyway)
      const frame = await load('local.html');
      (frame.gtag as (...a: unknown[]) => void)('event', 'page_view');
      expect(tag(frame.dataLayer!.at(-1))).to.equal('[object Arguments]');
      expect(Array.from(frame.dataLayer!.at(-1) as ArrayLike<unknown>)).to.deep.equal(['event', 'page_view']);
    });

    it('denies all seven types but security_storage, waits 500 ms for an update, and pushes no update', async () => {
      const win = await load('gtag.html');
      const commands = consentCommands(win.dataLayer!);
      expect(commands.map(([c]) => c)).to.deep.equal(['default']);
      const [, values] = commands[0];
      expect(Object.keys(types(values)).sort()).to.deep.equal([...SEVEN_TYPES].sort());
      expect(types(values)).to.deep.equal(ALL_DENIED);
      expect(values.wait_for_update).to.equal(500);
    });

    it('takes wait_for_update from data-wait-for-update', async () => {
      const win = await load('gtm.html');
      expect(consentCommands(win.tagLayer as unknown[])[0][1].wait_for_update).to.equal(2000);
    });

    it('warns once about a data-wait-for-update that is not milliseconds, and waits 500', async () => {
      const win = await load('bad-wait.html');
      expect(consentCommands(win.dataLayer!)[0][1].wait_for_update).to.equal(500);
      expect(win.warnings).to.have.length(1);
      expect(win.warnings[0]).to.contain('data-wait-for-update').and.to.contain('soon');
      expect(win.errors).to.deep.equal([]);
    });
  });

  describe('a returning visitor: the stored decision is replayed at once', () => {
    for (const row of TABLE) {
      it(`${row.name}: the default, then an update with the mapped types`, async () => {
        storeRecord(row.record);
        const win = await load('gtag.html');
        const layer = win.dataLayer!;
        expect(layer.map((e) => (e as ArrayLike<unknown>)[0])).to.deep.equal(['consent', 'consent', 'js', 'config']);
        expect(tag(layer[1])).to.equal('[object Arguments]');
        const [[, byDefault], [, update]] = consentCommands(layer);
        expect(types(byDefault)).to.deep.equal(ALL_DENIED);
        expect(update).to.deep.equal(row.state);
      });
    }

    it('reads localStorage when there is no cookie (the store fell back to it)', async () => {
      localRecord(TABLE[0].record);
      const win = await load('gtag.html');
      expect(consentCommands(win.dataLayer!)[1]).to.deep.equal(['update', TABLE[0].state]);
    });

    it('with data-storage="local", reads localStorage and not a cookie left from before', async () => {
      storeRecord(TABLE[0].record);
      localRecord(TABLE[2].record);
      const win = await load('local.html');
      expect(consentCommands(win.dataLayer!)[1]).to.deep.equal(['update', TABLE[2].state]);
    });

    it('honours the browser\'s GPC signal: the ad types stay denied though marketing was granted', async () => {
      storeRecord(TABLE[0].record);
      const win = await load('gpc.html');
      expect(consentCommands(win.dataLayer!)[1][1]).to.deep.equal({
        ...TABLE[0].state,
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
      });
    });

    for (const [when, gpc, state] of [
      ['before the signal: denied', false, 'denied'],
      ['with the signal on: the visitor\'s own, granted', true, 'granted'],
    ] as const) {
      it(`data-sale-or-share under GPC, a grant made ${when}, as the element has it`, async () => {
        storeRecord({ granted: ['necessary', 'analytics', 'functional'], denied: [], gpc });
        const win = await load('gpc-sale-or-share.html');
        // the element corrects what the bootstrap got wrong once its Consent Mode part is in
        const loaded = () => win.performance.getEntriesByType('resource').some((e) => e.name.includes('google-consent-mode'));
        await until(loaded, "the element's Consent Mode part");
        await sleep(100);
        const [fromBootstrap, ...corrections] = consentCommands(win.dataLayer!).filter(([command]) => command == 'update');
        expect(fromBootstrap![1].functionality_storage).to.equal(state);
        expect(corrections, "the element's corrections").to.deep.equal([]);
      });
    }

    it('with data-ignore-gpc, the signal of the browser is not honoured', async () => {
      storeRecord(TABLE[0].record);
      const win = await load('gpc-ignored.html');
      expect(consentCommands(win.dataLayer!)[1][1]).to.deep.equal(TABLE[0].state);
    });

    it('reads data-cookie-name, honours data-revision and data-map-<category>', async () => {
      const ads = { granted: ['necessary', 'ads', 'marketing', 'analytics'], denied: [], rev: '2' };
      // under the default name: not this site's cookie
      storeRecord(ads);
      let win = await load('options.html');
      expect(consentCommands(win.dataLayer!).map(([c]) => c)).to.deep.equal(['default']);
      // another revision: void
      storeRecord({ ...ads, rev: '1' }, 'site_consent');
      win = await load('options.html');
      expect(consentCommands(win.dataLayer!).map(([c]) => c)).to.deep.equal(['default']);
      // this revision: `ads` grants what its attribute says, `marketing` (mapped to nothing) nothing
      storeRecord(ads, 'site_consent');
      win = await load('options.html');
      expect(consentCommands(win.dataLayer!)[1][1]).to.deep.equal({
        ...ALL_DENIED,
        ad_storage: 'granted',
        ad_user_data: 'granted',
        analytics_storage: 'granted',
      });
    });
  });

  it('data-url-passthrough and data-ads-data-redaction: both settings right after the default, before the config', async () => {
    const win = await load('settings.html');
    const layer = win.dataLayer!.map((e) => Array.from(e as ArrayLike<unknown>).slice(0, 3));
    expect(layer.map((e) => (e[0] === 'js' ? 'js' : e.slice(0, 2).join(' ')))).to.deep.equal([
      'consent default', 'set url_passthrough', 'set ads_data_redaction', 'js', 'config G-TEST',
    ]);
    expect(layer[1][2]).to.equal(true);
    expect(layer[2][2]).to.equal(true);
    // without the attributes: neither
    const plain = await load('gtag.html');
    expect(plain.dataLayer!.some((e) => (e as ArrayLike<unknown>)[0] === 'set')).to.equal(false);
  });

  describe('no valid decision: the default stands', () => {
    it('ignores an expired decision', async () => {
      storeRecord({ ...TABLE[0].record, exp: new Date(Date.now() - 1000).toISOString() });
      const win = await load('gtag.html');
      expect(consentCommands(win.dataLayer!).map(([c]) => c)).to.deep.equal(['default']);
    });

    it('ignores a record of another schema version', async () => {
      storeRecord({ ...TABLE[0].record, v: 2 as unknown as 1 });
      const win = await load('gtag.html');
      expect(consentCommands(win.dataLayer!).map(([c]) => c)).to.deep.equal(['default']);
    });

    for (const [what, value] of [
      ['bad percent-encoding', '%E0%A4%A'],
      ['not JSON', encodeURIComponent('{"v":1,')],
      ['JSON null', 'null'],
      ['granted not a list', encodeURIComponent(JSON.stringify({ v: 1, exp: '2999-01-01T00:00:00.000Z', granted: 'analytics marketing' }))],
    ]) {
      it(`ignores an unreadable cookie (${what}) without an error`, async () => {
        document.cookie = `cookie_consent=${value}; path=/`;
        const win = await load('gtag.html');
        expect(consentCommands(win.dataLayer!).map(([c]) => c)).to.deep.equal(['default']);
        expect(win.errors).to.deep.equal([]);
      });
    }

    // each a record the store reads as no decision, which would grant marketing if replayed
    const grantsAll = { granted: ['necessary', 'analytics', 'marketing'], denied: [] };
    const json = (r: object) => JSON.stringify(r);
    const { gpc: _, ...noGpc } = earlierRecord(grantsAll);
    const soon = (days: number) => new Date(Date.now() + days * 864e5).toISOString();
    for (const [what, value] of [
      ['a grant that is not text', json(earlierRecord({ ...grantsAll, granted: ['necessary', 'marketing', 1 as unknown as string] }))],
      ['denied not a list', json({ ...earlierRecord(grantsAll), denied: 'x' })],
      ['no gpc', json(noGpc)],
      ['a cause that is not text', json({ ...earlierRecord(grantsAll), cause: 7 })],
      ['an id in a list', json({ ...earlierRecord(grantsAll), id: [earlierRecord().id] })],
      ['a mode in a list', json({ ...earlierRecord(grantsAll), mode: ['opt-in'] })],
      ['made after it lapses', json(earlierRecord({ ...grantsAll, ts: soon(0.5), exp: soon(0.1) }))],
      ['the stored form with a broken escape in a denied id', `${encodeRecord(earlierRecord(grantsAll))!}.0~%ZZ`],
    ]) {
      it(`replays nothing the store cannot read: ${what}`, async () => {
        expect(parseRecord(value), 'the store reads it as no decision').to.equal(null);
        document.cookie = `cookie_consent=${encodeURIComponent(value)}; path=/`;
        const win = await load('gtag.html');
        expect(consentCommands(win.dataLayer!).map(([c]) => c)).to.deep.equal(['default']);
        expect(win.errors).to.deep.equal([]);
      });
    }

    it('does not throw where cookies and localStorage throw', async () => {
      storeRecord(TABLE[0].record);
      const win = await load('broken-storage.html');
      expect(consentCommands(win.dataLayer!).map(([c]) => c)).to.deep.equal(['default']);
      expect(win.errors).to.deep.equal([]);
    });

    it('works in a sandboxed frame (no allow-same-origin): the default, no error', async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      const message = new Promise<{ cookieThrows: boolean; entries: { tag: string; args: unknown[] }[]; errors: string[] }>(
        (resolve) => addEventListener('message', (e) => e.source === frame.contentWindow && resolve(e.data)),
      );
      frame.src = FIXTURES + 'sandboxed.html';
      document.body.append(frame);
      const { cookieThrows, entries, errors } = await message;
      expect(cookieThrows).to.equal(true);
      expect(entries).to.have.length(1);
      expect(entries[0].tag).to.equal('[object Arguments]');
      expect(entries[0].args.slice(0, 2)).to.deep.equal(['consent', 'default']);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('the page\'s own globals', () => {
    it('keeps an existing data layer: the same array, its entries and its patched push', async () => {
      storeRecord(TABLE[0].record);
      const win = await load('existing.html');
      expect(win.dataLayer).to.equal(win.originalLayer);
      expect(win.dataLayer!.push).to.equal(win.originalPush);
      expect(win.dataLayer![0]).to.deep.equal({ page: 'home' });
      expect(consentCommands(win.dataLayer!).map(([c]) => c)).to.deep.equal(['default', 'update']);
      // both went through the patched push, as GTM needs to see them
      expect(win.patchedPushes).to.equal(2);
    });

    it('does not redefine an existing gtag', async () => {
      const win = await load('existing.html');
      expect(win.gtag).to.equal(win.originalGtag);
    });

    it('pushes into a custom data layer (data-layer), before GTM\'s gtm.js event, and its gtag does too', async () => {
      const win = await load('gtm.html');
      const layer = win.tagLayer as unknown[];
      expect(win.dataLayer).to.equal(undefined);
      expect(tag(layer[0])).to.equal('[object Arguments]');
      expect(Array.from(layer[0] as ArrayLike<unknown>).slice(0, 2)).to.deep.equal(['consent', 'default']);
      expect((layer[1] as { event: string }).event).to.equal('gtm.js');
      (win.gtag as (...a: unknown[]) => void)('event', 'sign_up');
      expect(Array.from(layer.at(-1) as ArrayLike<unknown>)).to.deep.equal(['event', 'sign_up']);
    });

    it('a data-layer that names something other than an array: no error, no gtag that would throw', async () => {
      const win = await load('bad-layer.html');
      expect(win.errors).to.deep.equal([]);
      expect(win.gtag).to.equal(undefined);
      expect(win.dataLayer).to.equal(undefined);
    });

    it('defines no IAB framework API (__tcfapi, __gpp, __uspapi) and no locator frame', async () => {
      storeRecord(TABLE[0].record);
      for (const fixture of ['gtag.html', 'gtm.html']) {
        const win = await load(fixture);
        for (const name of ['__tcfapi', '__gpp', '__uspapi', '__tcfapiLocator', '__gppLocator']) {
          expect(name in win, `${fixture}: ${name}`).to.equal(false);
        }
        expect(win.frames.length).to.equal(0);
      }
    });

    it('defines no IAB API', async () => {
      // (its size is budgeted with the others', by size-limit in npm test)
      const text = await (await fetch('/dist/consent-mode.js')).text();
      expect(text).to.not.match(/__tcfapi|__gpp|__uspapi/);
    });
  });
});

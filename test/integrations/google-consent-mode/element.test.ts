import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';
import { captureWarnings, clearStorage, sleep, storeRecord, until } from '../../helpers.js';
import { part } from '../../components/cookie-consent/element-helpers.js';
import { ALL_DENIED, TABLE } from './consent-mode-table.js';
import { consentCommands, gtagArgs } from './data-layer.js';

const win = window as unknown as Record<string, unknown[] | undefined>;

/** Time enough for the element to push something on connect, were it to (the integration is in memory). */
const integrationLoaded = () => sleep(50);
/** Waits until the element's integration pushed the default into `layer` (no bootstrap there). */
const defaultPushed = (layer: string) => until(() => consentCommands(win[layer]).length, `the default in ${layer}`);

describe('<cookie-consent google-consent-mode>', () => {
  // The element imports the integration once per page, on demand, which takes a few tasks: done
  // here, each test's element has it from its first update, however long the import took
  // (a fixed wait raced it on a loaded machine).
  before(async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent google-consent-mode google-data-layer="primeLayer"></cookie-consent>`);
    await defaultPushed('primeLayer');
    el.remove();
    delete win.primeLayer;
  });
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearStorage();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    clearStorage();
    delete win.elLayer;
  });

  it('no bootstrap: the default on connect; Accept all pushes the update synchronously in the click', async () => {
    const el = await fixture<CookieConsentElement>(
      html`<cookie-consent categories="analytics marketing functional" google-consent-mode google-data-layer="elLayer"></cookie-consent>`,
    );
    await defaultPushed('elLayer');
    expect(consentCommands(win.elLayer)).to.deep.equal([['default', ALL_DENIED]]);
    part(el, 'accept-button')!.click();
    expect(consentCommands(win.elLayer)).to.deep.equal([['default', ALL_DENIED], ['update', TABLE[0].state]]);
    expect(Object.prototype.toString.call(win.elLayer!.at(-1))).to.equal('[object Arguments]');
    await el.updateComplete;
  });

  it('a second element slipped into the page tells Google nothing the site’s element does not grant', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <cookie-consent mode="opt-out" cookie-name="injected" categories="analytics marketing" google-consent-mode google-data-layer="elLayer"></cookie-consent>
      <cookie-consent categories="analytics marketing functional"></cookie-consent>
    </div>`);
    const [injected, site] = page.querySelectorAll('cookie-consent');
    await defaultPushed('elLayer');
    await integrationLoaded();
    expect(injected.isGranted('analytics'), 'opt-out grants what nobody decided').to.equal(true);
    const everGranted = () => consentCommands(win.elLayer).some(([, state]) => state.analytics_storage === 'granted' || state.ad_storage === 'granted');
    expect(everGranted(), 'granted before the visitor decided').to.equal(false);
    site.rejectAll();
    injected.acceptAll();
    expect(everGranted(), 'what the site denies stays denied').to.equal(false);
  });

  it('an element slipped into the page with the site’s cookie and a mapping of its own tells Google nothing the site’s does not grant', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <cookie-consent categories="analytics marketing" google-consent-mode google-data-layer="elLayer"></cookie-consent>
      <cookie-consent categories="analytics" google-consent-mode google-data-layer="elLayer">
        <cookie-category name="analytics" consent-mode="analytics_storage ad_storage ad_user_data ad_personalization"></cookie-category>
      </cookie-consent>
    </div>`);
    const [site, injected] = page.querySelectorAll('cookie-consent');
    await defaultPushed('elLayer');
    await integrationLoaded();
    site.save(['analytics']);
    injected.save(['analytics']);
    await integrationLoaded();
    const updates = consentCommands(win.elLayer).filter(([command]) => command === 'update');
    expect(updates.length, 'updates pushed').to.be.greaterThan(0);
    for (const [, state] of updates) expect(state, 'never an ad type').to.include({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
    expect(updates.at(-1)![1]).to.deep.equal({ ...ALL_DENIED, analytics_storage: 'granted' });
    // once it is gone, the site's element answers alone
    injected.remove();
    site.acceptAll();
    const granted = { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' };
    expect(consentCommands(win.elLayer).at(-1)).to.deep.equal(['update', { ...ALL_DENIED, ...granted }]);
  });

  it('gated markup added since the last update: a decision keeps every element\u2019s store, and Google hears of it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <cookie-consent categories="analytics marketing" google-consent-mode google-data-layer="elLayer"></cookie-consent>
      <cookie-consent cookie-name="other" categories="analytics marketing" google-consent-mode google-data-layer="elLayer"></cookie-consent>
    </div>`);
    const [el, other] = page.querySelectorAll('cookie-consent');
    await defaultPushed('elLayer');
    await integrationLoaded();
    other.acceptAll();
    const recorded = other.consent;
    // a framework renders an embed of a category neither element declares: both configurations change
    const embed = document.createElement('div');
    embed.dataset.consent = 'video';
    page.append(embed);
    el.acceptAll();
    expect(el.consent, 'the decision just made').to.not.equal(null);
    expect(other.consent, 'the other element\u2019s decision').to.deep.equal(recorded);
    const granted = { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' };
    expect(consentCommands(win.elLayer).at(-1)).to.deep.equal(['update', { ...ALL_DENIED, ...granted }]);
    await Promise.all([el.updateComplete, other.updateComplete]);
    expect([el.isGranted('marketing'), other.isGranted('marketing')], 'after their updates').to.deep.equal([true, true]);
  });

  it('bootstrap present, returning visitor: nothing more on connect; Reject all pushes its update', async () => {
    storeRecord(TABLE[2].record);
    win.elLayer = [gtagArgs('consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }), gtagArgs('consent', 'update', TABLE[2].state)];
    const el = await fixture<CookieConsentElement>(
      html`<cookie-consent categories="analytics marketing functional" google-consent-mode google-data-layer="elLayer"></cookie-consent>`,
    );
    await integrationLoaded();
    expect(win.elLayer).to.have.length(2);
    el.rejectAll();
    expect(consentCommands(win.elLayer).at(-1)).to.deep.equal(['update', ALL_DENIED]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('GPC and a <cookie-category consent-mode> override', async () => {
    const el = await fixture<CookieConsentElement>(html`
      <cookie-consent categories="analytics" gpc google-consent-mode google-data-layer="elLayer">
        <cookie-category name="ads" consent-mode="ad_storage">Ads</cookie-category>
        <cookie-category name="prefs" consent-mode="functionality_storage">Prefs</cookie-category>
      </cookie-consent>`);
    await defaultPushed('elLayer');
    el.save(['analytics', 'ads', 'prefs']);
    expect(consentCommands(win.elLayer).at(-1)).to.deep.equal(['update', { ...ALL_DENIED, analytics_storage: 'granted', functionality_storage: 'granted' }]);
  });

  it('a <cookie-service consent-mode> grants its own types when granted on its own: empty, none (docs/consent-mode.md)', async () => {
    const el = await fixture<CookieConsentElement>(html`
      <cookie-consent google-consent-mode google-data-layer="elLayer">
        <cookie-category name="marketing">
          <cookie-service name="youtube" label="YouTube"></cookie-service>
          <cookie-service name="meta-pixel" label="Meta Pixel" consent-mode=""></cookie-service>
          <cookie-service name="ads-measure" consent-mode="ad_storage"></cookie-service>
        </cookie-category>
      </cookie-consent>`);
    await defaultPushed('elLayer');
    const AD_TYPES = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' };
    el.save(['meta-pixel']);
    expect(el.isGranted('meta-pixel')).to.equal(true);
    expect(consentCommands(win.elLayer).at(-1), 'the Meta pixel alone: nothing for Google').to.deep.equal(['update', ALL_DENIED]);
    el.save(['ads-measure']);
    expect(consentCommands(win.elLayer).at(-1), 'its own types').to.deep.equal(['update', { ...ALL_DENIED, ad_storage: 'granted' }]);
    el.save(['youtube']);
    expect(consentCommands(win.elLayer).at(-1), 'no consent-mode: its category’s').to.deep.equal(['update', { ...ALL_DENIED, ...AD_TYPES }]);
    el.save(['meta-pixel']);
    el.acceptAll();
    expect(consentCommands(win.elLayer).at(-1), 'the category granted: its types').to.deep.equal(['update', { ...ALL_DENIED, ...AD_TYPES }]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a consent-mode mapping counts for the name as the element reads it, spaces around it trimmed', async () => {
    const el = await fixture<CookieConsentElement>(html`
      <cookie-consent google-consent-mode google-data-layer="elLayer">
        <cookie-category name=" functional " consent-mode="">
        </cookie-category>
        <cookie-category name="marketing">
          <cookie-service name=" meta-pixel" consent-mode=""></cookie-service>
        </cookie-category>
      </cookie-consent>`);
    await defaultPushed('elLayer');
    el.save(['meta-pixel', 'functional']);
    expect([el.isGranted('meta-pixel'), el.isGranted('functional')]).to.deep.equal([true, true]);
    expect(consentCommands(win.elLayer).at(-1), 'both map to nothing').to.deep.equal(['update', ALL_DENIED]);
  });

  it('without the attribute, nothing is pushed', async () => {
    const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics" google-data-layer="elLayer"></cookie-consent>`);
    await integrationLoaded();
    el.acceptAll();
    expect(win.elLayer).to.equal(undefined);
  });
});

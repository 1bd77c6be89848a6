/** What the texts say: the dialog's way back, and wording fixed in some languages. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import type { ConsentStrings } from '../../src/i18n/consent-strings.js';
import { en } from '../../src/i18n/en.js';
import { enDialog } from '../../src/i18n/en-dialog.js';
import { enDeclaration } from '../../src/i18n/en-declaration.js';
import { LANGUAGE_CODES } from '../../src/i18n/language-codes.js';
import { loadStrings } from '../../src/i18n/load-strings.js';
import { clearStorage } from '../helpers.js';
import { dialog } from '../components/cookie-consent/element-helpers.js';

const dictionaries: Record<string, ConsentStrings> = {};

describe('texts', () => {
  before(async function () {
    this.timeout(30000);
    dictionaries.en = { ...en, ...enDialog, ...enDeclaration };
    await Promise.all(LANGUAGE_CODES.map(async (code) => (dictionaries[code] = await loadStrings(code))));
  });
  beforeEach(clearStorage);
  afterEach(clearStorage);

  describe('the way back to the preferences', () => {
    it('the English intro points at nothing that may not be there; the hint names what is on screen', () => {
      expect(enDialog.preferencesIntro).to.equal(
        'Choose which cookies we may use. Necessary cookies are always on: the site cannot work without them. You can change your choices at any time.',
      );
      expect(enDialog.reopenHint).to.equal('Use the cookie button in the corner of the page to come back here.');
    });

    it('no dictionary sends visitors to "Cookie settings", the revoke button’s hidden name, or any quoted label', () => {
      for (const [code, t] of Object.entries(dictionaries)) {
        for (const text of [t.preferencesIntro, t.reopenHint]) {
          expect(text, code).to.not.contain(t.settings);
          expect(text.toLowerCase(), code).to.not.contain(t.settings.toLowerCase());
          // no „…“, «…», “…”, ‘…’, »…«, ”…”: the old intros quoted the button's name
          expect(text, code).to.not.match(/[„«»“”‘]/);
        }
        expect(t.reopenHint, code).to.not.equal('');
      }
    });

    const intro = (el: CookieConsentElement) => dialog(el)!.querySelector('p')!.textContent!.replace(/\s+/g, ' ');

    it('the dialog adds the hint when the floating button shows after a decision', async () => {
      const el = await fixture<CookieConsentElement>(html`<cookie-consent categories="analytics" policy-href="/p"></cookie-consent>`);
      await el.showPreferences();
      expect(intro(el)).to.contain(`${enDialog.preferencesIntro} ${enDialog.reopenHint}`);
    });

    it('and leaves it out with no-revoke-button, or with nothing optional (no button then)', async () => {
      for (const page of [
        html`<cookie-consent categories="analytics" no-revoke-button></cookie-consent>`,
        html`<cookie-consent mode="notice"></cookie-consent>`,
      ]) {
        const el = await fixture<CookieConsentElement>(page);
        await el.showPreferences();
        expect(intro(el)).to.contain(enDialog.preferencesIntro);
        expect(intro(el)).to.not.contain(enDialog.reopenHint);
        el.remove();
      }
    });
  });

  describe('wording fixed after a read-through', () => {
    const cases: [code: string, read: (t: ConsentStrings) => string, expected: string][] = [
      ['es', (t) => t.optOutMessage, 'Usamos cookies, también con fines analíticos y publicitarios. Puede oponerse a que vendamos o compartamos su información personal.'],
      ['pl', (t) => t.optOutMessage, 'Używamy plików cookie, także do celów analitycznych i reklamowych. Możesz sprzeciwić się sprzedaży lub udostępnianiu swoich danych osobowych.'],
      ['pl', (t) => t.doNotSell, 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych'],
      ['et', (t) => t.optOutMessage, 'Kasutame küpsiseid, sealhulgas statistika ja reklaami jaoks. Võite keelata oma isikuandmete müümise või jagamise.'],
      ['et', (t) => t.categories.necessary[1], 'Hoiavad veebisaidi töökorras ja turvalisena ning jätavad selle valiku meelde. Alati kasutusel.'],
      ['tr', (t) => t.placeholderAllow, 'Çerezlere ({categories}) izin ver ve yükle'],
      // (the names in a placeholder are those of categories or of services: no word says which)
      ['ar', (t) => t.placeholderBlocked, 'هذا المحتوى محجوب لأنه يستخدم ملفات تعريف الارتباط: {categories}.'],
      ['de', (t) => t.placeholderBlocked, 'Dieser Inhalt ist blockiert, weil er Cookies verwendet: {categories}.'],
      ['ar', (t) => t.optOutMessage, 'نستخدم ملفات تعريف الارتباط لأغراض منها التحليلات والإعلانات. ويمكنك رفض بيع معلوماتك الشخصية أو مشاركتها.'],
      ['ga', (t) => t.categories.analytics[1], 'Comhaireann siad na cuairteanna agus léiríonn siad conas a úsáidtear an suíomh, ionas gur féidir linn é a fheabhsú.'],
      ['ga', (t) => t.categories.necessary[1], 'Coinníonn siad an suíomh ag obair agus slán, agus cuimhníonn siad ar an rogha seo. Ar siúl i gcónaí.'],
    ];
    for (const [code, read, expected] of cases) {
      it(`${code}: ${expected.slice(0, 48)}…`, () => {
        expect(read(dictionaries[code])).to.equal(expected);
      });
    }
  });
});

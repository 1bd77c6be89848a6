/** Every built-in language: complete, really translated, its own text, and what the banner shows. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import type { ConsentStrings } from '../../src/i18n/consent-strings.js';
import { en as enBanner } from '../../src/i18n/en.js';
import { enDialog } from '../../src/i18n/en-dialog.js';
import { enDeclaration } from '../../src/i18n/en-declaration.js';
import { LANGUAGE_CODES } from '../../src/i18n/language-codes.js';
import { loadStrings } from '../../src/i18n/load-strings.js';
import { placeholderTexts } from '../../src/gating/gated-placeholder.js';
import { clearStorage } from '../helpers.js';
import { banner, dialog, part } from '../components/cookie-consent/element-helpers.js';
import { until } from '../gating/gating-helpers.js';

/**
 * Every text of a dictionary, by key (category labels and descriptions included; of a text with
 * plural forms, its `other` form, as languages have different sets of forms).
 */
const texts = (t: ConsentStrings): Record<string, string> => {
  const { $code: _c, $dir: _d, categories, services, ...rest } = t;
  // (`{count}` counted as one character: "{count} services" is a short word in French as in English)
  const out: Record<string, string> = { ...rest, services: services.other.replace('{count}', '#') };
  for (const [id, [label, description]] of Object.entries(categories)) {
    out[`${id}.label`] = label;
    out[`${id}.description`] = description;
  }
  return out;
};
/** English, whole: the banner's texts, the preferences' (which load with the dialog) and the declaration's. */
const en: ConsentStrings = { ...enBanner, ...enDialog, ...enDeclaration };
const english = texts(en);
const dictionaries: Record<string, ConsentStrings> = {};

/** A banner in `lang`, once its texts are in. */
async function bannerIn(lang: string): Promise<CookieConsentElement> {
  const el = await fixture<CookieConsentElement>(
    html`<cookie-consent lang=${lang} categories="functional analytics marketing" policy-href="/p"></cookie-consent>`,
  );
  await until(() => banner(el), `the ${lang} banner`);
  return el;
}

describe('built-in languages', () => {
  before(async function () {
    // the test server compiles each language module on its first request: slow on a busy machine
    this.timeout(30000);
    await Promise.all(LANGUAGE_CODES.map(async (code) => (dictionaries[code] = await loadStrings(code))));
  });
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('has the 23 other official EU languages, and Norwegian, Icelandic, Turkish, Ukrainian, Arabic and Brazilian Portuguese', () => {
    const eu = ['bg', 'hr', 'cs', 'da', 'nl', 'et', 'fi', 'fr', 'de', 'el', 'hu', 'ga', 'it', 'lv', 'lt', 'mt', 'pl', 'pt', 'ro', 'sk', 'sl', 'es', 'sv'];
    expect([...LANGUAGE_CODES]).to.include.members([...eu, 'nb', 'is', 'tr', 'uk', 'ar', 'pt-BR']);
  });

  it('Brazilian Portuguese is its own text, not European Portuguese relabelled', () => {
    const br = texts(dictionaries['pt-BR']);
    const pt = texts(dictionaries.pt);
    const same = Object.keys(br).filter((k) => br[k] === pt[k] && br[k].length > 12);
    // the button and heading words the two share; every sentence differs
    expect(same, same.join(', ')).to.have.length.at.most(5);
    expect(br.message).to.contain('você');
  });

  for (const code of LANGUAGE_CODES) {
    describe(code, () => {
      it('is complete, says its own code and direction, and keeps the {categories} slots', () => {
        const t = dictionaries[code];
        expect(t.$code).to.equal(code);
        expect(t.$dir).to.equal(code === 'ar' ? 'rtl' : 'ltr');
        expect(Object.keys(texts(t)).sort()).to.deep.equal(Object.keys(english).sort());
        for (const [key, value] of Object.entries(texts(t))) expect(value.trim(), key).to.not.equal('');
        expect(t.placeholderBlocked).to.contain('{categories}');
        expect(t.placeholderAllow).to.contain('{categories}');
        expect(t.servicePolicy).to.contain('{service}');
      });

      it('has the count of services in every plural form the language uses for whole numbers', () => {
        const { services } = dictionaries[code];
        const rules = new Intl.PluralRules(code);
        for (const form of rules.resolvedOptions().pluralCategories) expect(services[form], form).to.be.a('string');
        for (let n = 0; n <= 200; n++) {
          const text = services[rules.select(n)]!;
          // (Arabic names one and two services by the noun's own forms, without the digit)
          if (!(code === 'ar' && n <= 2 && n > 0)) expect(text, `${n}`).to.contain('{count}');
        }
        expect(Object.keys(services).every((form) => rules.resolvedOptions().pluralCategories.includes(form as Intl.LDMLPluralRule))).to.equal(true);
      });

      it('is translated: at most a few short words equal the English', () => {
        const same = Object.entries(texts(dictionaries[code])).filter(([k, v]) => v === english[k]);
        expect(same.length, same.map(([k]) => k).join(', ')).to.be.at.most(3);
        for (const [key, value] of same) expect(value.length, key).to.be.below(12);
      });

      it('is not a near-copy of another language', () => {
        const mine = texts(dictionaries[code]);
        // (a regional variant shares words with its language by nature: compared on its own above)
        const base = (c: string) => c.split('-')[0];
        for (const other of LANGUAGE_CODES.filter((c) => c !== code && base(c) !== base(code))) {
          const theirs = texts(dictionaries[other]);
          const same = Object.keys(mine).filter((k) => mine[k] === theirs[k] && mine[k].length > 8);
          expect(same.length, `${code} vs ${other}: ${same.join(', ')}`).to.be.at.most(2);
        }
      });

      it('renders the banner and the preferences in it, with lang and dir', async () => {
        const t = dictionaries[code];
        const el = await bannerIn(code);
        const root = banner(el)!.closest<HTMLElement>('[lang]')!;
        expect(root.lang).to.equal(code);
        expect(root.dir).to.equal(t.$dir);
        expect(part(el, 'heading')!.textContent!.trim()).to.equal(t.heading);
        expect(part(el, 'message')!.textContent).to.contain(t.message);
        expect(part(el, 'accept-button')!.textContent!.trim()).to.equal(t.acceptAll);
        expect(part(el, 'reject-button')!.textContent!.trim()).to.equal(t.rejectAll);
        expect(part(el, 'preferences-button')!.textContent!.trim()).to.equal(t.preferences);
        expect(part(el, 'policy-link')!.textContent!.trim()).to.equal(t.policy);
        await el.showPreferences();
        const d = dialog(el)!;
        expect(d.textContent).to.contain(t.preferencesTitle);
        expect(d.textContent).to.contain(t.categories.marketing[1]);
        expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal(t.close);
        expect(part(el, 'save-button')!.textContent!.trim()).to.equal(t.save);
        // no English sentence is left anywhere in the shadow root
        for (const sentence of [en.message, en.preferencesIntro, en.categories.analytics[1], en.acceptAll, en.rejectAll]) {
          expect(el.shadowRoot!.textContent, sentence).to.not.contain(sentence);
        }
        expect(placeholderTexts.lang).to.equal(code);
        expect(placeholderTexts.blocked).to.equal(t.placeholderBlocked);
      });
    });
  }

  it('draws the placeholders on the page again in the language, once it has loaded', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <iframe data-consent="marketing" data-consent-placeholder data-src="about:blank" title="Video"></iframe>
      <cookie-consent lang="de"></cookie-consent>
    </div>`);
    const t = dictionaries.de;
    const marketing = t.categories.marketing[0];
    await until(() => page.querySelector<HTMLElement>('.consent-placeholder')?.lang === 'de', 'the placeholder in German');
    const host = page.querySelector<HTMLElement>('.consent-placeholder')!;
    expect(host.textContent).to.contain(t.placeholderBlocked.replace('{categories}', marketing));
    expect(host.querySelector('button')!.textContent).to.equal(t.placeholderAllow.replace('{categories}', marketing));
  });

  it('lays Arabic out right to left', async () => {
    const el = await bannerIn('ar');
    const accept = part(el, 'accept-button')!.getBoundingClientRect();
    const reject = part(el, 'reject-button')!.getBoundingClientRect();
    expect(accept.left, 'the first button is on the right').to.be.greaterThan(reject.left);
    expect(getComputedStyle(banner(el)!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('follows a change of lang on the element', async () => {
    const el = await bannerIn('de');
    el.setAttribute('lang', 'fr');
    await until(() => part(el, 'accept-button')?.textContent?.trim() === dictionaries.fr.acceptAll, 'French');
    el.removeAttribute('lang');
    await until(() => part(el, 'accept-button')?.textContent?.trim() === en.acceptAll, 'English again');
  });

  it('a language without texts shows English', async () => {
    const el = await bannerIn('ja');
    expect(banner(el)!.closest<HTMLElement>('[lang]')!.lang).to.equal('en');
    expect(part(el, 'accept-button')!.textContent!.trim()).to.equal('Accept all');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { resolveLanguage } from '../../src/i18n/resolve-language.js';

describe('resolveLanguage()', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = htmlLang;
    delete (navigator as { language?: string }).language;
  });
  const setNavigatorLanguage = (value: string) =>
    Object.defineProperty(navigator, 'language', { value, configurable: true });
  const probe = (lang?: string) => fixture(html`<x-probe lang=${lang ?? ''}></x-probe>`);

  it('takes the element’s own lang first', async () => {
    document.documentElement.lang = 'fr';
    expect(resolveLanguage(await probe('de'))).to.equal('de');
  });

  it('then the closest [lang]', async () => {
    document.documentElement.lang = 'fr';
    const wrapper = await fixture(html`<div lang="it"><span><x-probe></x-probe></span></div>`);
    expect(resolveLanguage(wrapper.querySelector('x-probe')!)).to.equal('it');
  });

  it('then <html lang>, then navigator.language, then English', async () => {
    const el = document.createElement('x-probe');
    document.body.append(el);
    try {
      document.documentElement.lang = 'sv';
      expect(resolveLanguage(el)).to.equal('sv');
      document.documentElement.lang = '';
      setNavigatorLanguage('pl-PL');
      expect(resolveLanguage(el)).to.equal('pl');
      setNavigatorLanguage('ja-JP');
      expect(resolveLanguage(el)).to.equal('en');
    } finally {
      el.remove();
    }
  });

  it('falls back from a region variant to its language, and knows Norwegian aliases', async () => {
    expect(resolveLanguage(await probe('pt-PT'))).to.equal('pt');
    expect(resolveLanguage(await probe('de-AT'))).to.equal('de');
    expect(resolveLanguage(await probe('de_AT'))).to.equal('de');
    expect(resolveLanguage(await probe('no'))).to.equal('nb');
    expect(resolveLanguage(await probe('nn-NO'))).to.equal('nb');
    expect(resolveLanguage(await probe('EN-gb'))).to.equal('en');
  });

  it('gives Brazil its own Portuguese, and every other Portuguese the European texts', async () => {
    for (const tag of ['pt-BR', 'pt-br', 'PT-BR']) expect(resolveLanguage(await probe(tag)), tag).to.equal('pt-BR');
    for (const tag of ['pt', 'pt-PT', 'pt-AO', 'pt_MZ']) expect(resolveLanguage(await probe(tag)), tag).to.equal('pt');
    document.documentElement.lang = '';
    const el = document.createElement('x-probe');
    document.body.append(el);
    try {
      Object.defineProperty(navigator, 'language', { value: 'pt-BR', configurable: true });
      expect(resolveLanguage(el)).to.equal('pt-BR');
    } finally {
      el.remove();
    }
  });

  it('skips a language without texts for the next candidate', async () => {
    document.documentElement.lang = 'es';
    expect(resolveLanguage(await probe('ja'))).to.equal('es');
  });
});

import type { ConsentStrings } from './consent-strings.js';
import type { LanguageCode } from './language-codes.js';

/**
 * Loads the texts of one language on demand: one small module each, which bundlers and the
 * drop-in ES build turn into separate files (`dist/i18n/<code>.js`). The classic-script build
 * swaps this module for `load-strings-url.ts`.
 */
export function loadStrings(code: LanguageCode): Promise<ConsentStrings> {
  const loaders: Record<LanguageCode, () => Promise<{ default: ConsentStrings }>> = {
    bg: () => import('./bg.js'),
    cs: () => import('./cs.js'),
    da: () => import('./da.js'),
    de: () => import('./de.js'),
    el: () => import('./el.js'),
    es: () => import('./es.js'),
    et: () => import('./et.js'),
    fi: () => import('./fi.js'),
    fr: () => import('./fr.js'),
    ga: () => import('./ga.js'),
    hr: () => import('./hr.js'),
    hu: () => import('./hu.js'),
    it: () => import('./it.js'),
    lt: () => import('./lt.js'),
    lv: () => import('./lv.js'),
    mt: () => import('./mt.js'),
    nl: () => import('./nl.js'),
    pl: () => import('./pl.js'),
    pt: () => import('./pt.js'),
    ro: () => import('./ro.js'),
    sk: () => import('./sk.js'),
    sl: () => import('./sl.js'),
    sv: () => import('./sv.js'),
    nb: () => import('./nb.js'),
    is: () => import('./is.js'),
    tr: () => import('./tr.js'),
    uk: () => import('./uk.js'),
    ar: () => import('./ar.js'),
    'pt-BR': () => import('./pt-BR.js'),
  };
  return loaders[code]().then((m) => m.default);
}

import { importDeclaration } from '../components/cookie-declaration/load-declaration.js';
import { defineDeclaration } from '../define.js';
import { pageDocument } from '../internal/page-document.js';
import { whenParsed } from '../internal/when-parsed.js';
import { queryFirst } from '../internal/query-all.js';
import { REPORTED } from '../internal/reported.js';

/**
 * The drop-in files' `<cookie-declaration>`: on a page that has one once parsed (a privacy page),
 * its class is loaded beside them and registered; other pages load nothing more.
 */
const load = () => {
  if (!queryFirst(pageDocument('documentElement'), 'cookie-declaration')) return;
  importDeclaration().then(defineDeclaration, (e: unknown) => {
    // (a classic script pasted inline has said once what it cannot load)
    if (!(e as { [REPORTED]?: boolean } | null)?.[REPORTED]) console.warn('<cookie-consent>: <cookie-declaration> could not load.', e);
  });
};

whenParsed(load);

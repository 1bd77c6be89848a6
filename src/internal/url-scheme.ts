import { warnInvalid } from './warn-invalid.js';

/**
 * The scheme of `url` as a browser reads it (`JaVaScRiPt:`, leading spaces and tabs inside
 * included, which the URL parser ignores), lower case with its colon: `javascript:`. A relative
 * URL has the page's, reported here as `http:`; an unparsable one `''`.
 */
function urlScheme(url: string): string {
  try {
    return new URL(url, 'http://h/').protocol;
  } catch {
    return '';
  }
}

/** A URL that runs script when followed or loaded in a frame. */
export const runsScript = (url: string): boolean => /^(javascript|vbscript):$/.test(urlScheme(url));

/** A URL that a link must not point at: following it would run script or open a document of its own making. */
export const refusedLink = (url: string): boolean => /^(javascript|data|vbscript):$/.test(urlScheme(url));

/**
 * `url` for a link's `href` (`attribute` names where it came from), unless following it would run
 * script or open a document of its own making (`javascript:`, `data:`, `vbscript:`): then `''`
 * (no link) and one warning.
 */
export function linkable(attribute: string, url: string): string {
  if (!refusedLink(url)) return url;
  warnInvalid(attribute, url, 'no link');
  return '';
}

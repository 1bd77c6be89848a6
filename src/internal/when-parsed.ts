import { pageDocument } from './page-document.js';

/** Whether the parser is still at work on the page. */
export const parsing = (): boolean => pageDocument('readyState') == 'loading';

/** Runs `run` once the page is parsed: at `DOMContentLoaded` while it is being parsed, else now. */
export function whenParsed(run: () => void): void {
  if (parsing()) pageDocument('addEventListener')('DOMContentLoaded', run, { once: true });
  else run();
}

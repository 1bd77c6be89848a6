import { onConsentUpdate } from '../core/consent-hub.js';
import { activateGated } from './activate-gated.js';
import { GATED } from './consent-ids.js';
import { gating } from './gating-state.js';

// While the parser is at work, an element it just added may still lack some of its content (a
// long inline script arrives in chunks): the watcher leaves it to the pass at DOMContentLoaded.
const parsing = () => document.readyState == 'loading';

function watch(): () => void {
  const pass = () => parsing() || activateGated();
  // Cheap on pages that mutate a lot: a batch of records costs one `querySelector` per parent
  // whose children changed, and work only where gated markup is. Reading each record's
  // `addedNodes` instead cost Chromium 156 about as much again as the observer itself, on a page
  // script appending 10,000 elements one by one. Attributes are not watched.
  const observer = new MutationObserver((records) => {
    if (!parsing()) {
      for (const parent of new Set(records.map((record) => record.target as ParentNode))) {
        if (parent.querySelector(GATED)) activateGated(parent);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  const off = onConsentUpdate(pass);
  // (once, and left in place when stopped early: one more pass is harmless)
  if (parsing()) document.addEventListener('DOMContentLoaded', pass, { once: true });
  pass();
  return () => {
    observer.disconnect();
    off();
  };
}

/**
 * Starts the page-wide watcher: gated markup is activated now, after every consent update, and
 * whenever it is added to the document later (single-page apps). Calls from one or two copies of
 * the library share one watcher, which stops once every returned function has been called.
 */
export function startGating(): () => void {
  if (!gating.watchers++) gating.stop = watch();
  let running = true;
  return () => {
    if (running) {
      running = false;
      if (!--gating.watchers) gating.stop!();
    }
  };
}

import { queryFirst } from '../internal/query-all.js';
import { parsing, whenParsed } from '../internal/when-parsed.js';
import { onConsentUpdate } from '../core/consent-hub.js';
import { activateGated } from './activate-gated.js';
import { GATED } from './consent-ids.js';
import { gating } from './gating-state.js';

// While the parser is at work, an element it just added may still lack some of its content (a
// long inline script arrives in chunks): the watcher leaves it to the pass at DOMContentLoaded.


function watch(): () => void {
  const pass = () => parsing() || activateGated();
  // read past markup: a form's control named `parentNode` shadows the form's own (looked up here,
  // not on import: there is no DOM on a server)
  const parentNode = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode')!.get!;
  // Cheap on pages that mutate a lot: a batch of records costs one `querySelector` per parent
  // that gained children, and work only where gated markup is. The callback runs after the
  // insertions, so one query sees all that a parent gained in the batch, and what its children
  // gained too: a parent is queried once, and not at all when its own parent was. (Reading each
  // record's `addedNodes` instead made a page script appending 10,000 elements 40 % slower in
  // Chromium, against 5 to 15 % for an observer that does nothing.) Attributes are not watched.
  // The passes wait for the end of the task, so that a burst of insertions (ours too: each
  // activated script is one) costs one pass, not one each.
  const dirty = new Set<ParentNode>();
  let flush: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (parsing()) return;
    // the targets of this batch, each queried or under one that was
    const seen = new Set<Node | null>();
    let last: Node | undefined;
    for (const { target } of records) {
      if (target === last) continue;
      last = target;
      if (seen.has(target)) continue;
      seen.add(target);
      if (!seen.has(parentNode.call(target)) && !dirty.has(target as ParentNode) && queryFirst(target as ParentNode, GATED))
        dirty.add(target as ParentNode);
    }
    flush ??= dirty.size
      ? setTimeout(() => {
          flush = undefined;
          for (const root of dirty) if ((root as Node).isConnected) activateGated(root);
          dirty.clear();
        })
      : undefined;
  });
  observer.observe(document, { childList: true, subtree: true });
  const off = onConsentUpdate(pass);
  // (once, and left in place when stopped early: one more pass is harmless)
  whenParsed(pass);
  return () => {
    observer.disconnect();
    clearTimeout(flush);
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

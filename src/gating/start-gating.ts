import { parsing, whenParsed } from '../internal/when-parsed.js';
import { onConsentUpdate } from '../core/consent-hub.js';
import { activateGated } from './activate-gated.js';
import { GATED } from './consent-ids.js';
import { queryFirst } from '../internal/query-all.js';
import { readNode } from '../internal/read-node.js';
import { gating } from './gating-state.js';

// While the parser is at work, an element it just added may still lack some of its content (a
// long inline script arrives in chunks): the watcher leaves it to the pass at DOMContentLoaded.

/** How many records of one parent in a row the watcher reads one by one (see `watch`). */
const FEW = 8;
/** How many records make a batch that the watcher does not go through at all (see `watch`). */
const MANY = 1000;

function watch(): () => void {
  const pass = () => parsing() || activateGated();
  const { matches } = Element.prototype;
  // (by its kind, not `instanceof`: an element made in another frame of the page has its prototypes)
  const isElement = (node: Node) => readNode(node, 'nodeType') == 1;
  // Cheap on pages that mutate a lot, and work only where gated markup is. The callback runs
  // after the insertions, so one `querySelector` on a node sees all that it gained in the batch,
  // and what its children gained too: a node is queried once, and not at all when its parent
  // was. A parent that gained a few children in a row (a feed appending a section) is not
  // queried as a whole, which would cost the whole page on every task: those children are. One
  // that gained many (10,000 appends in a loop) is, since reading each record's `addedNodes`
  // cost such a script 40 % in Chromium. A batch of thousands of records is not gone through at
  // all: one look at the page costs less. Attributes are not watched. The passes wait for the
  // end of the task, so that a burst of insertions (ours too: each activated script is one)
  // costs one pass, not one each.
  const dirty = new Set<ParentNode>();
  let flush: ReturnType<typeof setTimeout> | undefined;
  // (in document order: the roots came in the order of insertion, which a list that mounts its
  // items from the last, as Vue's does, reverses; scripts run in the order they are activated)
  const schedule = () =>
    (flush ??= dirty.size
      ? setTimeout(() => {
          flush = undefined;
          const roots = [...dirty].filter((root) => (root as Node).isConnected);
          dirty.clear();
          roots.sort((a, b) => (compare.call(a, b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
          for (const root of roots) activateGated(root);
        })
      : undefined);
  const compare = Node.prototype.compareDocumentPosition;
  const observer = new MutationObserver((records) => {
    // (a hook that throws, another copy's too, must not cost the batch)
    try {
      gating.sweep?.();
    } catch (e) {
      reportError(e);
    }
    if (parsing()) return;
    // what this batch queried, or holds under something it queried
    const covered = new Set<Node | null>();
    const check = (node: ParentNode) => {
      covered.add(node);
      if (!dirty.has(node) && (queryFirst(node, GATED) || (isElement(node) && matches.call(node, GATED)))) dirty.add(node);
    };
    if (records.length > MANY) return void (check(document), schedule());
    for (let i = 0; i < records.length; ) {
      const { target } = records[i]!;
      let end = i + 1;
      while (end < records.length && records[end]!.target === target) end++;
      if (covered.has(target) || covered.has(readNode(target, 'parentNode'))) covered.add(target);
      else if (end - i > FEW) check(target as ParentNode);
      else for (; i < end; i++) for (const node of records[i]!.addedNodes) if (isElement(node)) check(node as Element);
      i = end;
    }
    schedule();
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

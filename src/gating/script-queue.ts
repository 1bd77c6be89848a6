import { isAllowed } from './consent-ids.js';
import { gating } from './gating-state.js';
import { pageDocument } from '../internal/page-document.js';
import { trustedScript, trustedScriptURL } from '../internal/trusted.js';

/** Settles once the last queued script that runs on insertion (inline classic) had its turn. */
let tail: Promise<unknown> = Promise.resolve();
/** External and module scripts queued since: each settles on `load` or `error`. */
let loading: Promise<unknown>[] = [];
/** Queued scripts not settled yet: with none, an inline script can run at once. */
let waiting = 0;

// Puts `script` in the place of `old` if it may still run: consent may have been withdrawn, or
// `old` removed, while it waited. A withdrawn one may run on a later grant.
function insert(old: HTMLScriptElement, script: HTMLScriptElement): boolean {
  const ok = old.isConnected && isAllowed(old);
  if (ok) old.replaceWith(script);
  else gating.seen.delete(old);
  return ok;
}

/**
 * A new script with every attribute of `old` but `type` (`integrity`, `crossorigin`, inline event
 * handlers, …), its nonce, which browsers hide from `getAttribute`, and its code; `type` given.
 *
 * It must be a new element: a clone would not run when `old` came from `innerHTML` (it copies
 * the "already started" flag that fragment parsing sets), and Firefox reports a Trusted Types
 * violation for a cloned script even after its text is re-set through a policy.
 */
export function copyScript(old: HTMLScriptElement, type?: string): HTMLScriptElement {
  const script = pageDocument('createElement')('script');
  for (const { name, value } of old.attributes) {
    if (name != 'type') script.setAttribute(name, name == 'src' ? trustedScriptURL(value) : trustedScript(value));
  }
  script.nonce = old.nonce;
  if (type) script.type = type;
  script.text = trustedScript(old.text);
  return script;
}

/**
 * Runs the gated `<script type="text/plain">` `old` by putting a copy in its place (changing
 * `type` in place would run nothing: a script is prepared only when inserted), with `data-type`
 * as its type and `data-src` as its `src`, in document order with every other queued script.
 *
 * Order: script-inserted scripts are async unless `async = false`, which puts external and module
 * scripts in the browser's in-order list; inline code is inserted only once every earlier
 * external script has fired `load` or `error` (inline classic code runs the moment it is
 * inserted), and the scripts after it wait for that. An author's `async` keeps its script out of
 * the queue.
 */
export function queueScript(old: HTMLScriptElement): void {
  const { type, src } = old.dataset;
  const script = copyScript(old, type);
  // taken care of: a copy that is gated markup itself (`data-type="text/plain"`) is not queued
  // again when the watcher sees it, and again, for good
  gating.seen.set(script, true);
  if (src) script.src = trustedScriptURL(src);
  if (old.hasAttribute('async')) return void insert(old, script);
  script.async = false;
  // Only external scripts fire `load` or `error` (an inline module does not either; like a
  // module in the page's own markup, it does not hold back the inline scripts after it), and a
  // classic `nomodule` one is skipped by the browser without either.
  if (script.src && (type?.toLowerCase() == 'module' || !script.noModule)) {
    const settled = new Promise((done) => {
      script.addEventListener('load', done);
      script.addEventListener('error', done);
    });
    waiting++;
    loading.push(tail.then(() => insert(old, script) && settled).finally(() => waiting--));
  } else if (!waiting) {
    // nothing earlier to wait for: run it now, in the click that granted it
    insert(old, script);
  } else {
    waiting++;
    tail = Promise.all([tail, ...loading]).then(() => insert(old, script)).finally(() => waiting--);
    loading = [];
  }
}

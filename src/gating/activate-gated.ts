import { gatedIn, isAllowed } from './consent-ids.js';
import { gating } from './gating-state.js';
import { carriesNonce } from './script-nonce.js';
import { copyScript, queueScript } from './script-queue.js';
import { runsScript } from '../internal/url-scheme.js';
import { trustedScriptURL } from '../internal/trusted.js';
import { oneLine } from '../internal/one-line.js';

/** Scripts that are live: not gated, or our copies of gated ones. */
const LIVE = 'script:not([type="text/plain" i])';

// The scripts of a template's content would run when inserted, but out of order and, under
// Trusted Types, not at all: as gated scripts of the template's categories they take the queue.
function stamp(template: HTMLTemplateElement): void {
  const content = template.content.cloneNode(true) as DocumentFragment;
  for (const old of content.querySelectorAll<HTMLScriptElement>(LIVE)) {
    const script = copyScript(old, 'text/plain');
    script.dataset.type = old.type;
    script.dataset.consent ||= template.dataset.consent;
    old.replaceWith(script);
  }
  const nodes = [...content.children];
  template.replaceWith(content);
  for (const node of nodes) activateGated(node);
}

function activate(el: HTMLElement): void {
  const tag = el.tagName;
  const seen = gating.seen.get(el);
  if (seen === true || el.matches(LIVE)) return;
  // a script the nonce rule refuses stays inert for good, and no placeholder offers to load it
  if (tag == 'SCRIPT' && !carriesNonce(el as HTMLScriptElement)) {
    gating.seen.set(el, true);
    return seen?.remove();
  }
  if (!isAllowed(el)) {
    // (none yet, or one that left the page with its element, which is back)
    if (!seen?.isConnected) gating.placeholder?.(el, () => activate(el));
    return;
  }
  gating.seen.set(el, true);
  if (seen) {
    seen.remove();
    el.hidden = false;
  }
  if (tag == 'SCRIPT') return queueScript(el as HTMLScriptElement);
  if (tag == 'TEMPLATE') return stamp(el as HTMLTemplateElement);
  const { src, srcset } = el.dataset;
  if (src && runsScript(src)) return void console.warn(`<cookie-consent>: data-src="${oneLine(src)}" is a script URL; not loaded.`);
  if (srcset) el.setAttribute('srcset', srcset);
  // An element cloned after it loaded has its `src` already: setting it again would reload it.
  if (src && el.getAttribute('src') != src) el.setAttribute('src', trustedScriptURL(src));
  // A <source> is read only when its media element (re)loads.
  if (tag == 'SOURCE') (el.parentElement as HTMLMediaElement | null)?.load?.();
}

/**
 * Activates the gated markup under `root` (and `root` itself) that the current grants allow
 * (docs/gating.md): `<script type="text/plain" data-consent>` runs, in document order and once;
 * `data-src` / `data-srcset` become `src` / `srcset`; `<template data-consent>` is stamped in its
 * place. Every id that `data-consent` lists must be granted. Blocked elements with
 * `data-consent-placeholder` get a placeholder with a button that grants and loads them.
 *
 * Scripts run after this returns (from a microtask, or once earlier external ones loaded).
 * Elements already activated are skipped, so it is safe to call as often as you like. Call it
 * once the page is parsed (`startGating()` waits for that by itself): the parser may not have
 * added all of an inline script yet.
 */
export function activateGated(root: ParentNode = document): void {
  for (const el of gatedIn(root)) {
    // One broken element (a Trusted Types refusal, say) must not keep the others blocked.
    try {
      activate(el as HTMLElement);
    } catch (e) {
      reportError(e);
    }
  }
}

/**
 * The gated markup of a page, for the inspector: each element with `data-consent`, and whether
 * it has run (a script) or loaded (an iframe, image or media element) yet.
 */

export type GatedState = 'blocked' | 'ran' | 'loaded';

export interface GatedElement {
  /** What it is, as a reader would name it: `script fake-analytics.js`, `iframe "Video"`. */
  label: string;
  /** The ids its `data-consent` lists. */
  categories: string[];
  state: GatedState;
}

const fileName = (url: string) => url.split(/[?#]/)[0].split('/').pop() || url;

function label(el: Element): string {
  const tag = el.localName;
  const src = el.getAttribute('data-src') ?? el.getAttribute('src');
  if (tag === 'iframe' && el.getAttribute('title')) return `iframe “${el.getAttribute('title')}”`;
  if (src) return `${tag} ${fileName(src)}`;
  if (el.id) return `${tag} #${el.id}`;
  return `inline ${tag}`;
}

// A gated script is replaced, when it runs, by a copy that keeps `data-consent` and loses
// `type="text/plain"`; other elements get their `src` (or `srcset`) from `data-src`.
function state(el: Element): GatedState {
  if (el.localName === 'script') return el.getAttribute('type')?.toLowerCase() === 'text/plain' ? 'blocked' : 'ran';
  return el.hasAttribute('src') || el.hasAttribute('srcset') ? 'loaded' : 'blocked';
}

/** Every gated element under `root`, in document order. */
export function gatedElements(root: ParentNode = document): GatedElement[] {
  return [...root.querySelectorAll('[data-consent]')].map((el) => ({
    label: label(el),
    categories: (el.getAttribute('data-consent') ?? '').match(/\S+/g) ?? [],
    state: state(el),
  }));
}

/** Calls `listener` whenever gated markup may have changed state; returns the disconnect. */
export function watchGated(root: Node, listener: () => void): () => void {
  const observer = new MutationObserver(listener);
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['src', 'srcset', 'type', 'data-consent'],
  });
  return () => observer.disconnect();
}

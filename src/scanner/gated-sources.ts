import type { Cause, Visit } from './types.js';

/** Tags whose element the browser names as the cause of what runs inside it: a frame's. */
const FRAME_TAGS = new Set(['iframe', 'frame']);

/**
 * What the page's gated markup can answer for in a visit, and under which ids (docs/scanner.md,
 * *Violations*). The markup is page data: any element can carry `data-consent` and name any URL,
 * and a visitor's comment can put one there. So gated markup answers only for what it can
 * have done itself, and never for a URL the page also loads with no `data-consent`:
 *
 * - what a script wrote or sent, only through a gated `<script>` of that URL (an `<img>` runs no
 *   code); what happened inside a frame, only through a gated `<iframe>` of that URL;
 * - the request that loads a URL, through a gated element of any tag that names it;
 * - not at all when a `<script>` or `<iframe>` of the page loads that URL ungated: the browser
 *   cannot tell which copy did what, and the ungated one runs before any choice;
 * - each element naming the URL counts: it is allowed only when all of them are granted, so a
 *   copy gated as `necessary` does not excuse the one the site gates as `analytics`.
 */
export class GatedSources {
  readonly #scripts = new Map<string, string[][]>();
  readonly #frames = new Map<string, string[][]>();
  readonly #loads = new Map<string, string[][]>();

  constructor(visit: Pick<Visit, 'gated' | 'ungated'>) {
    const ungated = new Set(visit.ungated.map((e) => e.src));
    const add = (map: Map<string, string[][]>, url: string, ids: string[]) => {
      const lists = map.get(url);
      if (lists) lists.push(ids);
      else map.set(url, [ids]);
    };
    for (const element of visit.gated) {
      if (!element.src || ungated.has(element.src)) continue;
      add(this.#loads, element.src, element.consent);
      if (element.tag === 'script') add(this.#scripts, element.src, element.consent);
      if (FRAME_TAGS.has(element.tag)) add(this.#frames, element.src, element.consent);
    }
  }

  /** The `data-consent` lists of the gated scripts or frames that can have caused it; none for any other cause. */
  forCause(cause: Cause | undefined): readonly string[][] {
    if (cause?.kind === 'script') return this.#scripts.get(cause.url) ?? [];
    if (cause?.kind === 'frame') return this.#frames.get(cause.url) ?? [];
    return [];
  }

  /** The `data-consent` lists of the gated elements that load this URL. */
  forLoad(url: string): readonly string[][] {
    return this.#loads.get(url) ?? [];
  }
}

/**
 * Whether every element of `lists` names at least one id and has all its ids granted; false for
 * no element at all. An empty `data-consent` names no purpose, so it answers for nothing.
 */
export function allGranted(lists: readonly string[][], granted: ReadonlySet<string>): boolean {
  return lists.length > 0 && lists.every((ids) => ids.length > 0 && ids.every((id) => granted.has(id)));
}

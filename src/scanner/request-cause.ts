import type { Frame } from 'playwright-core';
import { withoutQuery } from './is-first-party.js';
import { list, text } from './sanitize-probe.js';
import type { Cause } from './types.js';

/** The iframe of the page that holds `frame` (itself, or the one it is nested in), or null for the page. */
export function pageLevelFrame(frame: Frame, main: Frame): Frame | null {
  let current = frame;
  while (current.parentFrame() && current.parentFrame() !== main) current = current.parentFrame()!;
  return current === main ? null : current;
}

export const sameDocument = (a: string, b: string) => withoutQuery(a) !== '' && withoutQuery(a) === withoutQuery(b);


/** The start of a script tag; each start is found once, so the search is linear in the text. */
const SCRIPT_START = /<script\b/gi;
/** A whole script tag, from its start to its first `>`, that has a `src`: the value of the last one. */
const SCRIPT_SRC = /^<script\b[^>]*\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>$/i;

/**
 * The external scripts' tags in one line of HTML, in order: where each ends (the index after its
 * `>`) and its `src` as written. A tag runs from `<script` to the first `>` after it, so the
 * search goes on after that `>`, whether the tag had a `src` or not: a start inside it would find
 * no other. A pattern searched over the whole line would try again from every start, each time
 * to the end of the line when no `>` follows: quadratic on a line of `<script <script …`.
 */
function scriptTagsOf(line: string): { end: number; src: string }[] {
  const tags: { end: number; src: string }[] = [];
  SCRIPT_START.lastIndex = 0;
  for (let start = SCRIPT_START.exec(line); start; start = SCRIPT_START.exec(line)) {
    const close = line.indexOf('>', start.index);
    if (close < 0) break;
    const src = SCRIPT_SRC.exec(line.slice(start.index, close + 1))?.slice(1).find((v) => v !== undefined);
    if (src !== undefined) tags.push({ end: close + 1, src });
    SCRIPT_START.lastIndex = close + 1;
  }
  return tags;
}

/**
 * The page's HTML as the causes of its requests read it: only as text, each line's script tags
 * once and each URL looked up once, however many requests name them. The HTML is the page's, and
 * this runs where no deadline reaches.
 */
export class PageMarkup {
  #lines?: string[];
  readonly #tagsByLine = new Map<number, { end: number; src: string }[]>();
  readonly #named = new Map<string, boolean>();

  constructor(
    readonly html: string,
    readonly pageUrl: string,
  ) {}

  /**
   * The external script whose tag is the last to end at a place (`line` and `column` from 0), if
   * any: Chromium blames a request that a parser-blocking script makes while it runs on the
   * parser, at the position of that script's tag.
   */
  scriptAt(line: number, column: number): string {
    this.#lines ??= this.html.split('\n');
    if (!this.#tagsByLine.has(line)) this.#tagsByLine.set(line, scriptTagsOf(this.#lines[line] ?? ''));
    const tags = this.#tagsByLine.get(line)!;
    // the last tag that ends by the column: the tags end in order
    let low = 0;
    let high = tags.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (tags[middle]!.end <= column + 1) low = middle + 1;
      else high = middle;
    }
    const src = tags[low - 1]?.src;
    if (!src) return '';
    try {
      return withoutQuery(new URL(src.replace(/&amp;/g, '&'), this.pageUrl).href);
    } catch {
      return '';
    }
  }

  /** Whether the HTML names `url` (its host and path), as the markup that loads it must. */
  names(url: string): boolean {
    let where: string;
    try {
      const { host, pathname } = new URL(url);
      where = host + pathname;
    } catch {
      return false;
    }
    let named = this.#named.get(where);
    if (named === undefined) this.#named.set(where, (named = this.html.includes(where)));
    return named;
  }
}

/** What CDP's `Network.requestWillBeSent` says started a request: the innermost script, or the markup. */
export function causeFromInitiator(initiator: unknown, pageUrl: string, markup: PageMarkup, requestUrl: string): Cause | undefined {
  const record = initiator as { type?: unknown; url?: unknown; stack?: unknown } | undefined;
  let stack = record?.stack as { callFrames?: unknown; parent?: unknown } | undefined;
  for (let depth = 0; stack && depth < 20; depth++) {
    for (const frame of list(stack.callFrames, (f) => text((f as { url?: unknown })?.url))) {
      if (/^https?:/.test(frame)) return sameDocument(frame, pageUrl) ? { kind: 'inline-script', url: withoutQuery(pageUrl) } : { kind: 'script', url: withoutQuery(frame) };
    }
    stack = stack.parent as typeof stack;
  }
  const url = text(record?.url);
  if ((record?.type === 'parser' || record?.type === 'preload') && /^https?:/.test(url)) {
    if (!sameDocument(url, pageUrl)) return { kind: 'script', url: withoutQuery(url) };
    const where = initiator as { lineNumber?: unknown; columnNumber?: unknown };
    if (typeof where.lineNumber !== 'number') return { kind: 'markup', url: withoutQuery(pageUrl) };
    const script = markup.scriptAt(where.lineNumber, typeof where.columnNumber === 'number' ? where.columnNumber : Infinity);
    // a script's own request is blamed on its tag: that is markup, not the script
    if (script && script !== withoutQuery(requestUrl)) return { kind: 'script', url: script };
    // An async script that runs while the page is still parsed has its requests blamed on the
    // parser, wherever it then is: markup that does not name the URL did not load it.
    return markup.names(requestUrl) ? { kind: 'markup', url: withoutQuery(pageUrl), line: where.lineNumber + 1 } : undefined;
  }
  return undefined;
}

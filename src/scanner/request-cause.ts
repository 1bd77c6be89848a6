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


/**
 * The external script whose tag sits at `line`/`column` of the page's HTML, if any: Chromium
 * blames a request that a parser-blocking script makes while it runs on the parser, at the
 * position of that script's tag. The HTML is only searched as text.
 */
export function scriptAt(html: string, line: number, column: number, pageUrl: string): string {
  const text = html.split('\n')[line]?.slice(0, column + 1) ?? '';
  const tags = [...text.matchAll(/<script\b[^>]*\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi)];
  const src = tags.at(-1)?.slice(1).find((v) => v !== undefined);
  if (!src) return '';
  try {
    return withoutQuery(new URL(src.replace(/&amp;/g, '&'), pageUrl).href);
  } catch {
    return '';
  }
}

/** What CDP's `Network.requestWillBeSent` says started a request: the innermost script, or the markup. */
export function causeFromInitiator(initiator: unknown, pageUrl: string, html: string, requestUrl: string): Cause | undefined {
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
    const script = scriptAt(html, where.lineNumber, typeof where.columnNumber === 'number' ? where.columnNumber : Infinity, pageUrl);
    // a script's own request is blamed on its tag: that is markup, not the script
    return script && script !== withoutQuery(requestUrl) ? { kind: 'script', url: script } : { kind: 'markup', url: withoutQuery(pageUrl), line: where.lineNumber + 1 };
  }
  return undefined;
}

import { parseRecord } from '../../src/core/record-codec.js';

/** The consent cookie as the browser keeps it, for the inspector. */
export interface StoredCookie {
  /** Size of `name=value` in bytes, what the browser sends with each request. */
  bytes: number;
  /** The record the value holds (docs/cookie.md), as JSON; else the value as it is. */
  decoded: string;
}

export function readCookie(name: string, doc: Document = document): StoredCookie | undefined {
  const pair = doc.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  if (!pair) return undefined;
  const raw = pair.slice(name.length + 1);
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
    decoded = JSON.stringify(parseRecord(decoded) ?? JSON.parse(decoded), null, 1);
  } catch {
    // not a record of the library's: show it as it is
  }
  return { bytes: new TextEncoder().encode(pair).length, decoded };
}

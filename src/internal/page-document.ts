/**
 * A member of `document` as the browser defines it, read past what page markup adds to it.
 *
 * `document` exposes named elements as properties that shadow its own: `<img name="currentScript">`,
 * `<form name="head">`, `<embed name="createElement">` or `<iframe name="readyState">` in a
 * comment makes `document.currentScript` (…) that element. So the library never reads these off
 * `document` itself, but from the prototypes, which markup cannot reach. Methods come bound.
 */
export function pageDocument<K extends keyof Document>(name: K): Document[K] {
  const d = descriptor(name);
  return d?.get ? d.get.call(document) : typeof d?.value == 'function' ? d.value.bind(document) : d?.value;
}

/** Sets a member of `document` that has a setter (`adoptedStyleSheets`), past named properties. */
export function setPageDocument<K extends keyof Document>(name: K, value: Document[K]): void {
  descriptor(name)?.set?.call(document, value);
}

function descriptor(name: string): PropertyDescriptor | undefined {
  for (let proto: object | null = Document.prototype; proto; proto = Object.getPrototypeOf(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) return d;
  }
  return undefined;
}

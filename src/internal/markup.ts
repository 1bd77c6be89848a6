import type { Attributes } from './dom.js';

/** HTML text made by {@link markup}: inserted as it is where another `markup()` takes it as a child. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** `text` for HTML, in an element or an attribute's quotes: no character of it is markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * What `h()` (internal/dom.ts) makes, as HTML text, for a server: the same arguments, attributes
 * and text escaped, listeners left out (they are the browser's to attach).
 */
export function markup(tag: string, attributes: Attributes = {}, ...children: (Markup | string | null | false | undefined)[]): Markup {
  let html = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value == 'function' || value == null || value === false) continue;
    html += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  html += '>';
  for (const child of children) if (child != null && child !== false) html += child instanceof Markup ? child.html : escapeHtml(child);
  return new Markup(`${html}</${tag}>`);
}

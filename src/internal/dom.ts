import { pageDocument } from './page-document.js';

/** What an element is made of: text, elements, or nothing (`null`, `false`, `undefined` are skipped). */
export type Child = Node | string | null | false | undefined;

/**
 * An element made with the DOM's own methods: `attributes` as attributes (`true` empty, `null` or
 * `false` none; text only, never parsed as markup), `@type` keys as event listeners, `children`
 * appended (strings as text). What the banner needs of a template engine, without one: a page
 * with a decision evaluates none.
 */
export function h(tag: string, attributes: Record<string, string | boolean | null | undefined | ((e: Event) => void)> = {}, ...children: Child[]): HTMLElement {
  const el = pageDocument('createElement')(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value == 'function') el.addEventListener(name.slice(1), value);
    else if (value != null && value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...(children.filter((c) => c != null && c !== false) as (Node | string)[]));
  return el;
}

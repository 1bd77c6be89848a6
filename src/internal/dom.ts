import { pageDocument } from './page-document.js';

/** What an element is made of: text, elements, or nothing (`null`, `false`, `undefined` are skipped). */
export type Child = Node | string | null | false | undefined;

/** Attributes as `h()` takes them: text, `true` (empty), none (`null`, `false`), or a listener (`@type`). */
export type Attributes = Record<string, string | boolean | null | undefined | ((e: Event) => void)>;

/** A maker of elements: `h()` in the browser, `markup()` (internal/markup.ts) on a server. */
export type Make<N> = (tag: string, attributes?: Attributes, ...children: (N | string | null | false | undefined)[]) => N;

/**
 * An element made with the DOM's own methods: `attributes` as attributes (`true` empty, `null` or
 * `false` none; text only, never parsed as markup), `@type` keys as event listeners, `children`
 * appended (strings as text). What the banner needs of a template engine, without one: a page
 * with a decision evaluates none.
 */
export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const el = pageDocument('createElement')(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value == 'function') el.addEventListener(name.slice(1), value);
    else if (value != null && value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...(children.filter((c) => c != null && c !== false) as (Node | string)[]));
  return el;
}

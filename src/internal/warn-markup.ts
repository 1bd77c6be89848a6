import { escapeControls, oneLine } from './one-line.js';
const warned = new WeakMap<Element, Set<string>>();

/**
 * Reports a problem with a configuring element of the page (`<cookie-service name="">`) once: the
 * markup is read again on every render, but the site owner sees one line per element and problem.
 * The values in `problem` come cut with `oneLine`, so that the problem is said whole.
 */
export function warnMarkup(el: Element, problem: string): void {
  const seen = warned.get(el) ?? new Set<string>();
  if (seen.has(problem)) return;
  warned.set(el, seen.add(problem));
  console.warn(`<cookie-consent>: ${escapeControls(problem)}`);
}

/** How a warning names a configuring element: its tag and `name` (`<cookie-service name="youtube">`). */
export const markupName = (el: Element): string => `<${el.localName} name="${oneLine(el.getAttribute('name') ?? '')}">`;

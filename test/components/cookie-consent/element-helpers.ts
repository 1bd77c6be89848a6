import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const banner = (el: Element) => part(el, 'banner');
export const click = async (el: CookieConsentElement, name: string) => {
  part(el, name)!.click();
  await el.updateComplete;
};
/** The element focus is really on, through shadow roots. */
export const deepActive = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
export const describeNode = (n: Element | null | undefined) => (n ? `<${n.localName}> ${n.id || n.getAttribute('part') || n.textContent?.trim().slice(0, 20)}` : String(n));
/** Asserts where focus is, with a short message (chai's diff of two DOM nodes takes forever). */
export const expectFocusOn = (target: Element | null | undefined) => {
  expect(describeNode(deepActive()), 'focused element').to.equal(describeNode(target));
  expect(deepActive() === target, 'the very same element').to.equal(true);
};


/** Asserts that there is no such node (chai would print a whole DOM tree if there were). */
export const expectNone = (node: Element | null | undefined, what = 'element') =>
  expect(node ? describeNode(node) : null, `no ${what}`).to.equal(null);

/** The preferences dialog, once it is open. */
export const dialog = (el: Element) => el.shadowRoot!.querySelector('dialog');
/** The category switches of the open dialog, by category id. */
export const switches = (el: Element) =>
  Object.fromEntries([...dialog(el)!.querySelectorAll<HTMLInputElement>('[role="switch"]')].map((s) => [s.name, s]));
/** Opens the preferences with one of the element's buttons and waits until the dialog shows. */
export async function openPreferences(el: CookieConsentElement, how = 'preferences-button'): Promise<HTMLDialogElement> {
  const shown = new Promise((resolve) =>
    el.addEventListener('consent-show', (e) => e.detail.view === 'preferences' && resolve(e), { once: false }),
  );
  part(el, how)!.click();
  await shown;
  return dialog(el)!;
}

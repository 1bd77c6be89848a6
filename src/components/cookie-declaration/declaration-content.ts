import { h } from '../../internal/dom.js';
import type { ConsentRecord } from '../../core/consent-record.js';
import type { BannerStrings, DeclarationStrings } from '../../i18n/consent-strings.js';
import type { CategoryInfo, ServiceInfo } from '../../preferences/preferences-dialog.js';

/** The texts the declaration shows: category labels and descriptions, and its own. */
export type DeclarationTexts = BannerStrings & DeclarationStrings;

/** The visitor's choice about a category or service, as the declaration states it. */
export type DeclaredState = 'always' | 'granted' | 'denied' | 'undecided';

/** The declaration's markup, and the places that change with the visitor's choice. */
export interface DeclarationContent {
  readonly root: HTMLElement;
  /** Each category and service, and the `<dd>` that states the visitor's choice about it. */
  readonly states: readonly { readonly id: string; readonly always: boolean; readonly dd: HTMLElement }[];
  /** Where the consent id and the date of the stored decision go. */
  readonly record: HTMLElement;
}

/**
 * The declaration (docs/declaration.md): the stored decision's id and date, `button` (which opens
 * the preferences), then a section per category, with a section per service inside it, each with
 * a heading (`level`, the services' one below), its description, a description list of the
 * visitor's choice and the cookies, and a service's privacy policy. Plain markup with classes,
 * for the page's CSS; the text of the page's configuration is set as text.
 */
export function declarationContent(t: DeclarationTexts, categories: readonly CategoryInfo[], level: number, button: HTMLElement): DeclarationContent {
  const states: { id: string; always: boolean; dd: HTMLElement }[] = [];
  const section = (kind: 'category' | 'service', x: CategoryInfo | ServiceInfo, always: boolean, headingLevel: number) => {
    const dd = h('dd', { class: 'state' });
    states.push({ id: x.id, always, dd });
    const list = h('dl', {}, h('dt', {}, t.declarationState), dd);
    if (x.cookies.length) {
      list.append(h('dt', {}, t.declarationCookies), h('dd', { class: 'cookies' }, ...x.cookies.flatMap((c, i) => [i ? ', ' : '', h('code', {}, c)])));
    }
    const el = h('section', { class: kind, [`data-${kind}`]: x.id }, h(`h${headingLevel}`, {}, x.label));
    if (x.description) el.append(h('p', { class: 'description' }, x.description));
    el.append(list);
    if ('policyHref' in x && x.policyHref) {
      // (through a function: a replacement string reads a label's `$&` as a pattern)
      el.append(h('p', { class: 'policy' }, h('a', { href: x.policyHref }, t.servicePolicy.replace('{service}', () => x.label))));
    }
    return el;
  };
  const record = h('div', { class: 'consent-record' });
  const root = h('div', { class: 'cookie-declaration', lang: t.$code, dir: t.$dir }, record, h('p', { class: 'settings' }, button));
  for (const c of categories) {
    const el = section('category', c, c.required, level);
    for (const s of c.services) el.append(section('service', s, c.required, Math.min(level + 1, 6)));
    root.append(el);
  }
  return { root, states, record };
}

/** The consent id and date of `record` (a description list), or that no choice was made yet. */
export function recordContent(t: DeclarationTexts, record: ConsentRecord | null): HTMLElement {
  if (!record) return h('p', {}, t.noDecision);
  const date = new Intl.DateTimeFormat(t.$code, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(record.ts));
  return h(
    'dl',
    {},
    h('dt', {}, t.consentId),
    h('dd', {}, h('code', {}, record.id)),
    h('dt', {}, t.consentDate),
    h('dd', {}, h('time', { datetime: record.ts }, date)),
  );
}

/** The text of `state`. */
export const stateText = (t: DeclarationTexts, state: DeclaredState): string =>
  ({ always: t.stateAlways, granted: t.stateGranted, denied: t.stateDenied, undecided: t.stateUndecided })[state];

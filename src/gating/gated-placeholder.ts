import { pageDocument } from '../internal/page-document.js';
import { queryAll } from '../internal/query-all.js';
import { adoptInDocument, sheetOf } from '../internal/style-sheet.js';
import { grantEverywhere, isGranted } from '../core/consent-hub.js';
import { consentIds } from './consent-ids.js';
import { gating } from './gating-state.js';

/**
 * The texts of the placeholder shown before blocked content with `data-consent-placeholder`,
 * in one object so that a translation can replace them. `{categories}` stands for the names of
 * the blocked categories or services (`labels[id]`, else the id) joined as a list in `lang`.
 */
export const placeholderTexts = {
  lang: 'en',
  blocked: 'This content is blocked because it uses {categories} cookies.',
  allow: 'Allow {categories} cookies and load',
  labels: {} as Record<string, string>,
};

// The names each element gives its categories and services. Markup slipped into the page can
// add an element that calls the site's `marketing` "strictly necessary": where two disagree on
// an id, the placeholders name the id itself.
const namesBy = new Map<object, ReadonlyMap<string, string>>();

/**
 * Sets the names `owner` (an element) gives its ids in the placeholders, `null` when it leaves the
 * page; where owners disagree on an id, it is named by the id. Into {@link placeholderTexts}.
 */
export function setPlaceholderLabels(owner: object, names: ReadonlyMap<string, string> | null): void {
  if (names) namesBy.set(owner, names);
  else namesBy.delete(owner);
  const merged = new Map<string, string>();
  for (const each of namesBy.values()) {
    for (const [id, name] of each) merged.set(id, merged.has(id) && merged.get(id) !== name ? id : name);
  }
  placeholderTexts.labels = Object.fromEntries(merged);
}

// Sites often give embeds `display: block`, which beats the `hidden` attribute's UA rule: one
// adopted sheet makes `hidden` win on gated elements with a placeholder. (A constructed sheet
// and CSSOM writes are not inline styles: a strict `style-src` lets them be.)
function adoptHideRule(): void {
  try {
    adoptInDocument(sheetOf('[data-consent-placeholder][hidden]{display:none!important}'));
  } catch {
    // no constructable style sheets: `hidden` holds where the page's CSS lets it
  }
}

// Each placeholder's drawing, to draw it again in another language (the page's may arrive after
// the placeholders went up). Keyed by the placeholder: markup can add look-alikes, which have none.
const drawings = new WeakMap<Element, () => void>();

/** Takes away the placeholders whose element left the page, and moves each with its element. */
function sweep(): void {
  const shown = shownPlaceholders();
  for (const [el, host] of shown) {
    // loaded (its placeholder went then), or off the page: put back, it gets a placeholder again
    // while blocked, and shows if granted meanwhile
    if (gating.seen.get(el) !== host || !el.isConnected) {
      host.remove();
      shown.delete(el);
    } else if (!host.contains(el) && (host.parentNode !== el.parentNode || !(host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING))) {
      // moved elsewhere (not: a node the page put between them, a caption; nor into the
      // placeholder itself, which cannot go before what it holds)
      const focused = pageDocument('activeElement');
      el.before(host);
      // (a node moved loses focus: its button keeps it)
      if (focused && host.contains(focused)) (focused as HTMLElement).focus({ preventScroll: true });
    }
  }
}

// Each placeholder up, by the element it stands for, shared by every copy of the library on the
// page (whichever copy's sweep runs): a framework removes and re-renders what it rendered (Vue's
// `v-if`, a route's view), and leaves behind what it did not.
const shownPlaceholders = (): Map<HTMLElement, HTMLElement> => (gating.shown ??= new Map());

// It is light DOM, `<div class="consent-placeholder">text <button></div>`, so the page's own CSS
// styles it, and its colours are inherited, so it reads on light and dark pages alike. `hidden`
// and CSSOM writes are all it sets: no style attribute for a strict `style-src` to refuse.
function showPlaceholder(el: HTMLElement, load: () => void): void {
  if (!el.hasAttribute('data-consent-placeholder')) return;
  adoptHideRule();
  const create = pageDocument('createElement');
  const host = create('div');
  const button = create('button');
  const text = pageDocument('createTextNode')('');
  const blockedNow = () => consentIds(el).filter((id) => !isGranted(id));
  // (the nodes stay: a button that has focus keeps it)
  const draw = () => {
    const { lang, blocked, allow, labels } = placeholderTexts;
    const names = new Intl.ListFormat(lang).format(blockedNow().map((id) => (Object.hasOwn(labels, id) ? labels[id] : id)));
    host.lang = lang;
    // (filled in through functions: a replacement string reads a label's `$&` as a pattern)
    text.data = blocked.replace('{categories}', () => names);
    button.textContent = allow.replace('{categories}', () => names);
  };
  host.className = 'consent-placeholder';
  button.type = 'button';
  // WCAG 2.5.8: a button in a small page font can be less than 24 px high
  button.style.minHeight = '24px';
  button.onclick = () => {
    const ids = blockedNow();
    if (ids.length) grantEverywhere(ids, 'save');
    load();
    // keyboard users go on where the content now is (an iframe, a video with controls)
    el.focus();
  };
  host.append(text, ' ', button);
  draw();
  drawings.set(host, draw);
  el.before(host);
  el.hidden = true;
  gating.seen.set(el, host);
  shownPlaceholders().set(el, host);
}

/**
 * Draws the placeholders on the page again, in the texts {@link placeholderTexts} holds now: the
 * element calls it once its language has loaded.
 */
export function redrawPlaceholders(): void {
  for (const host of queryAll(document, 'div.consent-placeholder')) drawings.get(host)?.();
}

/**
 * From now on gating shows a placeholder before each blocked element that has
 * `data-consent-placeholder` (docs/gating.md): its text names the blocked purposes, and its one button
 * grants them and loads the content. Call it before `startGating()` or `activateGated()`, which
 * place them. `<cookie-consent>` does; the headless `./core.js` leaves it out, being UI.
 */
export function enablePlaceholders(): void {
  gating.placeholder = showPlaceholder;
  gating.sweep = sweep;
}

/**
 * The demo site's header (name and navigation) and footer, written once for every page: a page
 * holds `<header data-site-header>` and `<footer data-site-footer>`, and this module fills them.
 * Built with DOM calls, so no text is ever parsed as HTML.
 */

interface Link {
  href: string;
  label: string;
  /** Pages about the library rather than the made-up site: set apart in the navigation. */
  demo?: boolean;
}

/** The navigation, relative to the pages (all of them sit in `demo/`). */
export const SITE_LINKS: readonly Link[] = [
  { href: './index.html', label: 'Home' },
  { href: './article.html', label: 'Journal: how we roast' },
  { href: './stats.html', label: 'Our numbers' },
  { href: './privacy.html', label: 'Privacy' },
  { href: './notice.html', label: 'Classic notice', demo: true },
  { href: './configurator.html', label: 'Configurator', demo: true },
];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Whether `href` is the page shown now (`demo/` itself is its `index.html`). */
function isCurrent(href: string): boolean {
  const path = (url: URL | Location) => url.pathname.replace(/\/$/, '/index.html');
  return path(new URL(href, location.href)) === path(location);
}

function navigation(): HTMLElement {
  const items = SITE_LINKS.map(({ href, label, demo }) => {
    const a = el('a', { href, className: demo ? 'demo-link' : '' }, label);
    if (isCurrent(href)) a.setAttribute('aria-current', 'page');
    return el('li', {}, a);
  });
  const nav = el('nav', { className: 'site-nav' }, el('ul', {}, ...items));
  nav.setAttribute('aria-label', 'Site');
  return nav;
}

export function fillHeader(header: HTMLElement): void {
  header.classList.add('site-header');
  header.replaceChildren(
    el('a', { className: 'skip-link', href: '#main' }, 'Skip to content'),
    el(
      'div',
      {},
      el('a', { className: 'site-name', href: './index.html' }, 'Northwind Coffee'),
      el('p', { className: 'site-tagline' }, 'A made-up roastery: the demo site of cookie-consent-element'),
      navigation(),
    ),
  );
}

export function fillFooter(footer: HTMLElement): void {
  // `data-consent-open`: any element with it reopens the preferences (SPEC §7)
  const settings = el('a', { href: '#' }, 'Cookie settings');
  settings.dataset.consentOpen = '';
  footer.classList.add('site-footer');
  footer.replaceChildren(
    el(
      'div',
      {},
      el(
        'ul',
        {},
        el('li', {}, settings),
        el('li', {}, el('a', { href: './privacy.html' }, 'Privacy policy')),
        el('li', {}, el('a', { href: './configurator.html' }, 'Make your own banner')),
      ),
      el('p', {}, '© Northwind Coffee, a fictional café. Nothing on these pages is fetched from the internet.'),
    ),
  );
}

for (const header of document.querySelectorAll<HTMLElement>('[data-site-header]')) fillHeader(header);
for (const footer of document.querySelectorAll<HTMLElement>('[data-site-footer]')) fillFooter(footer);

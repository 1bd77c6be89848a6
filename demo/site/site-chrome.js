// The demo site's header (name and navigation) and footer, written once for every page: a page
// holds `<header data-site-header>` followed by `<script src="./site/site-chrome.js">`, and
// `<footer data-site-footer>`. A classic script run by the parser, right after the header: the
// header is filled before the first paint, so the page below it never shifts (a module would
// run after the first paint, moving the page by the header's height). Built with DOM calls, so
// no text is ever parsed as HTML.

/** The navigation, relative to the pages (all of them sit in `demo/`); `demo`: about the library. */
const SITE_LINKS = [
  { href: './index.html', label: 'Home' },
  { href: './article.html', label: 'Journal: how we roast' },
  { href: './stats.html', label: 'Our numbers' },
  { href: './privacy.html', label: 'Privacy' },
  { href: './notice.html', label: 'Classic notice', demo: true },
  { href: './configurator.html', label: 'Configurator', demo: true },
];

/**
 * @param {string} tag
 * @param {Record<string, string>} props
 * @param {...(Node | string)} children
 */
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Whether `href` is the page shown now (`demo/` itself is its `index.html`). */
function isCurrent(href) {
  const path = (url) => url.pathname.replace(/\/$/, '/index.html');
  return path(new URL(href, location.href)) === path(location);
}

function navigation() {
  const items = SITE_LINKS.map(({ href, label, demo }) => {
    const a = el('a', { href, className: demo ? 'demo-link' : '' }, label);
    if (isCurrent(href)) a.setAttribute('aria-current', 'page');
    return el('li', {}, a);
  });
  const nav = el('nav', { className: 'site-nav' }, el('ul', {}, ...items));
  nav.setAttribute('aria-label', 'Site');
  return nav;
}

function fillHeader(header) {
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

function fillFooter(footer) {
  // `data-consent-open`: any element with it reopens the preferences (docs/reference.md)
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

for (const header of document.querySelectorAll('[data-site-header]')) fillHeader(header);
// (the footer comes later in the page: filled once it is parsed; below the content, it moves nothing)
document.addEventListener('DOMContentLoaded', () => {
  for (const footer of document.querySelectorAll('[data-site-footer]')) fillFooter(footer);
});

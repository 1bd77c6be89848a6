/**
 * `<cookie-declaration>` made from markup: an upgrade reports each of its attributes before it
 * connects, and the declaration renders once for them all, not once each.
 */
import { expect } from '@open-wc/testing';
import '../../../src/declaration.js';
import '../../../src/define.js';
import { clearStorage } from '../../helpers.js';

describe('<cookie-declaration> upgraded from markup', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    document.querySelectorAll('.upgrade-page').forEach((p) => p.remove());
    clearStorage();
  });

  it('renders its content once, with all its attributes', async () => {
    const page = document.createElement('div');
    page.className = 'upgrade-page';
    page.innerHTML = '<cookie-consent id="site" categories="analytics"></cookie-consent>';
    document.body.append(page);
    const place = document.createElement('div');
    page.append(place);
    const renders: MutationRecord[] = [];
    const observer = new MutationObserver((records) => renders.push(...records.filter((r) => (r.target as Element).localName === 'cookie-declaration')));
    observer.observe(page, { childList: true, subtree: true });
    // (markup parsed into the page: each element is upgraded as it is inserted, already connected)
    place.innerHTML = '<cookie-declaration for="site" heading-level="3" lang="en"></cookie-declaration>';
    renders.push(...observer.takeRecords().filter((r) => (r.target as Element).localName === 'cookie-declaration'));
    observer.disconnect();
    const declaration = page.querySelector('cookie-declaration')!;
    expect(declaration.querySelector('h3'), 'rendered with heading-level').to.not.equal(null);
    expect(renders, 'content replaced once').to.have.length(1);
  });
});

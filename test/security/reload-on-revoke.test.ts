/**
 * `reload-on-revoke` reloads every open tab of the site that hears of a withdrawal, not only the
 * one where it was made: scripts that already ran there keep running (and re-create the cookies
 * the withdrawal deleted) until the page reloads.
 */
import { expect } from '@open-wc/testing';
import { clearStorage, closeFrames, openTab, reloadTab, until, type Tab } from '../helpers.js';

const PAGE = '/test/fixtures/element/reload-on-revoke.html';

/** Whether each tab still shows the document it first loaded, and its load events. */
const state = (...tabs: Tab[]) => tabs.map((t) => ({ reloaded: t.reloaded(), loads: t.loads() }));

describe('reload-on-revoke in two tabs', function () {
  this.timeout(30000);
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('a grant reloads neither the tab that decided nor the other', async () => {
    const [a, b, control] = [await openTab(PAGE), await openTab(PAGE), await openTab(PAGE)];
    a.el().acceptAll();
    // (a tab that reloads on it does so as it hears of it: the tab that decided at once)
    await until(() => b.el().isGranted('analytics'), 'the grant to reach the other tab');
    // the time a reload that b started then would take to show: one of a third tab, started now
    await reloadTab(control);
    expect(state(a, b), 'after a grant').to.deep.equal([
      { reloaded: false, loads: 1 },
      { reloaded: false, loads: 1 },
    ]);
  });

  it('a withdrawal reloads both: each shows a new document, which reads the withdrawal', async () => {
    const [a, b] = [await openTab(PAGE), await openTab(PAGE)];
    a.el().acceptAll();
    await until(() => b.el().isGranted('analytics'), 'the grant to reach the other tab');
    a.el().rejectAll();
    for (const [t, which] of [[a, 'the tab that withdrew'], [b, 'the other tab']] as const) {
      await until(() => t.reloaded() && t.loads() === 2, `${which} to load a new document`);
      await until(() => t.frame.contentWindow!.customElements.get('cookie-consent'), 'the element in the new document');
      expect(t.el().isGranted('analytics'), 'the new document: analytics withdrawn').to.equal(false);
      expect(t.el().consent, 'the new document: the withdrawal is a decision').to.not.equal(null);
    }
  });
});

/**
 * The classic script on a page opened from `file://` (docs/reference.md#browser-support): Chrome keeps
 * no cookies there and refuses module imports (the language files), yet the banner and the
 * preferences must work for the page, with no uncaught exception. A test page cannot navigate to `file://`, so the
 * `file-page` test-server command opens the fixture in a new tab of the same Chromium.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Load {
  first: { stored: boolean; open: boolean; banner: boolean; message: string; accept: string | null; ran: number; preferences?: boolean };
  after: { open: boolean; banner: boolean; granted: boolean; ran: number; cookie: string; local: boolean } | null;
  errors: string[];
  failed?: string;
}
interface FilePage {
  unsupported?: boolean;
  url: string;
  results: Load[];
  pageErrors: string[];
  consoleErrors: string[];
}

describe('the classic script from file://', function () {
  this.timeout(30000);

  it('shows the banner, records a decision for the page and runs gated scripts, with no uncaught exception', async function () {
    const page = await executeServerCommand<FilePage, { path: string; loads: number }>('file-page', {
      path: './test/fixtures/robustness/file-iife.html',
      loads: 2,
    });
    if (page.unsupported) this.skip(); // Chromium only: the command drives a new tab over CDP
    expect(page.url.startsWith('file:///')).to.equal(true);
    const [first, second] = page.results;
    expect(first.failed, first.failed).to.equal(undefined);
    expect(page.pageErrors, 'uncaught errors').to.deep.equal([]);
    expect(first.errors.concat(second.errors), 'error events').to.deep.equal([]);
    // the one thing Chromium logs: it refuses to import the German texts from file://
    expect(page.consoleErrors.filter((e) => !e.includes('/dist/i18n/de.js') && !e.includes('net::ERR_FAILED')), 'console errors').to.deep.equal([]);

    // first visit: the banner (English: the German file cannot be imported from file://), the slotted message
    expect(first.first).to.deep.include({ stored: false, open: true, banner: true, message: 'This page uses cookies.', accept: 'Accept all', ran: 0 });
    // the preferences open and are styled: the classic script runs their classic-script version, which a
    // module import could not load from file://
    expect(first.first.preferences, 'the preferences dialog').to.equal(true);
    // Accept all works for the page: hidden, granted, the gated script ran once
    expect(first.after).to.deep.include({ open: false, banner: false, granted: true, ran: 1, cookie: '' });

    // the next load: the decision survived where file:// keeps anything (localStorage), else the
    // banner asks again; either way nothing runs before it is granted, and nothing loops
    const kept = first.after!.local;
    expect(second.first.stored, 'remembered exactly when localStorage kept it').to.equal(kept);
    expect(second.first.banner).to.equal(!kept);
    expect(second.first.ran).to.equal(kept ? 1 : 0);
  });
});

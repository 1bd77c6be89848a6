import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project's root, which `file-page` opens files under. */
const root = new URL('../../', import.meta.url);

/**
 * `executeServerCommand('emulate-media-features', [{ name, value }])`: any CSS media feature,
 * `forced-colors` included, which the stock `emulateMedia` command does not cover (Chromium only).
 */
export function emulateMediaFeatures() {
  // puppeteer's own emulateMediaFeatures refuses forced-colors; CDP takes any feature.
  // One CDP session per page, kept: an override lasts as long as the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error('emulate-media-features needs Chromium');
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

/**
 * `executeServerCommand('file-page', { path, loads })` (Chromium): opens `path` (relative to the
 * project) from `file://` in a new tab of the same browser, `loads` times (the later ones reload),
 * and answers what each load left in `window.__result`, with the page's uncaught errors and
 * console errors. A test page cannot navigate to `file://` itself. Other browsers: `{ unsupported }`.
 */
export function filePages() {
  return {
    name: 'file-page',
    async executeCommand({ command, payload, session }) {
      if (command !== 'file-page') return undefined;
      const page = session.browser.name === 'Chromium' ? session.browser.getPage?.(session.id) : undefined;
      if (!page?.browser) return { unsupported: true };
      const tab = await page.browser().newPage();
      const pageErrors = [];
      const consoleErrors = [];
      tab.on('pageerror', (e) => pageErrors.push(String(e?.message ?? e)));
      tab.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      try {
        const url = pathToFileURL(fileURLToPath(new URL(payload.path, root))).href;
        const results = [];
        for (let i = 0; i < (payload.loads ?? 1); i++) {
          await (i ? tab.reload() : tab.goto(url));
          await tab.waitForFunction('window.__result !== undefined', { timeout: 10000 });
          results.push(await tab.evaluate('window.__result'));
        }
        return { url, results, pageErrors, consoleErrors };
      } finally {
        await tab.close();
      }
    },
  };
}

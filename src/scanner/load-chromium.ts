import type { BrowserType } from 'playwright-core';
import { errorLine, ScanError } from './scan-error.js';

/** The automation library: an optional peer dependency, so a site that installs the banner never gets it. */
export const AUTOMATION_PACKAGE = 'playwright-core';

/**
 * Playwright's Chromium driver, imported when the scan starts. When the package is missing, the
 * error says how to get it; it downloads no browser (the scanner drives the one installed).
 */
export async function loadChromium(specifier: string = AUTOMATION_PACKAGE): Promise<BrowserType> {
  try {
    const module = (await import(specifier)) as { chromium?: BrowserType; default?: { chromium?: BrowserType } };
    const chromium = module.chromium ?? module.default?.chromium;
    if (!chromium) throw new ScanError(`${specifier} has no Chromium driver: reinstall it with npm install -D ${AUTOMATION_PACKAGE}`);
    return chromium;
  } catch (error) {
    if (error instanceof ScanError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new ScanError(`the scanner needs ${AUTOMATION_PACKAGE}, which is not installed: run npm install -D ${AUTOMATION_PACKAGE} (it downloads no browser)`);
    }
    throw new ScanError(`could not load ${AUTOMATION_PACKAGE}: ${errorLine(error)}`);
  }
}

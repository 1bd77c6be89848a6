/**
 * Where the configurator page finds the drop-in classic script: the dev server serves the
 * project's `dist/` at `/dist/`, next to `/demo/`. The snippet starts with this address made
 * absolute, so that it works pasted into a page anywhere; the form lets a site owner put their
 * own.
 */
const DROP_IN_PATH = '../dist/cookie-consent.iife.js';

export const defaultScriptUrl = (): string => new URL(DROP_IN_PATH, location.href).href;

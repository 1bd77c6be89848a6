/**
 * A classic script, first in a built example's `<head>`: it records every error, unhandled
 * rejection, `console.error` and `console.warn` of the page in `window.__logged`, for the tests
 * to assert on. `build-examples.mjs` puts it into the Vite-built apps; the test server
 * (`test/server/next-app.mjs`) into the pages of the Next.js app as it passes them on.
 */
export const RECORD_LOGS = `window.__logged = [];
addEventListener('error', (e) => __logged.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)))), true);
addEventListener('unhandledrejection', (e) => __logged.push('unhandled rejection: ' + e.reason));
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => { __logged.push(level + ': ' + args.map(String).join(' ')); original.apply(console, args); };
}`;

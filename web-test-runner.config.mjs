import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countReporter } from './test/server/count-reporter.mjs';
import { emulateMediaFeatures, filePages } from './test/server/commands.mjs';
import { fixtureRoutes } from './test/server/fixture-routes.mjs';
import { nextApp } from './test/server/next-app.mjs';
import { reactModules } from './test/frameworks/react-modules.mjs';

// Debian's browsers; the launcher (puppeteer-core) drives Chromium over CDP and Firefox over
// WebDriver BiDi, so nothing downloads a browser of its own.
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const quietArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const chromium = chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: quietArgs } });
chromium.name = 'Chromium';
const firefox = chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } });
firefox.name = 'Firefox';

const browsers = (process.env.BROWSERS || 'chromium,firefox').split(',').map((b) => ({ chromium, firefox })[b.trim()]);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [fixtureRoutes(), nextApp()],
  plugins: [
    emulateMediaFeatures(),
    filePages(),
    // `a11ySnapshot()`: the accessibility tree as screen readers get it (Chromium)
    a11ySnapshotPlugin(),
    reactModules(),
    // No `target`: TS is transformed, JS (node_modules, dist/) is served as built.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers,
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), countReporter()],
  // A test takes well under a second on a quiet machine; the margin is for a loaded CI machine,
  // where a frame that loads the library, compiled on first request, can take seconds.
  testFramework: { config: { timeout: 15000 } },
};

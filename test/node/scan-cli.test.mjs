// `cookie-consent-element scan` when it cannot run (issue 22): each case exits with status 2 and
// one line on stderr that says why, never a stack trace. Runs the built command
// (dist/scanner/cli.js, `npm run build`) as a user would.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { chromePath, cli, root, runCli } from './scan-helpers.mjs';

/** Exit status 2, one line on stderr matching `reason`, nothing that looks like a stack. */
function assertCannotRun(result, reason) {
  assert.equal(result.status, 2, `exit status 2; stderr: ${result.stderr}`);
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line: ${result.stderr}`);
  assert.match(lines[0], /^cookie-consent-element: /);
  assert.match(lines[0], reason);
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:/, 'no stack trace');
}

/** A local port where nothing listens: the URL that does not answer. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('the command is the package’s bin, a Node script with a shebang', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.bin['cookie-consent-element'], 'dist/scanner/cli.js');
  assert.ok(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'));
  assert.equal(pkg.peerDependenciesMeta['playwright-core'].optional, true, 'the automation library is an optional peer: a site’s install never pulls it in');
  assert.ok(pkg.peerDependencies['playwright-core']);
  assert.ok(!pkg.dependencies['playwright-core']);
});

test('the browser builds and the element manifest leave the scanner out', () => {
  const manifest = readFileSync(join(root, 'custom-elements.json'), 'utf8');
  assert.ok(!manifest.includes('src/scanner'), 'custom-elements.json');
  for (const file of ['index.js', 'core.js', 'define.js', 'cookie-consent.bundle.js', 'cookie-consent.iife.js']) {
    const text = readFileSync(join(root, 'dist', file), 'utf8');
    assert.ok(!/scanner|playwright/.test(text), file);
  }
});

test('--help: the usage, exit 0', async () => {
  const result = await runCli(['--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /Usage: cookie-consent-element scan <url>/);
  assert.match(result.stdout, /--pages N/);
  assert.equal(result.stderr, '');
});

test('not http(s): ftp://x', async () => {
  assertCannotRun(await runCli(['scan', 'ftp://x']), /only http and https pages can be scanned, not ftp: ftp:\/\/x/);
});

test('--pages 0 and --pages x', async () => {
  assertCannotRun(await runCli(['scan', 'http://127.0.0.1/', '--pages', '0']), /--pages takes a whole number of at least 1, not "0"/);
  assertCannotRun(await runCli(['scan', 'http://127.0.0.1/', '--pages', 'x']), /--pages takes a whole number of at least 1, not "x"/);
});

test('an unknown option, and no URL', async () => {
  assertCannotRun(await runCli(['scan', 'http://127.0.0.1/', '--deep']), /unknown option --deep/);
  assertCannotRun(await runCli(['scan']), /at least one URL/);
});

test('no browser: --browser /nonexistent, or CHROME_PATH naming nothing', async () => {
  assertCannotRun(await runCli(['scan', 'http://127.0.0.1/', '--browser', '/nonexistent']), /no browser at \/nonexistent \(--browser\)/);
  assertCannotRun(await runCli(['scan', 'http://127.0.0.1/'], { env: { CHROME_PATH: '/nonexistent/chrome' } }), /no browser at \/nonexistent\/chrome \(CHROME_PATH\)/);
});

test('a URL that does not answer', async () => {
  const port = await closedPort();
  assertCannotRun(await runCli(['scan', `http://127.0.0.1:${port}/`, '--browser', chromePath]), new RegExp(`cannot load http://127\\.0\\.0\\.1:${port}/: connection refused`));
});

test('playwright-core missing: the command says how to get it', async (t) => {
  // the built command on its own, where no node_modules holds playwright-core
  const dir = mkdtempSync(join(tmpdir(), 'scan-alone-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.ok(!existsSync(join(dirname(dir), 'node_modules', 'playwright-core')), 'nothing to find above the copy');
  // (with the one module of the library's it imports)
  cpSync(dirname(cli), join(dir, 'scanner'), { recursive: true });
  cpSync(join(dirname(cli), '..', 'internal', 'wildcard.js'), join(dir, 'internal', 'wildcard.js'));
  const result = await runCli(['scan', 'http://127.0.0.1/', '--browser', chromePath], { script: join(dir, 'scanner', 'cli.js') });
  assertCannotRun(result, /needs playwright-core, which is not installed: run npm install -D playwright-core/);
});

test('the built command is executable', () => {
  if (process.platform === 'win32') return;
  assert.ok(statSync(cli).mode & 0o111, 'chmod +x, so that the bin runs from a git install too');
});

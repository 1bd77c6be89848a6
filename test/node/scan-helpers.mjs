// Helpers of the scanner's tests (scan-*.test.mjs): a static server for the fixture sites and a
// way to run the built command. No tests here, and no side effects on import.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const cli = join(root, 'dist', 'scanner', 'cli.js');
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.gif': 'image/gif' };
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * Serves `dir` on 127.0.0.1 at a free port. The same server answers as a second host,
 * `localhost`, which is another host to the browser: the fixtures' third party. In fixture
 * pages, `{{THIRD}}` becomes that host's origin. `/dist/` serves the library's build, as a site
 * hosts the drop-in file. With `sessionCookie`, pages on the first host set `session_id`, which
 * the fixture declares necessary: a cookie the server sets with the page. `/stall` never answers
 * (a synchronous request to it holds a page's main thread without spinning a processor); what
 * waits on it is let go when the site closes.
 */
export async function serveSite(dir, { sessionCookie = false } = {}) {
  const stalled = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/stall') return void stalled.add(res);
    const third = `http://localhost:${server.address().port}`;
    if (url.pathname === '/third/pixel.gif') return res.writeHead(200, { 'content-type': 'image/gif' }).end(PIXEL);
    if (url.pathname === '/third/collect') return res.writeHead(204).end();
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const base = path.startsWith('/dist/') ? root : dir;
    const file = join(base, normalize(path));
    if (!file.startsWith(base.endsWith(sep) ? base : base + sep)) return res.writeHead(403).end();
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (type.startsWith('text/html')) {
        body = body.toString('utf8').replaceAll('{{THIRD}}', third);
        if (sessionCookie && req.headers.host?.startsWith('127.0.0.1')) headers['set-cookie'] = 'session_id=s1; Path=/; HttpOnly; SameSite=Lax';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    first: `http://127.0.0.1:${port}`,
    third: `http://localhost:${port}`,
    close: () => {
      for (const res of stalled) res.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Runs `cookie-consent-element <args>` as a user would (node dist/scanner/cli.js) and answers
 * its exit status, stdout and stderr.
 */
export function runCli(args, { env = {}, script = cli } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

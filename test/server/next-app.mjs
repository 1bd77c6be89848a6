import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { RECORD_LOGS } from '../../scripts/record-logs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/examples/nextjs';
const PORT = 3791;

/** `next start` of the built example, started at the first request for it and ended with the test server. */
let started;
function startNext() {
  started ??= new Promise((resolve, reject) => {
    if (!existsSync(`${root}examples/nextjs/.next/BUILD_ID`)) return reject(new Error('examples/nextjs is not built (npm run build:examples)'));
    const child = spawn(process.execPath, [`${root}node_modules/next/dist/bin/next`, 'start', 'examples/nextjs', '-p', String(PORT), '-H', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    process.on('exit', () => child.kill());
    child.on('exit', (code) => reject(new Error(`next start exited with ${code}`)));
    child.stdout.on('data', (d) => /Ready/.test(String(d)) && resolve());
  });
  return started;
}

/**
 * Test-server middleware: requests under `/examples/nextjs/` go to the Next.js example, run with
 * `next start` (its `basePath` is that prefix), so that the tests open it from their own origin,
 * cookies included. Its pages get `RECORD_LOGS` first in `<head>`, as the other examples do.
 */
export function nextApp() {
  return async (ctx, next) => {
    if (ctx.path !== PREFIX && !ctx.path.startsWith(`${PREFIX}/`)) return next();
    await startNext();
    const headers = { ...ctx.headers, host: `127.0.0.1:${PORT}` };
    delete headers['accept-encoding'];
    const response = await new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: PORT, method: ctx.method, path: ctx.url, headers }, resolve);
      req.on('error', reject);
      ctx.req.pipe(req);
    });
    ctx.status = response.statusCode;
    for (const [name, value] of Object.entries(response.headers)) {
      if (!['content-length', 'transfer-encoding', 'connection'].includes(name)) ctx.set(name, value);
    }
    if (!String(response.headers['content-type']).startsWith('text/html')) {
      ctx.body = response;
      return;
    }
    let html = '';
    for await (const chunk of response) html += chunk;
    ctx.body = html.replace('<head>', `<head><script>${RECORD_LOGS}</script>`);
  };
}

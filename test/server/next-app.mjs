import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { RECORD_LOGS } from '../../scripts/record-logs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The Next.js example, built and run with `next start`, under its `basePath`; started at the first
 * request for it. (`next dev` needs its websocket, which this server does not pass on: it is
 * tested in Node, test/node/nextjs-dev.test.mjs.)
 */
const SERVERS = [{ prefix: '/examples/nextjs', port: 3791, command: 'start', env: { NODE_ENV: 'production' } }];

const started = new Map();
function start(server) {
  if (!started.has(server)) {
    started.set(server, new Promise((resolve, reject) => {
      if (server.command === 'start' && !existsSync(`${root}examples/nextjs/.next/BUILD_ID`)) {
        return reject(new Error('examples/nextjs is not built (npm run build:examples)'));
      }
      const child = spawn(process.execPath, [`${root}node_modules/next/dist/bin/next`, server.command, 'examples/nextjs', '-p', String(server.port), '-H', '127.0.0.1'], {
        cwd: root,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...server.env },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      process.on('exit', () => child.kill());
      child.on('exit', (code) => reject(new Error(`next ${server.command} exited with ${code}`)));
      child.stdout.on('data', (d) => /Ready/.test(String(d)) && resolve());
    }));
  }
  return started.get(server);
}

/**
 * Test-server middleware: requests under a prefix of `SERVERS` go to that Next.js server, so that
 * the tests open the app from their own origin, cookies included. Its pages get `RECORD_LOGS`
 * first in `<head>`, as the other examples do.
 */
export function nextApp() {
  return async (ctx, next) => {
    const server = SERVERS.find(({ prefix }) => ctx.path === prefix || ctx.path.startsWith(`${prefix}/`));
    if (!server) return next();
    await start(server);
    const headers = { ...ctx.headers, host: `127.0.0.1:${server.port}` };
    delete headers['accept-encoding'];
    const response = await new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, method: ctx.method, path: ctx.url, headers }, resolve);
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

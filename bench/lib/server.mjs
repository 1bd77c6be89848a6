// A small static server on 127.0.0.1 for the benchmark pages: generated pages from memory,
// libraries from files read once at start (a snapshot, so that a concurrent `npm run build`
// cannot change what a run loads half-way through).
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.gif': 'image/gif',
  '.json': 'application/json',
};

// a 1×1 transparent GIF
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export class BenchServer {
  /** path → { body: Buffer, type, cache } */
  #files = new Map();
  /** every request seen: [method, path, status] */
  log = [];
  #server;
  port = 0;

  /** Serves `body` (string or Buffer) at `path`; pages are never cached, libraries are. */
  add(path, body, { type, cache } = {}) {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const isPage = extname(path) === '.html';
    this.#files.set(path, {
      body: buf,
      type: type ?? TYPES[extname(path)] ?? 'application/octet-stream',
      cache: cache ?? (isPage ? 'no-store' : 'max-age=3600'),
    });
  }

  /** Serves the file at `file` (read now) at `path`. */
  addFile(path, file, opts) {
    this.add(path, readFileSync(file), opts);
  }

  /** The bytes served at `path` (without query), or undefined. */
  body(path) {
    return this.#files.get(path)?.body;
  }

  start() {
    this.add('/px.gif', PIXEL);
    this.#server = http.createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = this.#files.get(path);
      this.log.push([req.method, req.url, file ? 200 : 404]);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': file.type,
        'content-length': file.body.length,
        'cache-control': file.cache,
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    });
    // no keep-alive surprises between runs: each context opens its own connections anyway
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => {
        this.port = this.#server.address().port;
        resolve(this);
      });
    });
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  close() {
    return new Promise((resolve) => {
      this.#server.closeAllConnections?.();
      this.#server.close(() => resolve());
    });
  }
}

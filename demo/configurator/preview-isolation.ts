/** What the preview page reports to the configurator (`postMessage`). */
export interface PreviewMessage {
  readonly source: 'cookie-consent-preview';
  readonly kind: 'log' | 'info' | 'warn' | 'error' | 'cookie' | 'storage' | 'beacon';
  readonly text: string;
}

export const isPreviewMessage = (data: unknown): data is PreviewMessage =>
  typeof data === 'object' && data !== null && (data as { source?: unknown }).source === 'cookie-consent-preview';

/**
 * Runs first in the preview page, before the snippet. The preview is an `about:srcdoc` frame of
 * the configurator's origin, so without this a decision taken in it would land in the demo
 * site's own consent cookie (same name, same origin) and be broadcast to its open tabs. Instead,
 * for this page only:
 * - `document.cookie` is a jar in memory that follows the browser's rules the element relies on
 *   (expiry, a domain that must match the host, path, `Secure` only in a secure context), so
 *   that a bad `cookie-domain` is refused here as on a real site;
 * - `localStorage` lives in memory, `BroadcastChannel` reaches nobody, the consent log's request only reports;
 * - the console, cookie writes and beacons are reported to the configurator, which shows them.
 *
 * It is serialised with `Function.prototype.toString`, so it must not use anything from outside
 * its own body.
 */
export function isolatePreview(): void {
  const report = (kind: string, text: string) =>
    parent.postMessage({ source: 'cookie-consent-preview', kind, text }, '*');
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      report(level, args.map(String).join(' '));
      original(...args);
    };
  }
  addEventListener('error', (e) => report('error', e.message));
  // a script that fails to load fires `error` on itself, not on the window: catch it on the way down
  addEventListener(
    'error',
    (e) => {
      const src = (e.target as HTMLScriptElement | null)?.src;
      if (src) report('error', `could not load ${src}`);
    },
    true,
  );

  const here = new URL(document.baseURI);
  const jar = new Map<string, { value: string; path: string; expires: number }>();
  // on the prototype: the element reads and writes the cookie through Document.prototype's
  // accessor, so that page markup named "cookie" cannot shadow it (this frame has its own)
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get: () =>
      [...jar]
        .filter(([, c]) => c.expires > Date.now() && (here.pathname + '/').startsWith(c.path.replace(/\/?$/, '/')))
        .map(([name, c]) => `${name}=${c.value}`)
        .join('; '),
    set: (written: string) => {
      const [pair = '', ...rest] = String(written).split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const attrs = new Map(rest.map((a) => [a.split('=')[0]!.trim().toLowerCase(), a.slice(a.indexOf('=') + 1).trim()]));
      const domain = attrs.get('domain')?.replace(/^\./, '').toLowerCase();
      if (domain && here.hostname !== domain && !here.hostname.endsWith(`.${domain}`)) return report('cookie', `refused (domain ${domain}): ${written}`);
      if (attrs.has('secure') && !isSecureContext) return report('cookie', `refused (Secure on http): ${written}`);
      const maxAge = attrs.get('max-age');
      const expires =
        maxAge !== undefined ? Date.now() + Number(maxAge) * 1000 : attrs.has('expires') ? Date.parse(attrs.get('expires')!) : Infinity;
      jar.set(name, { value: pair.slice(eq + 1).trim(), path: attrs.get('path') || '/', expires });
      if (expires <= Date.now()) jar.delete(name);
      report('cookie', written);
    },
  });

  const items = new Map<string, string>();
  const memoryStorage = {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(String(k)) ?? null,
    setItem: (k: string, v: string) => {
      items.set(String(k), String(v));
      report('storage', `localStorage ${k} = ${v}`);
    },
    removeItem: (k: string) => void items.delete(String(k)),
    clear: () => items.clear(),
  };
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => memoryStorage });

  // no class fields: their compiled form may call a helper from outside this function
  class SilentChannel extends EventTarget {
    postMessage(): void {}
    close(): void {}
  }
  Object.defineProperty(window, 'BroadcastChannel', { configurable: true, writable: true, value: SilentChannel });
  // the consent log goes out as a keepalive POST: reported, not sent
  const send = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!init?.keepalive) return send(input, init);
    report('beacon', `POST to ${String(input)}: ${String(init.body)}`);
    return Promise.resolve(new Response(null, { status: 204 }));
  };
}

/** The script that isolates the preview, as the markup the preview page starts with. */
export const isolationScript = (): string => `<script>(${isolatePreview.toString()})();</script>\n`;

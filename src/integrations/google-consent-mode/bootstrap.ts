/**
 * `dist/consent-mode.js`: the Google Consent Mode v2 bootstrap (docs/consent-mode.md). A classic script for
 * `<head>`, placed before any Google tag (gtag.js or the GTM snippet) and loaded without `async`,
 * `defer` or `type="module"`: the default must run before any command that sends data, and a
 * module or deferred script would run after the parser-inserted Google snippet.
 *
 * It pushes into the data layer, in this order:
 * 1. `gtag('consent', 'default', {…all seven types denied but security_storage…, wait_for_update})`;
 * 2. at once, when a valid decision is stored, `gtag('consent', 'update', {…})` from it, because
 *    Consent Mode does not remember choices from one page to the next.
 *
 * Configured by the attributes of its own `<script>` tag (all optional):
 * - `data-cookie-name` — the element's `cookie-name` (default `cookie_consent`);
 * - `data-storage="local"` — the element has `storage="local"`: read localStorage only;
 * - `data-wait-for-update` — milliseconds gtag waits for an update (default 500);
 * - `data-layer` — a custom data-layer name (GTM's `l=` parameter; default `dataLayer`);
 * - `data-revision`, `data-days`, `data-mode` — the element's `revision`, `days` and `mode`, with
 *   the element's defaults (`""`, 182, `opt-in`): a decision the element would not honour (made
 *   under another revision, older than `days`, a notice acknowledged on a site that asks) is
 *   not replayed;
 * - `data-map-<category>` — the consent types a category grants, space-separated, when the
 *   element overrides the default mapping, e.g. `data-map-ads="ad_storage ad_user_data"`;
 * - `data-ignore-gpc` — the element has `ignore-gpc`;
 * - `data-sale-or-share` — the ids besides `marketing` that the element's `sale-or-share` marks
 *   (categories, services, and the services of those with a `data-map-`): under GPC, a grant of
 *   one made without the signal is denied, as the element overrides it;
 * - `data-url-passthrough`, `data-ads-data-redaction` — push `gtag('set', 'url_passthrough', true)`
 *   and `gtag('set', 'ads_data_redaction', true)` right after the default, before any `config`.
 *
 * A stored decision counts when the element would honour it (the cookie first, else
 * localStorage, as the store falls back). Global Privacy Control (the browser's signal, or
 * `gpc: true` in the record) keeps the ad types denied.
 *
 * It defines `window.gtag` only when absent, as Google's own stub that pushes the `arguments`
 * object (gtag.js ignores arrays), never reassigns an existing data layer (GTM patches its
 * `push`), defines no IAB API (`__tcfapi`, `__gpp`, `__uspapi`), and never throws: cookies and
 * localStorage throw in sandboxed frames.
 *
 * Nothing of the library's but the reading of the GPC signal (no Lit, no js-cookie), so that it
 * stays a few hundred bytes.
 */
import { gpcSignal } from '../../core/gpc-signal.js';

type Gtag = (...args: unknown[]) => void;

try {
  const w = window as unknown as Record<string, unknown>;
  // a member of `document` read past what page markup can put there (`<img name="currentScript"
  // data-cookie-name=…>` in a comment, `<img name="cookie">`)
  const doc = (name: 'currentScript' | 'cookie') => Object.getOwnPropertyDescriptor(Document.prototype, name)!.get!.call(document);
  const current = doc('currentScript');
  const script = current instanceof HTMLScriptElement ? current : null;
  const attr = (name: string) => script?.getAttribute('data-' + name);
  const layer = (w[attr('layer') || 'dataLayer'] ||= []) as unknown[];
  // Google's stub, word for word: the queue needs the Arguments object itself.
  const gtag = function () {
    // eslint-disable-next-line prefer-rest-params
    layer.push(arguments);
  } as Gtag;

  // The documented mapping (docs/consent-mode.md), the same table as `DEFAULT_CONSENT_MODE_MAPPING` of the element's integration
  // (kept apart and tested against the same table: sharing that module cost a third more bytes).
  // (no prototype: an id such as `constructor` maps to nothing)
  const mapping = {
    __proto__: null,
    marketing: 'ad_storage ad_user_data ad_personalization',
    analytics: 'analytics_storage',
    functional: 'functionality_storage personalization_storage',
  } as unknown as Record<string, string | undefined>;
  /** All seven types: `security_storage` granted, the others as `granted` says. */
  const state = (granted: (type: string) => unknown) => {
    const s: Record<string, string> = { security_storage: 'granted' };
    for (const type of Object.values(mapping).join(' ').split(' ')) s[type] = granted(type) ? 'granted' : 'denied';
    return s;
  };

  const wait = attr('wait-for-update');
  let waitForUpdate = 500;
  if (wait) {
    if (/^\d+$/.test(wait)) waitForUpdate = +wait;
    // short on purpose (bytes): names the attribute and the value; the default stands
    else console.warn('consent-mode.js: bad data-wait-for-update:', wait);
  }
  // Our own stub, not `w.gtag`: a site's gtag that pushes arrays would make Google ignore these.
  gtag('consent', 'default', { ...state(() => 0), wait_for_update: waitForUpdate });
  // Google's two settings for measuring while ad_storage is denied, which must come before any
  // `config`: ad clicks' IDs passed in links, and ads requests without ad identifiers
  for (const setting of ['url_passthrough', 'ads_data_redaction']) {
    if (attr(setting.replace(/_/g, '-')) != null) gtag('set', setting, true);
  }
  // after the first push, which throws when `data-layer` names something that is not an array
  w.gtag ||= gtag;

  let update: Record<string, string> | undefined;
  try {
    const name = attr('cookie-name') || 'cookie_consent';
    // the element's `days`, with its default and bounds
    const d = +attr('days')!;
    const days = d > 0 && d != Infinity ? Math.min(d, 400) : 182;
    const DAY = 864e5;
    const now = Date.now();
    // js-cookie percent-encodes the value; an unreadable one counts as no decision, as in the store
    const cookie = attr('storage') == 'local' ? 0 : doc('cookie').match('(^|; )' + name + '=([^;]*)');
    const decode = decodeURIComponent;
    const raw = cookie ? decode(cookie[2]!) : localStorage.getItem(name)!;
    let granted: (string | false | undefined)[], ts: number, exp: number, rev: string, notice: boolean, gpcRecorded: boolean;
    if (raw.startsWith('2.')) {
      // the stored form (docs/cookie.md): 2.<id>.<ts>.<life>.<mode><cause><gpc>.<rev>[.<grant>…],
      // each field as the store reads it; anything else is no decision, as there
      if (!/^2\.[\w-]{22}(\.[\da-z]{1,12}){2}\.[0-2][0-7][01]\.[^.]*(\.[01]([amf]|~[^.]+))*$/.test(raw)) throw 0;
      const [, , t, life, flags, r, ...grants] = raw.split('.');
      ts = parseInt(t!, 36);
      exp = ts + parseInt(life!, 36);
      rev = decode(r!);
      notice = flags![0] == '2';
      gpcRecorded = flags![2] == '1';
      // (a denied id is `false`: it maps to no type. Each is decoded: a broken escape makes the
      // record unreadable to the store, denied id or not)
      granted = grants.map((g) => {
        // (`a`, `m`, `f`: the initials of the mapping's three categories)
        const id = g[1] == '~' ? decode(g.slice(2)) : Object.keys(mapping).find((k) => k[0] == g[1]);
        return g[0] == '1' && id;
      });
    } else {
      // the JSON form, of the shape the store reads: its id a UUID, its mode one of the three (both
      // text: a regular expression reads a list as text), its lists lists of text (a string would
      // match by substring), its cause text, its gpc true or false
      const r = JSON.parse(raw);
      const texts = (a: unknown) => Array.isArray(a) && a.every((x) => x === '' + x);
      if (
        r.v !== 1 || !/^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i.test(r.id) || !/^(opt-in|opt-out|notice)$/.test(r.mode) ||
        ![r.granted, r.denied, [r.cause, r.id, r.mode]].every(texts) || r.gpc !== !!r.gpc
      ) throw 0;
      granted = r.granted;
      ts = Date.parse(r.ts);
      exp = Date.parse(r.exp);
      rev = r.rev;
      notice = r.mode == 'notice';
      gpcRecorded = r.gpc;
    }
    // what the element honours: unexpired by its `exp` and by `days`, not dated ahead (a day of
    // slack) or lasting past a cookie's limit, the same revision, and no notice on a site that asks
    if (
      ts < exp && now < exp && now < ts + days * DAY && ts <= now + DAY && exp <= ts + 400 * DAY &&
      rev === (attr('revision') || '') && (!notice || attr('mode') == 'notice')
    ) {
      // GPC (the browser's signal now, or the one recorded with the decision) denies the ad types;
      // and a sale-or-share grant made without the signal, which the element overrides as it reads it
      const gpc = gpcRecorded || (attr('ignore-gpc') == null && gpcSignal());
      // (the signal is on and was not when the visitor decided)
      const sold = (gpc != gpcRecorded ? 'marketing ' + (attr('sale-or-share') ?? '') : '').split(/\s+/);
      update = state(
        (type) =>
          !(gpc && /^ad_/.test(type)) &&
          granted.some((id) => id && !sold.includes(id) && (attr('map-' + id) ?? mapping[id] ?? '').split(/\s+/).includes(type)),
      );
    }
  } catch {
    // no decision, an unreadable one, or storage that throws: the default stands
  }
  if (update) gtag('consent', 'update', update);
} catch {
  // a data layer that is not an array (a bad `data-layer`): nothing to do, and nothing to break
}

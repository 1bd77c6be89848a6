// The Markdown table and the conditions of a run.
import { summarize } from './stats.mjs';

/** [key, label, decimals, lowerIsBetter] */
export const ROWS = [
  ['jsCssRaw', 'JS+CSS loaded, raw (KiB)', 1],
  ['jsCssGzip', 'JS+CSS loaded, gzip -9 (KiB)', 1],
  ['requests', 'requests besides the page', 0],
  ['htmlGzip', 'the page itself, gzip -9 (KiB)', 1],
  ['painted', 'time to banner painted (ms)', 0],
  ['settled', 'banner settled, any fade done (ms)', 0],
  ['scriptToBanner', 'main thread: script nav→banner (ms CPU)', 1],
  ['taskToBanner', 'main thread: all tasks nav→banner (ms CPU)', 1],
  ['layoutStyleToBanner', 'main thread: layout+style nav→banner (ms CPU)', 1],
  ['longtaskCount', 'long tasks nav→banner+1 s (n)', 0],
  ['longtaskTotal', 'long-task time nav→banner+1 s (ms)', 0],
  ['cls', 'layout shift (CLS) nav→banner+1 s', 3],
  ['clickToGated', 'Accept click → gated code ran (ms)', 1],
  ['load', 'load event, first visit (ms)', 0],
  ['returnJsCssGzip', 'return visit: JS+CSS requested, gzip -9 (KiB)', 1],
  ['returnScriptToGated', 'return visit: script nav→gated (ms CPU)', 1],
  ['returnGated', 'return visit: gated code ran at (ms)', 0],
  ['returnTaskToGated', 'return visit: all tasks nav→gated (ms CPU)', 1],
];

const fmt = (v, d) => (v == null ? '–' : v.toFixed(d));

function cell(s, d, base) {
  if (!s) return '–';
  const range = s.min === s.max ? '' : ` (${fmt(s.min, d)}–${fmt(s.max, d)})`;
  let ratio = '';
  if (base !== undefined) {
    ratio = base && base.median > 0 ? ` ×${(s.median / base.median).toFixed(2)}` : ' ×n/a';
  }
  return `${fmt(s.median, d)}${range}${ratio}`;
}

/** Per system and metric: { median, min, max, n } over the counted (ok, not warm-up) runs. */
export function summary(systems, runs) {
  const out = {};
  for (const s of systems) {
    const mine = runs.filter((r) => r.system === s.id && !r.warmup);
    const ok = mine.filter((r) => r.ok);
    const keys = new Set(ok.flatMap((r) => Object.keys(r.metrics)));
    out[s.id] = { runs: mine.length, ok: ok.length, metrics: {} };
    for (const k of keys) out[s.id].metrics[k] = summarize(ok.map((r) => r.metrics[k]));
    out[s.id].failures = mine.filter((r) => !r.ok).map((r) => `round ${r.round}: ${r.error}`);
    out[s.id].gatingModes = [...new Set(ok.map((r) => r.gatingMode).filter(Boolean))];
    out[s.id].returnBannerPainted = ok.filter((r) => r.metrics.returnBannerPainted).length;
  }
  return out;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function comparisonTable(systems, sum) {
  const ours = sum.ours;
  const header = ['metric', ...systems.map((s) => (s.id === 'ours' ? `${s.short} (baseline)` : s.short))];
  const rows = ROWS.map(([key, label, d]) => [
    label,
    ...systems.map((s) => cell(sum[s.id].metrics[key], d, s.id === 'ours' ? undefined : ours?.metrics[key] ?? null)),
  ]);
  rows.push([
    'return visit: banner painted (runs)',
    ...systems.map((s) => (sum[s.id].ok ? `${sum[s.id].returnBannerPainted}/${sum[s.id].ok}` : '–')),
  ]);
  rows.push([
    'consent cookie: value bytes, expiry (days)',
    ...systems.map((s) => {
      const b = sum[s.id].metrics.cookieBytes;
      const d = sum[s.id].metrics.cookieDays;
      return b ? `${s.cookie}: ${fmt(b.median, 0)} B, ${fmt(d?.median, 1)} d` : '–';
    }),
  ]);
  rows.push(['runs ok / runs', ...systems.map((s) => `${sum[s.id].ok}/${sum[s.id].runs}`)]);
  return table(header, rows);
}

export function conditions(meta) {
  const la = (l) => l.map((x) => x.toFixed(2)).join(' ');
  return [
    `- date: ${meta.date}`,
    `- machine: ${meta.machine.cores} cores, ${meta.machine.model}, ${meta.machine.memGiB} GiB; load average (1/5/15 min) at start ${la(meta.load.start)}, at end ${la(meta.load.end)}, highest 1-min value seen between rounds ${meta.load.max1.toFixed(2)}`,
    `- browser: ${meta.chromium} (${meta.chromiumPath}), headless, driven by playwright-core ${meta.versions['playwright-core']}; viewport 1280×720`,
    `- Node ${meta.node}; ${meta.os}`,
    `- libraries: ${meta.libraries.map((l) => `${l.label} ${l.version}`).join(', ')}`,
    `- ours: ${meta.ours.file} (${meta.ours.bytes} B, sha256 ${meta.ours.sha256.slice(0, 12)}, built ${meta.ours.mtime}), repo at ${meta.ours.git}` +
      (meta.compare ? `; gating on the comparison page: ${meta.ours.gatingMode}` : ''),
    meta.compare &&
      `- comparison: ${meta.runs} counted rounds + 1 warm-up round (discarded), systems interleaved round by round, order rotated each round; a new browser context per run; a time budget of ${meta.budgetMs} ms per visit; network: ${meta.network ? `emulated, ${meta.network.rtt} ms round trip, ${meta.network.mbit} Mbit/s each way` : 'none (localhost: files arrive at once)'}`,
    meta.scale && `- scale: ${meta.scaleRuns} counted runs + 1 warm-up of each page, interleaved`,
  ]
    .filter(Boolean)
    .join('\n');
}

#!/usr/bin/env node
// npm run bench [-- --runs N] [--scale | --no-scale] [--only ours,klaro,…] [--build] [--budget MS] [--network RTT_MS,MBIT]
//
// Side by side in headless Debian Chromium: the same page with our drop-in and with each peer
// (vanilla-cookieconsent, Osano cookieconsent, klaro, tarteaucitron), plus a control page whose
// banner is static HTML and a bare Lit element showing our banner (the floor of a Lit banner).
// Then the scale figures (docs/performance.md). Writes bench/results/latest.md and
// bench/results/latest.json (git-ignored). See bench/README.md for the method.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch, CHROMIUM } from './lib/browser.mjs';
import { runOnce } from './lib/compare.mjs';
import { systems as allSystems } from './lib/fixtures.mjs';
import { comparisonTable, conditions, summary } from './lib/report.mjs';
import { runScale, scaleMarkdown, scalePages } from './lib/scale.mjs';
import { BenchServer } from './lib/server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scale: { type: 'boolean', default: false }, // the scale figures only
    'no-scale': { type: 'boolean', default: false }, // the comparison only
    'scale-runs': { type: 'string' },
    only: { type: 'string' },
    build: { type: 'boolean', default: false },
    budget: { type: 'string', default: '15000' },
    network: { type: 'string' }, // "RTT_MS,MBIT", e.g. 40,24: the comparison through an emulated network
    out: { type: 'string', default: 'bench/results' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(`usage: npm run bench -- [--runs N] [--scale | --no-scale] [--scale-runs N] [--only ours,ours-module,ours-callback,vanilla,osano,klaro,tarteaucitron,lit-floor,control] [--build] [--budget MS] [--network RTT_MS,MBIT] [--out DIR]`);
  process.exit(0);
}
const RUNS = Math.max(1, parseInt(opts.runs, 10) || 5);
const SCALE_RUNS = Math.max(1, parseInt(opts['scale-runs'] ?? String(RUNS), 10) || RUNS);
const BUDGET = Math.max(2000, parseInt(opts.budget, 10) || 15000);
const NETWORK = parseNetwork(opts.network);
const doCompare = !opts.scale;
const doScale = !opts['no-scale'];
const log = (...a) => console.error(...a);

const OURS = 'dist/cookie-consent.iife.js';

/** `--network 40,24` → `{ rtt: 40, mbit: 24 }`; absent → null (localhost as it is). */
function parseNetwork(value) {
  if (value === undefined) return null;
  const [rtt, mbit] = value.split(',').map(Number);
  if (!(rtt >= 0 && mbit > 0)) {
    console.error(`bench: --network takes "RTT_MS,MBIT" (e.g. 40,24), not "${value}"`);
    process.exit(2);
  }
  return { rtt, mbit };
}

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function pkgVersion(name) {
  return JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).version;
}

function ensureBuild() {
  if (opts.build || !existsSync(OURS)) {
    log(`bench: ${opts.build ? '--build' : `${OURS} missing`}: npm run build …`);
    const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0 || !existsSync(OURS)) throw new Error('npm run build failed');
  }
  const body = readFileSync(OURS);
  if (body.length < 1000) throw new Error(`${OURS} is ${body.length} bytes: a build in progress? Try again, or pass --build`);
  return body;
}

/**
 * The bare Lit element of `lib/lit-floor.ts`, built like our drop-in (one minified ES module, the
 * compile hint first) into a temporary folder: the floor of a Lit banner.
 */
async function buildLitFloor() {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(os.tmpdir(), 'cc-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: dir,
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        sourcemap: false,
        lib: { entry: join(ROOT, 'bench/lib/lit-floor.ts'), formats: ['es'], fileName: () => 'lit-floor.js' },
        rolldownOptions: { output: { postBanner: '//# allFunctionsCalledOnLoad' } },
      },
    });
    return readFileSync(join(dir, 'lit-floor.js'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return { cores: os.cpus().length, model, memGiB: Math.round(os.totalmem() / 2 ** 30) };
}

const SHORT = { ours: 'ours', 'ours-module': 'ours (ES module)', 'ours-callback': 'ours (callback)', 'lit-floor': 'bare Lit element', vanilla: 'vanilla-cookieconsent', osano: 'osano cookieconsent', klaro: 'klaro', tarteaucitron: 'tarteaucitron', control: 'control' };

async function main() {
  const started = new Date();
  const load = { start: os.loadavg(), max1: os.loadavg()[0] };
  const sampleLoad = () => (load.max1 = Math.max(load.max1, os.loadavg()[0]));
  const oursBody = ensureBuild();
  const oursStat = statSync(OURS);

  let systems = allSystems({ oursFile: OURS }).map((s) => ({ ...s, short: SHORT[s.id] }));
  if (opts.only) {
    const keep = new Set(opts.only.split(',').map((x) => x.trim()));
    keep.add('ours'); // the baseline of every ratio
    systems = systems.filter((s) => keep.has(s.id));
  }

  const server = new BenchServer();
  for (const s of systems) {
    server.add(`/pages/${s.id}.html`, s.html);
    for (const [url, file] of s.files) {
      if (url === '/lib/ours/cookie-consent.iife.js') server.add(url, oursBody);
      else server.addFile(url, file);
    }
  }
  if (!systems.some((s) => s.id === 'ours')) server.add('/lib/ours/cookie-consent.iife.js', oursBody);
  if (systems.some((s) => s.id === 'lit-floor')) server.add('/lib/lit-floor/lit-floor.js', await buildLitFloor());
  if (doScale) scalePages(server);
  await server.start();

  const git = sh('git', ['rev-parse', '--short', 'HEAD']) ?? 'unknown';
  const dirty = sh('git', ['status', '--porcelain', '--', 'src']) ? ' (src/ has uncommitted changes)' : '';
  const meta = {
    date: started.toISOString(),
    machine: machine(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromiumPath: CHROMIUM,
    chromium: null,
    versions: { 'playwright-core': pkgVersion('playwright-core') },
    libraries: systems
      .filter((s) => s.id !== 'control')
      .map((s) => ({ id: s.id, label: s.short, version: s.pkg ? pkgVersion(s.pkg) : `${JSON.parse(readFileSync('package.json', 'utf8')).version}@${git}` })),
    ours: {
      file: OURS,
      bytes: oursBody.length,
      sha256: createHash('sha256').update(oursBody).digest('hex'),
      mtime: oursStat.mtime.toISOString(),
      git: `${git}${dirty}`,
      gatingMode: null,
    },
    compare: doCompare,
    scale: doScale,
    runs: RUNS,
    scaleRuns: SCALE_RUNS,
    budgetMs: BUDGET,
    network: NETWORK,
    load,
  };

  let browser = await launch();
  meta.chromium = `Chromium ${browser.version()}`;
  const runs = [];
  let exitCode = 0;
  try {
    if (doCompare) {
      for (let round = 0; round <= RUNS; round++) {
        const k = round % systems.length;
        const order = [...systems.slice(k), ...systems.slice(0, k)];
        for (const s of order) {
          if (!browser.isConnected()) browser = await launch();
          const t = Date.now();
          const res = await runOnce(browser, server, s, { budgetMs: BUDGET, network: NETWORK });
          const rec = { round, warmup: round === 0, system: s.id, order: order.map((x) => x.id).join(','), ...res, gatingMode: res.raw.first?.gatingMode ?? null };
          runs.push(rec);
          const m = res.metrics;
          log(
            `${round === 0 ? 'warm-up' : `round ${round}/${RUNS}`} ${s.id.padEnd(13)} ${res.ok ? 'ok  ' : 'FAIL'} ` +
              (res.ok
                ? `banner ${m.painted?.toFixed(0)} ms, task ${m.taskToBanner?.toFixed(1)} ms, click→gated ${m.clickToGated?.toFixed(1)} ms, return gated ${m.returnGated?.toFixed(0)} ms`
                : res.error) +
              ` (${Date.now() - t} ms)`,
          );
        }
        sampleLoad();
      }
      const modes = [...new Set(runs.filter((r) => r.system === 'ours' && r.gatingMode).map((r) => r.gatingMode))];
      meta.ours.gatingMode = modes.join(', ') || 'unknown';
    }

    let scale = null;
    if (doScale) {
      if (!browser.isConnected()) browser = await launch();
      scale = await runScale(browser, server, { reps: SCALE_RUNS, budgetMs: BUDGET, log });
      sampleLoad();
    }

    load.end = os.loadavg();
    sampleLoad();

    // ---- output
    const md = [`# Cookie banner benchmark`, '', conditions(meta), ''];
    let sum = null;
    if (doCompare) {
      sum = summary(systems, runs);
      md.push(
        `Cells: median (min–max) over the counted runs, ×ratio to ours. Times are wall-clock from navigation start except "ms CPU" (main-thread thread time from CDP \`Performance.getMetrics\`). Control: the same banner as static HTML with a little inline script, the floor that page, probe and harness cost.`,
        '',
        comparisonTable(systems, sum),
        '',
        'Files loaded (raw / gzip -9 bytes):',
        '',
      );
      for (const s of systems) {
        const okRun = runs.find((r) => r.system === s.id && r.ok && !r.warmup);
        const files = okRun?.raw.first.files ?? [];
        md.push(`- ${s.short}: ${files.length ? files.map((x) => `${x.path.split('/').slice(-1)[0]} ${x.raw} / ${x.gzip}`).join(', ') : 'none'}`);
      }
      const failures = systems.flatMap((s) => sum[s.id].failures.map((f) => `${s.short}, ${f}`));
      const warmFail = runs.filter((r) => r.warmup && !r.ok).map((r) => `${r.system}, warm-up: ${r.error}`);
      md.push('', `Failed runs (not counted): ${failures.length ? '' : 'none'}`);
      for (const f of [...failures, ...warmFail]) md.push(`- ${f}`);
      // a flaky run is reported and left out; a system with no counted run at all fails the bench
      if (systems.some((s) => sum[s.id].ok === 0)) exitCode = 1;
    }
    if (scale) {
      md.push('', '## Scale', '', scaleMarkdown(scale, SCALE_RUNS));
    }
    const text = md.join('\n') + '\n';
    mkdirSync(opts.out, { recursive: true });
    writeFileSync(join(opts.out, 'latest.md'), text);
    writeFileSync(join(opts.out, 'latest.json'), JSON.stringify({ meta, systems: systems.map(({ html, ...s }) => s), summary: sum, runs, scale }, null, 1) + '\n');
    console.log(text);
    log(`bench: wrote ${relative(ROOT, join(opts.out, 'latest.md'))} and latest.json`);
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('bench:', e?.stack ?? e);
    process.exit(1);
  },
);

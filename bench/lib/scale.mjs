// Scale figures (docs/performance.md): activating 1,000 gated elements; the gating watcher's overhead on a
// page script that inserts 10,000 elements (with and without the library, interleaved in one run);
// 1,000 connect/disconnect cycles of <cookie-consent> without growth of listeners, nodes or heap.
import { cdpSession, metrics, within } from './browser.mjs';
import { summarize, median } from './stats.mjs';

const GATED = { scripts: 500, images: 400, frames: 100 };

const head = (extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>scale</title>
<link rel="icon" href="data:,"><style>cookie-consent:not(:defined){display:none}</style>${extra}</head>`;

// the drop-in: it starts the gating watcher by itself
const DROP_IN = `<script src="/lib/ours/cookie-consent.iife.js" defer></script>`;

// ---------------------------------------------------------------- 1,000 gated elements

function activationPage(withLibrary) {
  const items = [];
  for (let i = 0; i < GATED.scripts; i++)
    items.push(`<script type="text/plain" data-consent="analytics">window.__n = (window.__n | 0) + 1;</script>`);
  // lazy and below the fold: what is measured is the activation, not 500 downloads and documents
  for (let i = 0; i < GATED.images; i++) items.push(`<img data-consent="analytics" data-src="/px.gif?${i}" alt="" width="1" height="1" loading="lazy">`);
  for (let i = 0; i < GATED.frames; i++) items.push(`<iframe data-consent="analytics" data-src="/blank.html?${i}" title="f${i}" width="8" height="8" loading="lazy"></iframe>`);
  // the floor: what the browser itself costs for the same activations, by the shortest hand-written loop
  const control = `<script>
window.__activate = function () {
  document.querySelectorAll('[data-consent]').forEach(function (el) {
    if (el.localName === 'script') { var s = document.createElement('script'); s.text = el.text; el.replaceWith(s); }
    else el.setAttribute('src', el.dataset.src);
  });
};
</script>`;
  const lib = `<cookie-consent days="20" categories="analytics"></cookie-consent>
<script>window.__activate = function () { document.querySelector('cookie-consent').acceptAll(); };</script>`;
  return `${head(withLibrary ? DROP_IN : '')}<body><h1>1,000 gated elements</h1>
${withLibrary ? lib : control}
<div id="gated" style="margin-top:300vh">${items.join('\n')}</div>
<script>
window.__done = function () {
  return (window.__n | 0) === ${GATED.scripts} &&
    [].every.call(document.querySelectorAll('#gated img, #gated iframe'), function (el) { return el.hasAttribute('src'); });
};
window.__run = function () {
  return new Promise(function (resolve) {
    var t0 = performance.now();
    window.__activate();
    // the library queues scripts in microtasks: a message after this task sees them all run
    var ch = new MessageChannel();
    ch.port1.onmessage = function () { resolve({ wall: performance.now() - t0, done: window.__done(), n: window.__n | 0 }); };
    ch.port2.postMessage(0);
  });
};
</script>
</body></html>`;
}

// ---------------------------------------------------------------- 10,000 inserted elements

const INNER = 5; // measured passes per page load

const INSERT_VARIANTS = {
  // one task: 10,000 elements appended one by one to one container
  flat: `function (root, done) {
    for (var i = 0; i < 10000; i++) { var d = document.createElement('div'); d.className = 'item'; d.textContent = 'item ' + i; root.appendChild(d); }
    done();
  }`,
  // one task: 1,000 cards attached, then 9 children appended to each (1,001 parents gain children)
  cards: `function (root, done) {
    for (var i = 0; i < 1000; i++) {
      var card = document.createElement('article'); root.appendChild(card);
      for (var j = 0; j < 9; j++) { var c = document.createElement(j ? 'p' : 'h3'); c.textContent = 'text ' + j; card.appendChild(c); }
    }
    done();
  }`,
  // 100 tasks of 100 elements each (a feed that grows), each batch into its own new section
  tasks: `function (root, done) {
    var batch = 0, ch = new MessageChannel();
    ch.port1.onmessage = step;
    function step() {
      var sec = document.createElement('section'); root.appendChild(sec);
      for (var i = 0; i < 99; i++) { var d = document.createElement('div'); d.textContent = 'row ' + i; sec.appendChild(d); }
      if (++batch < 100) ch.port2.postMessage(0); else done();
    }
    step();
  }`,
};

// `noop`: a MutationObserver on the whole document that does nothing, the floor of any watcher
// built on one
function insertPage(kind) {
  const withLibrary = kind === 'with';
  const noop = `<script>new MutationObserver(function () {}).observe(document, { childList: true, subtree: true });</script>`;
  return `${head(withLibrary ? DROP_IN : kind === 'noop' ? noop : '')}<body><h1>10,000 inserted elements</h1>
${withLibrary ? '<cookie-consent days="20" categories="analytics"></cookie-consent>' : ''}
<main id="root"></main>
<script>
window.__variants = {${Object.entries(INSERT_VARIANTS)
    .map(([k, v]) => `${k}: ${v}`)
    .join(',\n')}};
window.__watchers = function () {
  var g = globalThis[Symbol.for('cookie-consent-element.gating.v1')];
  return g ? g.watchers : 0;
};
window.__reset = function () {
  return new Promise(function (resolve) {
    document.getElementById('root').textContent = '';
    requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(resolve, 0); }); });
  });
};
window.__run = function (variant) {
  return new Promise(function (resolve) {
    var root = document.getElementById('root');
    var t0 = performance.now();
    window.__variants[variant](root, function () {
      // Observer callbacks run in the microtask that the first insertion queued: a microtask
      // queued now runs after them. (Not a message: the browser sometimes renders the 10,000 new
      // elements before a message, about 150 ms of style and layout in any variant, with or
      // without an observer, which made the wall times bimodal.)
      queueMicrotask(function () { resolve({ wall: performance.now() - t0, count: root.getElementsByTagName('*').length }); });
    });
  });
};
</script>
</body></html>`;
}

// ---------------------------------------------------------------- connect / disconnect

function cyclesPage() {
  return `${head(DROP_IN)}<body><h1>connect and disconnect</h1>
<div id="host"><cookie-consent days="20" categories="analytics"></cookie-consent></div>
<script>
window.__cycles = async function (n, fresh) {
  var host = document.getElementById('host');
  for (var i = 0; i < n; i++) {
    var el;
    if (fresh) {
      host.textContent = '';
      el = document.createElement('cookie-consent');
      el.setAttribute('days', '20');
      el.setAttribute('categories', 'analytics');
      host.appendChild(el);
    } else {
      el = host.querySelector('cookie-consent');
      el.remove();
      host.appendChild(el);
    }
    await el.updateComplete;
    // let a frame happen now and then (resize observers, rendering)
    if (i % 10 === 9) await new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 0); }); });
  }
  return host.querySelectorAll('cookie-consent').length;
};
</script>
</body></html>`;
}

// ---------------------------------------------------------------- harness

export function scalePages(server) {
  server.add('/blank.html', '<!doctype html><title>blank</title>');
  server.add('/scale/activate-ours.html', activationPage(true));
  server.add('/scale/activate-control.html', activationPage(false));
  for (const kind of ['with', 'without', 'noop']) server.add(`/scale/insert-${kind}.html`, insertPage(kind));
  server.add('/scale/cycles.html', cyclesPage());
}

async function freshPage(browser, url, budgetMs, problems) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const client = await cdpSession(page);
  await page.goto(url, { waitUntil: 'load', timeout: budgetMs });
  // let the page settle: the element's first render and frames done
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  return { context, page, client };
}

// The workload runs in a task of the page's own (a message event), as a page script would: code
// run by CDP's Runtime.evaluate is not counted in Performance.getMetrics' ScriptDuration.
async function timed(page, client, arg) {
  const m0 = await metrics(client);
  const inPage = await page.evaluate(
    (a) =>
      new Promise((resolve) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__run(a).then(resolve);
        ch.port2.postMessage(0);
      }),
    arg,
  );
  const m1 = await metrics(client);
  const d = (k) => (m1[k] - m0[k]) * 1000;
  return { ...inPage, script: d('ScriptDuration'), task: d('TaskDuration') };
}

async function activation(browser, server, { reps, budgetMs }) {
  const problems = [];
  const samples = { ours: [], control: [] };
  for (let r = 0; r <= reps; r++) {
    const order = r % 2 ? ['control', 'ours'] : ['ours', 'control'];
    for (const which of order) {
      const { context, page, client } = await freshPage(browser, `${server.origin}/scale/activate-${which}.html`, budgetMs, problems);
      try {
        if (await page.evaluate(() => window.__done())) problems.push(`${which}: gated elements active before consent`);
        const res = await within(budgetMs, `${which}: activation`, timed(page, client, null));
        if (!res.done) {
          // not everything in one go: wait for the rest, and say so
          await page.waitForFunction(() => window.__done(), null, { timeout: budgetMs }).catch(() => {});
          res.lateCompletion = await page.evaluate(() => window.__done());
          problems.push(`${which}: not all ${GATED.scripts + GATED.images + GATED.frames} elements active right after the decision's task (scripts run: ${res.n}); all active later: ${res.lateCompletion}`);
        }
        if (r > 0) samples[which].push(res);
      } finally {
        await context.close();
      }
    }
  }
  const s = (which, k) => summarize(samples[which].map((x) => x[k]));
  return {
    elements: GATED,
    ours: { script: s('ours', 'script'), task: s('ours', 'task'), wall: s('ours', 'wall') },
    control: { script: s('control', 'script'), task: s('control', 'task'), wall: s('control', 'wall') },
    samples,
    problems,
  };
}

async function insertion(browser, server, { reps, budgetMs }) {
  const problems = [];
  const out = {};
  for (const variant of Object.keys(INSERT_VARIANTS)) {
    const samples = { with: [], without: [], noop: [] };
    let watchers = null;
    for (let r = 0; r <= reps; r++) {
      const kinds = ['with', 'without', 'noop'];
      const k = r % 3;
      for (const which of [...kinds.slice(k), ...kinds.slice(0, k)]) {
        const { context, page, client } = await freshPage(browser, `${server.origin}/scale/insert-${which}.html`, budgetMs, problems);
        try {
          if (which === 'with') watchers = await page.evaluate(() => window.__watchers());
          // the first pass compiles and warms up; then the median of INNER passes, each on an
          // emptied container after a frame
          const passes = [];
          for (let i = 0; i <= INNER; i++) {
            await page.evaluate(() => window.__reset());
            const res = await within(budgetMs, `insert ${variant}`, timed(page, client, variant));
            if (i > 0) passes.push(res);
          }
          const pick = (key) => median(passes.map((x) => x[key]));
          if (r > 0) samples[which].push({ script: pick('script'), task: pick('task'), wall: pick('wall') });
        } finally {
          await context.close();
        }
      }
    }
    const ratio = (a, b, key) => median(samples[a].map((x) => x[key])) / median(samples[b].map((x) => x[key]));
    const paired = (a, key) => summarize(samples[a].map((x, i) => x[key] / samples.without[i][key]));
    const sum = (which) => ({
      script: summarize(samples[which].map((x) => x.script)),
      task: summarize(samples[which].map((x) => x.task)),
      wall: summarize(samples[which].map((x) => x.wall)),
    });
    out[variant] = {
      watchersRunning: watchers,
      with: sum('with'),
      without: sum('without'),
      noop: sum('noop'),
      ratioScript: ratio('with', 'without', 'script'),
      ratioTask: ratio('with', 'without', 'task'),
      ratioWall: ratio('with', 'without', 'wall'),
      noopRatioScript: ratio('noop', 'without', 'script'),
      noopRatioTask: ratio('noop', 'without', 'task'),
      noopRatioWall: ratio('noop', 'without', 'wall'),
      pairedScript: paired('with', 'script'),
      samples,
    };
    if (!watchers) problems.push(`insert ${variant}: no gating watcher running on the page with the library`);
  }
  return { variants: out, problems };
}

async function counters(client) {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  const dom = await client.send('Memory.getDOMCounters');
  const heap = await client.send('Runtime.getHeapUsage');
  return { nodes: dom.nodes, jsEventListeners: dom.jsEventListeners, documents: dom.documents, heapUsed: heap.usedSize };
}

async function cycles(browser, server, { budgetMs }) {
  const problems = [];
  const out = {};
  for (const [name, fresh] of [
    ['same element', false],
    ['new element each time', true],
  ]) {
    const { context, page, client } = await freshPage(browser, `${server.origin}/scale/cycles.html`, budgetMs, problems);
    try {
      await client.send('HeapProfiler.enable');
      await page.evaluate((f) => window.__cycles(20, f), fresh); // warm-up: code compiled, caches filled
      const before = await counters(client);
      await within(budgetMs * 4, `${name}: 1,000 cycles`, page.evaluate((f) => window.__cycles(1000, f), fresh));
      const after1000 = await counters(client);
      await within(budgetMs * 4, `${name}: 1,000 more cycles`, page.evaluate((f) => window.__cycles(1000, f), fresh));
      const after2000 = await counters(client);
      const growth = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k] - a[k]]));
      const g1 = growth(before, after1000);
      const g2 = growth(after1000, after2000);
      // a leak grows with every cycle; the heap may settle a little after the first thousand
      const leaks =
        g1.jsEventListeners > 0 || g2.jsEventListeners > 0 || g2.nodes > 50 || g2.heapUsed > 64 * 1024 || g2.documents > 0;
      out[name] = { before, after1000, after2000, growthFirst1000: g1, growthSecond1000: g2, leaks };
    } finally {
      await context.close();
    }
  }
  return { cases: out, problems };
}

export async function runScale(browser, server, { reps, budgetMs, log }) {
  log('scale: activating 1,000 gated elements …');
  const activate = await activation(browser, server, { reps, budgetMs });
  log('scale: inserting 10,000 elements with and without the library …');
  const insert = await insertion(browser, server, { reps, budgetMs });
  log('scale: 1,000 connect/disconnect cycles …');
  const cyc = await cycles(browser, server, { budgetMs });
  return { activate, insert, cycles: cyc };
}

// ---------------------------------------------------------------- report

const f = (v, d = 1) => (v == null || !Number.isFinite(v) ? '–' : v.toFixed(d));
const mm = (s, d = 1) => (s ? `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)})` : '–');
const pct = (r) => (r == null || !Number.isFinite(r) ? '–' : `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)} %`);

export function scaleMarkdown(scale, reps) {
  const a = scale.activate;
  const lines = [];
  lines.push(`### Activating ${GATED.scripts + GATED.images + GATED.frames} gated elements (${GATED.scripts} scripts, ${GATED.images} img, ${GATED.frames} iframes), ${reps} runs + 1 warm-up`);
  lines.push('');
  lines.push('From the decision (`acceptAll()`) until the message after its task, by which every gated script has run and every src is set. "Hand-written loop": the same activations by a five-line loop without any library, what the browser itself costs.');
  lines.push('');
  lines.push('| | script (ms CPU) | all tasks (ms CPU) | wall (ms) |');
  lines.push('| --- | --- | --- | --- |');
  lines.push(`| ours (decision, banner closing, activation) | ${mm(a.ours.script)} | ${mm(a.ours.task)} | ${mm(a.ours.wall)} |`);
  lines.push(`| hand-written loop | ${mm(a.control.script)} | ${mm(a.control.task)} | ${mm(a.control.wall)} |`);
  lines.push(`| difference of medians | ${f(a.ours.script?.median - a.control.script?.median)} | ${f(a.ours.task?.median - a.control.task?.median)} | ${f(a.ours.wall?.median - a.control.wall?.median)} |`);
  lines.push('');
  lines.push(`### A page script inserting 10,000 elements, with and without the library (interleaved: ${reps} loads of each page + 1 warm-up, each the median of ${INNER} passes after a warm-up pass)`);
  lines.push('');
  lines.push('Script time (ms CPU) of the insertion, including the observer callbacks it causes. "Added" is the ratio of medians to the page without any observer; "paired" the median (min … max) of the per-round ratios. A no-op observer (`childList` + `subtree` on the document, empty callback) is the floor of any watcher built on MutationObserver. All-tasks and wall figures are shown for the library / for the no-op observer: they include whatever rendering the browser fits in before the run ends (style and layout of the new elements, 100+ ms), and with any document-wide observer Chromium often renders between the 100 tasks of the last page script — a property of MutationObserver, not of what the callback does.');
  lines.push('');
  lines.push('| page script | without | no-op observer | with the library | added by the library | paired | added by a no-op observer | added, all tasks (CPU): library / no-op | added (wall): library / no-op | watcher running |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const label = { flat: '10,000 appends to one container, one task', cards: '1,000 cards × 10 elements, one task', tasks: '100 tasks × 100 elements' };
  for (const [k, v] of Object.entries(scale.insert.variants)) {
    lines.push(`| ${label[k]} | ${mm(v.without.script)} | ${mm(v.noop.script)} | ${mm(v.with.script)} | ${pct(v.ratioScript)} | ${pct(v.pairedScript?.median)} (${pct(v.pairedScript?.min)} … ${pct(v.pairedScript?.max)}) | ${pct(v.noopRatioScript)} | ${pct(v.ratioTask)} / ${pct(v.noopRatioTask)} | ${pct(v.ratioWall)} / ${pct(v.noopRatioWall)} | ${v.watchersRunning ? 'yes' : 'NO'} |`);
  }
  lines.push('');
  lines.push('### 1,000 connect/disconnect cycles of `<cookie-consent>` (no decision stored: the banner renders each time)');
  lines.push('');
  lines.push('After a 20-cycle warm-up, then after 1,000 and after 2,000 cycles; each reading after two forced garbage collections (CDP `Memory.getDOMCounters`, `Runtime.getHeapUsage`).');
  lines.push('');
  lines.push('| case | listeners (before → 1,000 → 2,000) | nodes | JS heap used (KiB) | leak |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const [k, v] of Object.entries(scale.cycles.cases)) {
    const t = (key, div = 1, d = 0) => `${f(v.before[key] / div, d)} → ${f(v.after1000[key] / div, d)} → ${f(v.after2000[key] / div, d)}`;
    lines.push(`| ${k} | ${t('jsEventListeners')} | ${t('nodes')} | ${t('heapUsed', 1024, 0)} | ${v.leaks ? 'YES' : 'no'} |`);
  }
  const problems = [...a.problems, ...scale.insert.problems, ...scale.cycles.problems];
  if (problems.length) {
    lines.push('');
    lines.push('Problems:');
    for (const p of [...new Set(problems)]) lines.push(`- ${p}`);
  }
  return lines.join('\n');
}

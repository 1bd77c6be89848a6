/**
 * `npm run build:examples` (run by `pretest`, after `npm run build`): type-checks each framework
 * example in `examples/` with its framework's checker and builds it into `examples/<name>/dist/`,
 * a static page that `test/frameworks/*.test.ts` loads in the browser.
 *
 * - react: `tsc` (JSX with `cookie-consent-element/react.js`); Vite, whose Oxc compiles the JSX.
 * - vue: `vue-tsc` (templates with `cookie-consent-element/vue.js`); Vite + @vitejs/plugin-vue.
 * - svelte: `svelte-check` (with `cookie-consent-element/svelte.js`); Vite + @sveltejs/vite-plugin-svelte.
 * - angular: the Angular compiler (AOT, `strictTemplates`), inside the Vite build
 *   (`examples/angular/angular-aot.ts`), and once more over `src/type-checks.ts`.
 * - nextjs: `next build`, which type-checks it too, into `examples/nextjs/.next/`; the test server
 *   runs it with `next start` (`test/server/next-app.mjs`).
 *
 * The examples import `cookie-consent-element` as an app would; inside this package the name
 * resolves to the package itself (self-reference through `exports`), so to the built `dist/`.
 *
 * Files named type-checks hold uses that must NOT type-check: with `@ts-expect-error` (tsc,
 * vue-tsc) or, where the checker has no such directive (svelte-check, Angular templates), an
 * `<!-- expect-error: … -->` line before each; a checker that reports anything else, or misses
 * one, fails.
 *
 * Each built page gets a first script that records every error, unhandled rejection,
 * `console.error` and `console.warn` in `window.__logged`, for the tests to assert on
 * (`record-logs.mjs`).
 *
 * `node scripts/build-examples.mjs [name…]` builds some only.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { RECORD_LOGS } from './record-logs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = performance.now();

/** Records what the page logs before anything else runs (a classic inline script, first in <head>). */
const recordLogs = {
  name: 'record-logs',
  transformIndexHtml: () => [{ tag: 'script', injectTo: 'head-prepend', children: RECORD_LOGS }],
};

/** Runs a checker; resolves with its output, rejects with it when it exits non-zero (unless `allowFailure`). */
function run(command, args, { allowFailure = false, env = process.env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || allowFailure) resolvePromise(output);
      else reject(new Error(`${relative(root, command)} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Compares the errors a checker reported with the `<!-- expect-error -->` lines of a type-checks file:
 * each such line must be followed by a line with an error, and no other line may have one.
 */
function expectErrors(label, file, reported) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const expected = lines.flatMap((line, i) => (/^\s*<!--\s*expect-error:/.test(line) ? [i + 2] : []));
  const problems = [];
  for (const line of expected) {
    if (!reported.some((r) => r.file === file && r.line === line)) {
      problems.push(`${relative(root, file)}:${line}: expected a type error here, none reported`);
    }
  }
  for (const r of reported) {
    if (r.file !== file || !expected.includes(r.line)) problems.push(`${relative(root, r.file)}:${r.line}: ${r.message}`);
  }
  if (problems.length) throw new Error(`${label}:\n${problems.join('\n')}`);
}

/** svelte-check, machine output: `<time> ERROR "<file>" <line>:<col> "<message>"`. */
async function svelteCheck() {
  const dir = join(root, 'examples/svelte');
  const output = await run(bin('svelte-check'), ['--workspace', dir, '--tsconfig', join(dir, 'tsconfig.json'), '--output', 'machine', '--fail-on-warnings'], { allowFailure: true });
  const reported = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)].map(([, , file, line, message]) => ({
    file: resolve(dir, file),
    line: Number(line),
    message,
  }));
  if (!/^\d+ COMPLETED /m.test(output)) throw new Error(`svelte-check did not complete:\n${output}`);
  expectErrors('svelte-check', join(dir, 'src/TypeChecks.svelte'), reported);
}

/** The Angular compiler over the app and `src/type-checks.ts`, without emitting. */
async function angularTypeChecks() {
  const { performCompilation, readConfiguration } = await import('@angular/compiler-cli');
  const dir = join(root, 'examples/angular');
  const file = join(dir, 'src/type-checks.ts');
  const config = readConfiguration(join(dir, 'tsconfig.json'));
  const { diagnostics } = performCompilation({ rootNames: [...config.rootNames, file], options: { ...config.options, noEmit: true } });
  const reported = diagnostics.map((d) => {
    const message = typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText;
    return { file: d.file?.fileName ?? '', line: d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0, message };
  });
  expectErrors('Angular compiler', file, reported);
}

const examples = {
  react: () => run(bin('tsc'), ['-p', 'examples/react/tsconfig.json']),
  // `next build` type-checks the app and builds it (into examples/nextjs/.next/)
  nextjs: () => run(bin('next'), ['build', 'examples/nextjs'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }),
  vue: () => run(bin('vue-tsc'), ['-p', 'examples/vue/tsconfig.json']),
  svelte: svelteCheck,
  angular: angularTypeChecks,
};

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(examples);
for (const name of names) if (!examples[name]) throw new Error(`no example "${name}"; there are: ${Object.keys(examples).join(', ')}`);

/** Type-checks and builds one example, printing one line with the times. */
async function one(name) {
  const t0 = performance.now();
  await examples[name]();
  const t1 = performance.now();
  const dir = join(root, 'examples', name);
  if (name !== 'nextjs') await build({
    root: dir,
    configFile: join(dir, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [recordLogs],
    // two builds share the two cores: Rolldown's "slow plugin" notes would only be noise here
    build: { rolldownOptions: { checks: { bundlerTimings: false } } },
  });
  const t2 = performance.now();
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`build:examples: ${name}: ${name === 'nextjs' ? `type-checked and built in ${seconds(t1 - t0)}` : `type-checked in ${seconds(t1 - t0)}, built in ${seconds(t2 - t1)}`}`);
}

// two at a time: the machine has two cores
const queue = [...names];
const failures = [];
await Promise.all(
  [0, 1].map(async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      await one(name).catch((error) => failures.push(`${name}: ${error.message}`));
    }
  }),
);
if (failures.length) {
  console.error(`build:examples failed:\n${failures.join('\n\n')}`);
  process.exit(1);
}
console.log(`build:examples: ${names.length} examples in ${((performance.now() - started) / 1000).toFixed(1)} s`);

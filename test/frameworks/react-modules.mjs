/**
 * A test-server plugin: React, which npm ships as CommonJS only, served to the browser tests as ES
 * modules. `import { createRoot } from 'react-dom/client'` in a test (or in a module it imports,
 * such as `src/frameworks/react.ts`) resolves to one of these, built once by esbuild when the
 * server starts: React 19 (`react`, `react-dom/client`, `react-dom/server`) and React 18 under the
 * names of its aliased packages (`react-18`, `react-dom-18/client`, `react-dom-18/server`). Each
 * version is one build, so its modules share one copy of React; the development builds, which
 * report hydration mismatches and other mistakes with `console.error`.
 */
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';

/** The modules of each version: the name a test imports → the file esbuild bundles. */
const versions = {
  19: { react: 'react', 'react-dom/client': 'react-dom/client', 'react-dom/server': 'react-dom/server.browser' },
  18: { 'react-18': 'react-18', 'react-dom-18/client': 'react-dom-18/client', 'react-dom-18/server': 'react-dom-18/server.browser' },
};

const common = (version) => ({
  bundle: true,
  write: false,
  define: { 'process.env.NODE_ENV': '"development"' },
  // react-dom 18 requires `react`: its own version's
  alias: version === '18' ? { react: 'react-18' } : {},
  logLevel: 'silent',
});

/**
 * The names a CommonJS module exports, which esbuild cannot list statically: the module is
 * bundled as CommonJS and run here once to ask it.
 */
async function exportedNames(version, file) {
  const { outputFiles } = await build({ ...common(version), entryPoints: [file], format: 'cjs', outfile: '/out.js' });
  // in a context of its own, with a silent console: the test runner's is its terminal's
  const module = { exports: {} };
  const quiet = new Proxy({}, { get: () => () => {} });
  const { setTimeout, clearTimeout, queueMicrotask, MessageChannel, TextEncoder, TextDecoder, ReadableStream, performance } = globalThis;
  runInNewContext(outputFiles[0].text, { module, exports: module.exports, console: quiet, setTimeout, clearTimeout, queueMicrotask, MessageChannel, TextEncoder, TextDecoder, ReadableStream, performance });
  return Object.keys(module.exports).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
}

/** An ES module that re-exports a CommonJS module's names. */
async function facade(version, file) {
  const names = await exportedNames(version, file);
  return `import * as m from '${file}';\nexport default m.default ?? m;\nexport const { ${names.join(', ')} } = m.default ?? m;\n`;
}

async function bundle(version, modules) {
  const ids = Object.keys(modules);
  const { outputFiles } = await build({
    ...common(version),
    entryPoints: ids.map((id) => ({ in: `facade:${id}`, out: id.replaceAll('/', '-') })),
    splitting: true,
    format: 'esm',
    outdir: '/out',
    plugins: [
      {
        name: 'facades',
        setup(b) {
          b.onResolve({ filter: /^facade:/ }, ({ path }) => ({ path: path.slice('facade:'.length), namespace: 'facade' }));
          b.onLoad({ filter: /.*/, namespace: 'facade' }, async ({ path }) => ({ contents: await facade(version, modules[path]), resolveDir: process.cwd(), loader: 'js' }));
        },
      },
    ],
  });
  return new Map(outputFiles.map((f) => [`/__react/${version}${f.path.slice('/out'.length)}`, f.text]));
}

export function reactModules() {
  let files;
  const ready = () => (files ??= Promise.all(Object.entries(versions).map(([v, m]) => bundle(v, m))).then((maps) => new Map(maps.flatMap((m) => [...m]))));
  const urls = Object.fromEntries(Object.entries(versions).flatMap(([v, m]) => Object.keys(m).map((id) => [id, `/__react/${v}/${id.replaceAll('/', '-')}.js`])));
  return {
    name: 'react-modules',
    resolveImport({ source }) {
      return urls[source];
    },
    async serve({ path }) {
      if (!path.startsWith('/__react/')) return undefined;
      const text = (await ready()).get(path);
      return text === undefined ? undefined : { body: text, type: 'js' };
    },
  };
}

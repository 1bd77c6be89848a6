/**
 * `npm run docs`: writes the tables of `<cookie-consent>`'s attributes, events, slots, CSS parts
 * and custom properties into README.md and docs/*.md from `custom-elements.json`, which
 * `cem analyze` generates from the element's JSDoc. The JSDoc is the one place to change them.
 *
 * A table goes between two markers of its name, which a page places where it wants it:
 *
 *   <!-- attributes:start --> … <!-- attributes:end -->
 *
 * Names: `attributes`, `events`, `slots`, `parts`, `css-properties`; `category-attributes`,
 * `service-attributes` and `declaration-attributes` (the attributes of `<cookie-category>`,
 * `<cookie-service>` and `<cookie-declaration>`).
 *
 * `node scripts/readme-tables.mjs --check` writes nothing and exits 1 when a page differs from the
 * manifest (the test `test/node/readme-tables.test.mjs` does the same).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TAG = 'cookie-consent';

/** The pages that may hold tables. */
export function pages() {
  const docs = join(root, 'docs');
  return [join(root, 'README.md'), ...readdirSync(docs).filter((f) => f.endsWith('.md')).map((f) => join(docs, f))];
}

/** An element's declaration in the manifest (by default `<cookie-consent>`'s). */
export function elementOf(manifest, tag = TAG) {
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) if (decl.tagName === tag) return decl;
  }
  throw new Error(`custom-elements.json declares no <${tag}>`);
}

/** Text for a table cell: one line, pipes escaped. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => `\`${text}\``;

/** A default as written in the source (`'opt-in'`, `182`, `false`) as a reader wants it. */
function defaultOf(member) {
  const value = member.default;
  if (value === undefined || value === "''" || value === '""') return '—';
  if (member.type?.text === 'boolean') return value === 'false' ? 'off' : 'on';
  return code(value.replace(/^(['"`])(.*)\1$/, '$2'));
}

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/** An element's attributes: name, default, description. */
const attributeTable = (el) =>
  table(
    ['attribute', 'default', 'description'],
    (el.attributes ?? []).map((a) => [code(a.name), a.type?.text === 'boolean' ? `${defaultOf(a)} (boolean)` : defaultOf(a), a.description]),
  );

/** Every table, by marker name, as Markdown. */
export function tables(manifest) {
  const el = elementOf(manifest);
  return {
    attributes: attributeTable(el),
    'category-attributes': attributeTable(elementOf(manifest, 'cookie-category')),
    'service-attributes': attributeTable(elementOf(manifest, 'cookie-service')),
    'declaration-attributes': attributeTable(elementOf(manifest, 'cookie-declaration')),
    events: table(
      ['event', 'class', 'when'],
      (el.events ?? []).map((e) => [code(e.name), e.type?.text ? code(e.type.text) : '', e.description]),
    ),
    slots: table(
      ['slot', 'content'],
      (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
    ),
    parts: table(
      ['part', 'what'],
      (el.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
    'css-properties': table(
      ['custom property', 'default', 'what'],
      (el.cssProperties ?? []).map((p) => [code(p.name), p.default ? code(p.default) : '—', p.description]),
    ),
  };
}

/**
 * `text` with each marked table replaced by the manifest's. Unknown marker names and unpaired
 * markers are errors, so that a typo cannot leave a table unchecked.
 */
export function withTables(text, generated, name = 'page') {
  const marker = /<!-- ([\w-]+):start -->\n[\s\S]*?<!-- ([\w-]+):end -->/g;
  const out = text.replace(marker, (_, start, end) => {
    if (start !== end) throw new Error(`${name}: <!-- ${start}:start --> ends with <!-- ${end}:end -->`);
    if (!(start in generated)) throw new Error(`${name}: no table is called "${start}"`);
    return `<!-- ${start}:start -->\n${generated[start]}\n<!-- ${start}:end -->`;
  });
  const starts = (text.match(/<!-- [\w-]+:start -->/g) ?? []).length;
  const pairs = (text.match(marker) ?? []).length;
  if (starts !== pairs) throw new Error(`${name}: a table marker has no end`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifestFile = join(root, 'custom-elements.json');
  if (!existsSync(manifestFile)) {
    console.error('docs: custom-elements.json is missing: run `npm run build` (or `npx cem analyze`) first');
    process.exit(1);
  }
  const generated = tables(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const check = process.argv.includes('--check');
  const stale = [];
  for (const page of pages()) {
    const text = readFileSync(page, 'utf8');
    const next = withTables(text, generated, relative(root, page));
    if (next === text) continue;
    stale.push(relative(root, page));
    if (!check) writeFileSync(page, next);
  }
  if (check && stale.length) {
    console.error(`docs: the tables in ${stale.join(', ')} differ from custom-elements.json: run \`npm run docs\``);
    process.exit(1);
  }
  console.log(stale.length ? `docs: updated ${stale.join(', ')}` : 'docs: the tables are up to date');
}

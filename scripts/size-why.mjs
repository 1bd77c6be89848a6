// `npm run size:why [file …]`: what each source file costs a built drop-in file, in gzip bytes.
//
// Gzip does not add up per file, so each source is charged what leaving its bytes out would save:
// gzip(file) − gzip(file without them). The charges add up to a little less than the whole (the
// drop-in bundle: 14.8 of 15.9 kB). Bytes come from the source map that the build writes beside
// each file; run `npm run build` first.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const files = process.argv.slice(2);
if (!files.length) files.push('dist/cookie-consent.bundle.js', 'dist/cookie-consent.iife.js');
const gzip = (text) => gzipSync(text, { level: 9 }).length;

for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const name = (source) => (source ? relative('.', resolve(dirname(file), source)).replace(/^node_modules\//, '') : '(glue)');
  const owners = [];
  code.split('\n').forEach((line, row) => {
    for (let col = 0; col < line.length; col++) owners.push(name(map.findEntry(row, col).originalSource));
    owners.push(owners.at(-1) ?? '(glue)'); // the newline goes with what precedes it
  });
  owners.length = code.length;
  const total = gzip(code);
  const rows = [...new Set(owners)].map((source) => {
    let rest = '';
    for (let i = 0; i < code.length; i++) if (owners[i] !== source) rest += code[i];
    return { source, bytes: code.length - rest.length, gzip: total - gzip(rest) };
  });
  console.log(`\n${file}: ${code.length} B, ${total} B gzip -9\n`);
  console.log('| gzip B | min B | source |\n| ---: | ---: | --- |');
  for (const r of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`| ${r.gzip} | ${r.bytes} | ${r.source} |`);
}

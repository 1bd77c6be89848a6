/**
 * `cem analyze` settings: `custom-elements.json` is generated from the JSDoc on the element class
 * (`@fires`, `@csspart`, `@cssproperty`, `@slot`) of `<cookie-consent>` and `<cookie-declaration>`,
 * and on the interfaces that declare the elements read from markup (`src/components/cookie-category/`),
 * at the end of every build. The editor
 * data files are generated from it in the same run: `vscode.html-custom-data.json` and
 * `vscode.css-custom-data.json` (VS Code's `html.customData` / `css.customData`) and
 * `web-types.json` (JetBrains IDEs, through `"web-types"` in package.json).
 */
import { constantDefaults } from './scripts/cem/constant-defaults.mjs';
import { cssPropertySyntax } from './scripts/cem/css-property-syntax.mjs';
import { distPaths } from './scripts/cem/dist-paths.mjs';
import { editorData } from './scripts/cem/editor-data.mjs';
import { documentedEventsOnly } from './scripts/cem/documented-events-only.mjs';
import { definitionsByTag } from './scripts/cem/definitions-by-tag.mjs';
import { markupElements } from './scripts/cem/markup-elements.mjs';
import { valueListUnions } from './scripts/cem/value-list-unions.mjs';

export default {
  // The modules that define what editors and tools show: the elements (the class, its attributes,
  // the interfaces of the elements read from markup), their events, and the value lists of their
  // enumerated attributes (which `valueListUnions` reads to write each as a union), and the
  // constants their defaults name (which `constantDefaults` reads).
  globs: [
    'src/components/**/*.ts',
    'src/events/*.ts',
    'src/core/consent-event.ts',
    'src/core/consent-change-event.ts',
    'src/core/option-values.ts',
    'src/core/days.ts',
    // where the elements are registered (the manifest's element definitions)
    'src/define.ts',
  ],
  exclude: [
    'src/**/*.styles.ts', 'src/components/**/controllers/**',
    // what the element renders and reads with, not what it offers
    'src/components/cookie-consent/{banner-template,category-config,store-options}.ts',
    'src/components/cookie-declaration/{declaration-content,load-declaration}.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    markupElements(),
    valueListUnions(),
    documentedEventsOnly(),
    definitionsByTag(),
    constantDefaults(),
    cssPropertySyntax(),
    distPaths(),
    // last: it reads the manifest as the plugins above leave it
    editorData(),
  ],
};

/**
 * `cem analyze` settings: `custom-elements.json` is generated from the JSDoc on the element class
 * (`@fires`, `@csspart`, `@cssproperty`, `@slot`) and on the interfaces that declare the elements
 * read from markup (`src/components/cookie-category/`), at the end of every build. The editor
 * data files are generated from it in the same run: `vscode.html-custom-data.json` and
 * `vscode.css-custom-data.json` (VS Code's `html.customData` / `css.customData`) and
 * `web-types.json` (JetBrains IDEs, through `"web-types"` in package.json).
 */
import { constantDefaults } from './scripts/cem/constant-defaults.mjs';
import { cssPropertySyntax } from './scripts/cem/css-property-syntax.mjs';
import { distPaths } from './scripts/cem/dist-paths.mjs';
import { editorData } from './scripts/cem/editor-data.mjs';
import { documentedEventsOnly } from './scripts/cem/documented-events-only.mjs';
import { markupElements } from './scripts/cem/markup-elements.mjs';
import { valueListUnions } from './scripts/cem/value-list-unions.mjs';

export default {
  globs: ['src/**/*.ts'],
  // not in the npm modules: what only the drop-in classic script is built from
  exclude: [
    'src/**/*.styles.ts', 'src/drop-in/**', 'src/consent-mode/**', 'src/**/*-url.ts',
    'src/components/cookie-consent/preferences-classic.ts', 'src/components/cookie-consent/preferences-global.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    markupElements(),
    valueListUnions(),
    documentedEventsOnly(),
    constantDefaults(),
    cssPropertySyntax(),
    distPaths(),
    // last: it reads the manifest as the plugins above leave it
    editorData(),
  ],
};

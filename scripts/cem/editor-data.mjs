/**
 * The editor data files, generated from the finished manifest by the generators that Shoelace and
 * Web Awesome use:
 * - `vscode.html-custom-data.json` (VS Code's `html.customData`): each tag with its description,
 *   slots, events, parts and custom properties, and each attribute with its values (a union type
 *   becomes the list of values to pick from); a boolean attribute is marked as one that takes no
 *   value (`"valueSet": "v"`), so VS Code completes `no-revoke-button`, not `no-revoke-button=""`;
 * - `vscode.css-custom-data.json` (VS Code's `css.customData`): the `--consent-*` custom properties
 *   and the `::part()`s;
 * - `web-types.json` (JetBrains IDEs, found through `"web-types"` in package.json): the same for
 *   HTML and CSS, with each attribute's type and default.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const write = (dir, name, data) => writeFileSync(join(dir, name), `${JSON.stringify(data, null, 2)}\n`);

/** `outdir`: where the files go (the package's root, beside custom-elements.json). */
export function editorData({ outdir = '.' } = {}) {
  // the methods are the element's JavaScript API, not something to write in markup
  const options = { hideMethodDocs: true, hideLogs: true };
  return {
    name: 'editor-data',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const html = JSON.parse(getVsCodeHtmlCustomData(manifest, options));
      const booleans = new Set(
        manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.attributes ?? []).filter((a) => a.type?.text === 'boolean').map((a) => `${d.tagName} ${a.name}`)),
      );
      for (const tag of html.tags) {
        for (const attribute of tag.attributes) {
          if (booleans.has(`${tag.name} ${attribute.name}`)) attribute.valueSet = 'v';
        }
      }
      write(outdir, 'vscode.html-custom-data.json', html);
      write(outdir, 'vscode.css-custom-data.json', JSON.parse(getVsCodeCssCustomData(manifest, options)));
      // `source`: the module that exports each defined element's class, for "go to declaration"
      const webTypes = getWebTypesData(manifest, { ...options, modulePathTemplate: (_name, path) => `./${path}` });
      write(outdir, 'web-types.json', JSON.parse(webTypes));
    },
  };
}

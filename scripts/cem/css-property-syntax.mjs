/**
 * `@cssproperty {<color>} [--name=default] - description`: the analyzer keeps the braces' text as
 * the property's `type`; the manifest's field for a CSS custom property's grammar (as in
 * `@property`'s `syntax` descriptor) is `syntax`, which is where editors look for it. An editor
 * that reads `type` would offer `<color>` as a value to type.
 */
export function cssPropertySyntax() {
  return {
    name: 'css-property-syntax',
    packageLinkPhase({ customElementsManifest }) {
      // `syntax` is a field of the manifest schema from version 2.1.0 on
      customElementsManifest.schemaVersion = '2.1.0';
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const property of decl.cssProperties ?? []) {
            if (!property.type?.text) continue;
            property.syntax = property.type.text;
            delete property.type;
          }
        }
      }
    },
  };
}

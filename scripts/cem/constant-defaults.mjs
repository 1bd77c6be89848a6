/**
 * A field initialised from a constant (`days = DEFAULT_DAYS`) gets the analyzer's text of the
 * initialiser as its default, which tells an editor nothing: the default becomes the constant's
 * value (`182`) when the manifest declares that constant with a literal one.
 */
export function constantDefaults() {
  return {
    name: 'constant-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const constants = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind === 'variable' && /^(-?[\d.]+|'[^']*'|"[^"]*"|true|false)$/.test(decl.default ?? '')) constants.set(decl.name, decl.default);
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            if (constants.has(item.default)) item.default = constants.get(item.default);
          }
        }
      }
    },
  };
}

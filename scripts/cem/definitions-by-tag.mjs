/**
 * A registration that takes its class as an argument (`defineDeclaration(element)` in `define.ts`
 * registers `<cookie-declaration>`, whose class is loaded on demand) is found by the analyzer with
 * the parameter's name as its class. Such a definition is pointed at the class that declares the
 * same tag (`@tag`), so that tools find the element from its definition.
 */
export function definitionsByTag() {
  return {
    name: 'definitions-by-tag',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      const declared = (ref) => modules.find((m) => m.path === ref.module)?.declarations?.some((d) => d.name === ref.name);
      for (const mod of modules) {
        for (const exp of mod.exports ?? []) {
          if (exp.kind !== 'custom-element-definition' || declared(exp.declaration)) continue;
          const owner = modules.find((m) => m.declarations?.some((d) => d.tagName === exp.name && d.superclass));
          const decl = owner?.declarations.find((d) => d.tagName === exp.name);
          if (decl) exp.declaration = { name: decl.name, module: owner.path };
        }
      }
    },
  };
}

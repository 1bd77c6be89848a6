/**
 * `cem analyze` settings: the manifest is generated from the JSDoc on the element class
 * (`@fires`, `@csspart`, `@cssproperty`, `@slot`) on every build.
 */

/**
 * The value lists declared as a const object and a type of the same name
 * (`export const ConsentMode = { OPT_IN: 'opt-in', … } as const`), collected while the modules
 * are read: a property typed `ConsentMode` is then written into the manifest as the union of its
 * values (`'opt-in' | 'opt-out' | 'notice'`), which editors offer as the attribute's values.
 */
function valueListUnions() {
  const unions = new Map();
  return {
    name: 'value-list-unions',
    analyzePhase({ ts, node }) {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name)) return;
      let init = node.initializer;
      if (!init || !ts.isAsExpression(init) || init.type.getText() !== 'const') return;
      init = init.expression;
      if (!ts.isObjectLiteralExpression(init)) return;
      const values = init.properties.map((p) => (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer) ? p.initializer.text : undefined));
      if (values.length && values.every((v) => v !== undefined)) unions.set(node.name.text, values.map((v) => `'${v}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (type?.text && unions.has(type.text)) type.text = unions.get(type.text);
      };
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) expand(item.type);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/drop-in/**', 'src/scanner/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    valueListUnions(),
    {
      name: 'documented-events-only',
      // The analyzer also infers an event from each `dispatchEvent(new X(…))` but cannot read its
      // name off an Event subclass (it takes the first argument, e.g. a view's name, or none);
      // the `@fires` lines document every event with its name and a description.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name && e.description);
          }
        }
      },
    },
  ],
};

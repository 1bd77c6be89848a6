/**
 * The value lists declared as a const object and a type of the same name
 * (`export const ConsentMode = { OPT_IN: 'opt-in', … } as const`), collected while the modules
 * are read: a property typed `ConsentMode` is then written into the manifest as the union of its
 * values (`'opt-in' | 'opt-out' | 'notice'`), which editors offer as the attribute's values.
 */
export function valueListUnions() {
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

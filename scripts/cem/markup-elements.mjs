/**
 * Elements that the package reads from markup but does not define (`<cookie-category>`, read by
 * `<cookie-consent>` from its children) have no class for the analyzer to find. Each is declared
 * by an exported interface of its attributes that carries the element's JSDoc:
 *
 *   /**
 *    * What the element is.
 *    * @tag cookie-category
 *    * @slot - What its content is.
 *    *\/
 *   export interface CookieCategoryAttributes {
 *     /** What the attribute does. *\/
 *     name: string;
 *     /** … @default false *\/
 *     required?: boolean;
 *   }
 *
 * and written into the manifest as a custom element with those attributes, so that editors offer
 * the tag and its attributes as they do for a defined element. The same interface types the tag
 * in the framework declarations (`src/frameworks/`).
 */
const TAG = new Set(['tag', 'tagname', 'element', 'customElement', 'customelement']);

/** The text of a JSDoc comment or tag comment, as one string. */
const text = (comment) => (typeof comment === 'string' ? comment : (comment ?? []).map((c) => c.text ?? '').join('')).trim();

export function markupElements() {
  return {
    name: 'markup-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isInterfaceDeclaration(node)) return;
      const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
      const tags = docs.flatMap((d) => d.tags ?? []);
      const tag = tags.find((t) => TAG.has(t.tagName.text));
      if (!tag) return;
      const tagName = text(tag.comment).split(/\s/)[0];
      const summary = tags.find((t) => t.tagName.text === 'summary');
      const slots = tags
        .filter((t) => t.tagName.text === 'slot')
        .map((t) => {
          const [, name, description] = /^(\S+)\s*(?:-\s*)?([\s\S]*)$/.exec(text(t.comment)) ?? [];
          return { description: description?.trim() ?? '', name: name === '-' ? '' : (name ?? '') };
        });
      const attributes = node.members.filter(ts.isPropertySignature).map((member) => {
        const memberDocs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
        const fallback = memberDocs.flatMap((d) => d.tags ?? []).find((t) => t.tagName.text === 'default');
        const attribute = {
          name: ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(),
          type: { text: member.type?.getText() ?? 'string' },
          description: memberDocs.map((d) => text(d.comment)).join('\n'),
        };
        if (fallback) attribute.default = text(fallback.comment);
        return attribute;
      });
      moduleDoc.declarations ??= [];
      // exported, or the analyzer drops the declaration as private to its module
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'js', name: node.name.text, declaration: { name: node.name.text, module: moduleDoc.path } });
      moduleDoc.declarations.push({
        kind: 'class',
        description: docs.map((d) => text(d.comment)).join('\n'),
        name: node.name.text,
        attributes,
        slots,
        members: [],
        tagName,
        customElement: true,
        ...(summary ? { summary: text(summary.comment) } : {}),
      });
    },
  };
}

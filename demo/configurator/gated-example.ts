/**
 * Keeps the "example gated script for" `<select>` in step with the category ids: one option per
 * id and "no example", keeping the chosen id while it exists, else the first id.
 */
export function syncGatedExample(select: HTMLSelectElement, ids: readonly string[]): void {
  const wanted = [...ids, ''];
  const current = [...select.options].map((o) => o.value);
  if (current.length === wanted.length && current.every((v, i) => v === wanted[i])) return;
  const chosen = select.value;
  const hadNone = select.options.length > 0 && chosen === '';
  select.replaceChildren(
    ...wanted.map((id) => {
      const option = document.createElement('option');
      option.value = id;
      option.textContent = id || 'No example script';
      return option;
    }),
  );
  select.value = hadNone ? '' : ids.includes(chosen) ? chosen : ids[0] ?? '';
}

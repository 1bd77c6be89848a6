import { categoryId, type CategoryConfig } from './state.js';

let rows = 0;

/**
 * Adds a category row (a `<fieldset>` from the page's template) to `list`. The template's
 * `data-for`, `data-id` and `data-describe` become real `for`, `id` and `aria-describedby`
 * attributes with ids unique to the row, so every control keeps its label and hint.
 */
export function addCategoryRow(list: HTMLElement, template: HTMLTemplateElement, initial: Partial<CategoryConfig> = {}): HTMLFieldSetElement {
  const row = (template.content.firstElementChild as HTMLFieldSetElement).cloneNode(true) as HTMLFieldSetElement;
  const prefix = `category-${++rows}`;
  for (const control of row.querySelectorAll<HTMLElement>('[data-field]')) control.id = `${prefix}-${control.dataset.field}`;
  for (const label of row.querySelectorAll<HTMLLabelElement>('label[data-for]')) label.htmlFor = `${prefix}-${label.dataset.for}`;
  for (const hint of row.querySelectorAll<HTMLElement>('[data-id]')) hint.id = `${prefix}-${hint.dataset.id}`;
  for (const control of row.querySelectorAll<HTMLElement>('[data-describe]')) control.setAttribute('aria-describedby', `${prefix}-${control.dataset.describe}`);
  const set = (field: string, value: string | boolean | undefined) => {
    const control = row.querySelector<HTMLInputElement>(`[data-field="${field}"]`)!;
    if (typeof value === 'boolean') control.checked = value;
    else if (value !== undefined) control.value = value;
  };
  set('name', initial.name);
  set('label', initial.label);
  set('cookies', initial.cookies);
  set('description', initial.description);
  set('required', initial.required);
  set('sale-or-share', initial.saleOrShare);
  list.append(row);
  updateTitle(row);
  return row;
}

/** The row's legend names its id, so a screen-reader user knows which "Label" field they are in. */
export function updateTitle(row: Element): void {
  const name = row.querySelector<HTMLInputElement>('[data-field="name"]')?.value ?? '';
  const title = row.querySelector('[data-title]');
  if (title) title.textContent = categoryId(name) || '(no id yet)';
}

/** The rows' values, trimmed; rows without an id are left out. */
export function readCategoryRows(list: HTMLElement): CategoryConfig[] {
  return [...list.querySelectorAll('fieldset.category')].flatMap((row) => {
    const value = (field: string) =>
      (row.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${field}"]`)?.value ?? '').trim().replace(/\s+/g, ' ');
    const checked = (field: string) => !!row.querySelector<HTMLInputElement>(`[data-field="${field}"]`)?.checked;
    const name = categoryId(value('name'));
    if (!name) return [];
    return [{
      name,
      label: value('label'),
      cookies: value('cookies'),
      description: value('description'),
      required: checked('required'),
      saleOrShare: checked('sale-or-share'),
    }];
  });
}

import { categoryId, type CategoryConfig, type ServiceConfig } from './state.js';

let rows = 0;

/**
 * A row (a `<fieldset>` from one of the page's templates). The template's `data-for`, `data-id`
 * and `data-describe` become real `for`, `id` and `aria-describedby` attributes with ids unique
 * to the row, so every control keeps its label and hint.
 */
function newRow(template: HTMLTemplateElement, initial: Record<string, string | boolean | undefined>): HTMLFieldSetElement {
  const row = (template.content.firstElementChild as HTMLFieldSetElement).cloneNode(true) as HTMLFieldSetElement;
  const prefix = `row-${++rows}`;
  for (const control of row.querySelectorAll<HTMLElement>('[data-field]')) control.id = `${prefix}-${control.dataset.field}`;
  for (const label of row.querySelectorAll<HTMLLabelElement>('label[data-for]')) label.htmlFor = `${prefix}-${label.dataset.for}`;
  for (const hint of row.querySelectorAll<HTMLElement>('[data-id]')) hint.id = `${prefix}-${hint.dataset.id}`;
  for (const control of row.querySelectorAll<HTMLElement>('[data-describe]')) control.setAttribute('aria-describedby', `${prefix}-${control.dataset.describe}`);
  for (const [field, value] of Object.entries(initial)) {
    const control = row.querySelector<HTMLInputElement>(`[data-field="${field}"]`)!;
    if (typeof value === 'boolean') control.checked = value;
    else if (value !== undefined) control.value = value;
  }
  return row;
}

/** Adds a category row to `list`. */
export function addCategoryRow(list: HTMLElement, template: HTMLTemplateElement, initial: Partial<CategoryConfig> = {}): HTMLFieldSetElement {
  const { name, label, cookies, description, required, saleOrShare } = initial;
  const row = newRow(template, { name, label, cookies, description, required, 'sale-or-share': saleOrShare });
  list.append(row);
  updateTitle(row);
  return row;
}

/** Adds a service row to the category row `category`. */
export function addServiceRow(category: Element, template: HTMLTemplateElement, initial: Partial<ServiceConfig> = {}): HTMLFieldSetElement {
  const { name, label, cookies, policyHref, description, saleOrShare } = initial;
  const row = newRow(template, { name, label, cookies, 'policy-href': policyHref, description, 'sale-or-share': saleOrShare });
  category.querySelector('[data-services]')!.append(row);
  updateTitle(row);
  return row;
}

/** The row's legend names its id, so a screen-reader user knows which "Label" field they are in. */
export function updateTitle(row: Element): void {
  const title = row.querySelector('[data-title]');
  if (title) title.textContent = categoryId(field(row, 'name')?.value ?? '') || '(no id yet)';
}

/** The control `name` of `row` itself (not of a row inside it). */
const field = (row: Element, name: string) =>
  [...row.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${name}"]`)].find((c) => c.closest('fieldset') === row);

/** The row's values, trimmed. */
function values(row: Element) {
  const value = (name: string) => (field(row, name)?.value ?? '').trim().replace(/\s+/g, ' ');
  const checked = (name: string) => !!(field(row, name) as HTMLInputElement | undefined)?.checked;
  return { name: categoryId(value('name')), label: value('label'), cookies: value('cookies'), description: value('description'), value, checked };
}

/** The rows' values, trimmed; rows without an id are left out, services too. */
export function readCategoryRows(list: HTMLElement): CategoryConfig[] {
  return [...list.querySelectorAll('fieldset.category')].flatMap((row) => {
    const { name, label, cookies, description, checked } = values(row);
    if (!name) return [];
    const services = [...row.querySelectorAll('fieldset.service')].flatMap((service): ServiceConfig[] => {
      const s = values(service);
      return s.name ? [{ name: s.name, label: s.label, cookies: s.cookies, policyHref: s.value('policy-href'), description: s.description, saleOrShare: s.checked('sale-or-share') }] : [];
    });
    return [{ name, label, cookies, description, required: checked('required'), saleOrShare: checked('sale-or-share'), services }];
  });
}

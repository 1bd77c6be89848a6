/**
 * The configurator page: the form → the snippet → the preview, which loads that very snippet.
 * Each module does one part; this one wires them to the page.
 */
import { blankPage } from './blank-page.js';
import { addCategoryRow, addServiceRow, readCategoryRows, updateTitle } from './category-rows.js';
import { copySnippet } from './copy-snippet.js';
import { syncGatedExample } from './gated-example.js';
import { fillLanguages } from './language-options.js';
import { Preview } from './preview.js';
import { isolationScript } from './preview-isolation.js';
import { readForm } from './read-form.js';
import { defaultScriptUrl } from './script-url.js';
import { buildSnippet } from './snippet.js';

const $ = <T extends Element>(selector: string): T => document.querySelector<T>(selector)!;

const form = $<HTMLFormElement>('#config');
const categoryList = $<HTMLElement>('#category-list');
const categoryTemplate = $<HTMLTemplateElement>('#category-template');
const serviceTemplate = $<HTMLTemplateElement>('#service-template');
const addButton = $<HTMLButtonElement>('#add-category');
const scriptUrl = $<HTMLInputElement>('#script-url');
const gatedExample = $<HTMLSelectElement>('#gated-example');
const code = $<HTMLElement>('#snippet');
const copyStatus = $<HTMLElement>('#copy-status');
const preview = new Preview($<HTMLIFrameElement>('#preview'), $<HTMLElement>('#preview-log'));

fillLanguages($<HTMLSelectElement>('#lang'));
scriptUrl.value = defaultScriptUrl();
// the consent manager of the README: two optional categories with their built-in texts
addCategoryRow(categoryList, categoryTemplate, { name: 'analytics' });
addCategoryRow(categoryList, categoryTemplate, { name: 'marketing' });

let snippet = '';

/** Rebuilds the snippet from the form and, when it changed, the preview from the snippet. */
function update(immediately = false): void {
  syncGatedExample(gatedExample, [...new Set(readCategoryRows(categoryList).flatMap((c) => [c.name, ...c.services.map((s) => s.name)]))]);
  const next = buildSnippet(readForm(form, { categoryList, scriptUrl, defaultScriptUrl: defaultScriptUrl(), gatedExample }));
  if (next === snippet) return;
  snippet = next;
  code.textContent = snippet;
  copyStatus.textContent = '';
  preview.load(blankPage(snippet, isolationScript()), immediately);
}

form.addEventListener('input', (e) => {
  const row = (e.target as Element).closest('fieldset.service, fieldset.category');
  if (row) updateTitle(row);
  update();
});
form.addEventListener('change', () => update());
// Enter in a text field must not submit (and reload) the page
form.addEventListener('submit', (e) => e.preventDefault());

addButton.addEventListener('click', () => {
  const row = addCategoryRow(categoryList, categoryTemplate);
  row.querySelector<HTMLInputElement>('[data-field="name"]')!.focus();
  update();
});
categoryList.addEventListener('click', (e) => {
  const target = e.target as Element;
  const addService = target.closest('[data-add-service]');
  if (addService) {
    const row = addServiceRow(addService.closest('fieldset.category')!, serviceTemplate);
    row.querySelector<HTMLInputElement>('[data-field="name"]')!.focus();
    return update();
  }
  const removeService = target.closest('[data-remove-service]');
  if (removeService) {
    const category = removeService.closest('fieldset.category')!;
    removeService.closest('fieldset.service')!.remove();
    // the button that had focus is gone: keep keyboard users in the same category
    category.querySelector<HTMLButtonElement>('[data-add-service]')!.focus();
    return update();
  }
  const remove = target.closest('[data-remove]');
  if (!remove) return;
  remove.closest('fieldset.category')!.remove();
  // the button that had focus is gone: keep keyboard users in the same place
  addButton.focus();
  update();
});

$<HTMLButtonElement>('#show-preferences').addEventListener('click', () => void preview.showPreferences());
$<HTMLButtonElement>('#restart-preview').addEventListener('click', () => preview.restart());
$<HTMLButtonElement>('#copy').addEventListener('click', () => void copySnippet(snippet, code, copyStatus));

update(true);

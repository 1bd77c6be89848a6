import { ATTRIBUTES } from './attributes.js';
import { readCategoryRows } from './category-rows.js';
import type { ConfiguratorState } from './state.js';

/** The form's controls that are not attributes of the element. */
export interface ExtraControls {
  readonly categoryList: HTMLElement;
  readonly scriptUrl: HTMLInputElement;
  /** Used when the script address field is empty. */
  readonly defaultScriptUrl: string;
  readonly gatedExample: HTMLSelectElement;
}

const checked = (form: HTMLFormElement, name: string) => !!(form.elements.namedItem(name) as HTMLInputElement | null)?.checked;

/**
 * What the form says, as the snippet needs it. Controls are named after the attribute they set
 * (radio groups too); text is trimmed and its white space collapsed, so that the snippet stays
 * one line per attribute.
 */
export function readForm(form: HTMLFormElement, extra: ExtraControls): ConfiguratorState {
  const attributes: Record<string, string | boolean> = {};
  for (const spec of ATTRIBUTES) {
    const control = form.elements.namedItem(spec.name) as HTMLInputElement | RadioNodeList | null;
    if (!control) continue;
    attributes[spec.name] =
      spec.kind === 'boolean' ? (control as HTMLInputElement).checked : control.value.trim().replace(/\s+/g, ' ');
  }
  const categories = readCategoryRows(extra.categoryList);
  attributes.categories = [...new Set(categories.map((c) => c.name))].join(' ');
  return {
    attributes,
    categories,
    scriptUrl: extra.scriptUrl.value.trim() || extra.defaultScriptUrl,
    gatedExample: extra.gatedExample.value,
    consentModeSettings: { urlPassthrough: checked(form, 'url-passthrough'), adsDataRedaction: checked(form, 'ads-data-redaction') },
  };
}

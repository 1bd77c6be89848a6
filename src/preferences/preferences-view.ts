import { html, nothing, render } from 'lit/html.js';
import { preferencesDialog, preferencesStyles, type PreferencesView } from './preferences-dialog.js';

/** The dialog as the element's state says, its policy link as an address (checked) and a text. */
export interface DialogView extends Omit<PreferencesView, 'policy'> {
  readonly policyHref: string;
  readonly policyLabel: string;
}

/** The dialog's styles, as CSS text, for the element to adopt beside its own. */
export const dialogStyles: string = preferencesStyles;

/**
 * Renders the preferences dialog into `container` while `v` says it shows, and nothing when it is
 * `null`. This module is where Lit comes in: loaded on demand with the dialog, it is the one part
 * of the library that needs a template engine.
 */
export function renderPreferences(container: HTMLElement, v: DialogView | null, host: object): void {
  const policy = v?.policyHref ? html`<a part="policy-link" href=${v.policyHref}>${v.policyLabel}</a>` : nothing;
  render(v ? preferencesDialog({ html, nothing }, { ...v, policy }) : nothing, container, { host });
}

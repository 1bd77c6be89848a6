import type { TemplateResult, html as litHtml, nothing as litNothing } from 'lit';
import type { BannerStrings, DialogStrings } from '../i18n/consent-strings.js';
import { enDialog } from '../i18n/en-dialog.js';

export { preferencesStyles } from './preferences-dialog.styles.js';

/**
 * Lit, handed in by `preferences-view.ts` (the module loaded on demand, which brings it): the
 * dialog's templates depend on no one copy of it.
 */
export interface Templating {
  readonly html: typeof litHtml;
  readonly nothing: typeof litNothing;
}

/** What the banner, the preferences and the declaration show of a category or a service. */
export interface ItemInfo {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Cookie names (with `*` wildcards) deleted when it is withdrawn. */
  readonly cookies: readonly string[];
}

/** What they show of one category. */
export interface CategoryInfo extends ItemInfo {
  /** Granted and locked like `necessary`. */
  readonly required: boolean;
  /** Its services (vendors), each with a switch of its own. */
  readonly services: readonly ServiceInfo[];
}

/** What they show of one service inside a category. */
export interface ServiceInfo extends ItemInfo {
  /** The vendor's privacy policy, or empty. */
  readonly policyHref: string;
}

export interface PreferencesView {
  /** The element's texts: a whole dictionary, or English's banner part. */
  readonly t: BannerStrings;
  readonly categories: readonly CategoryInfo[];
  /** Whether a switch starts on: the stored state, or nothing pre-ticked in opt-in. */
  readonly isOn: (id: string) => boolean;
  readonly gpc: boolean;
  /** The `save-label` attribute; empty: the dictionary's. */
  readonly saveLabel: string;
  readonly policy: TemplateResult | typeof litNothing;
  /** Whether the floating button that reopens the preferences shows once a decision exists. */
  readonly revokeButton: boolean;
  readonly onAcceptAll: () => void;
  readonly onRejectAll: () => void;
  /** Called with the ids whose switches are on: exactly these granted (a category's services only when on). */
  readonly onSave: (granted: string[]) => void;
  /** The dialog closed, however (Escape, the close button, a decision). */
  readonly onClose: () => void;
}

/** How many services: `services` with `{count}` as `n`, in the plural form the language takes for `n`. */
const counted = (t: BannerStrings & DialogStrings, n: number): string =>
  (t.services[new Intl.PluralRules(t.$code).select(n)] ?? t.services.other).replace('{count}', new Intl.NumberFormat(t.$code).format(n));

/**
 * A category's switch and its services' follow each other (docs/reference.md#services-cookie-service):
 * switching the category sets all its services; switching a service makes the category on when
 * all are, off when none is, and mixed otherwise. That switch is a plain checkbox then, without
 * `role="switch"`: a switch has no mixed state in ARIA, a checkbox's `indeterminate` is announced
 * as mixed.
 */
const follow = (e: Event) => {
  const input = e.target as HTMLInputElement;
  const category = input.closest('[part~="category"]')!;
  const [own, ...services] = category.querySelectorAll<HTMLInputElement>('input');
  if (input === own) for (const s of services) s.checked = own.checked;
  const on = services.filter((s) => s.checked).length;
  own!.checked = on === services.length;
  own!.indeterminate = on > 0 && on < services.length;
};

/**
 * The second layer: a native modal `<dialog>` (opened with `showModal()`, which moves focus in,
 * makes the page inert and closes on Escape) with one switch per category, and under a category
 * with services a disclosure of their switches.
 */
export function preferencesDialog({ html, nothing }: Templating, v: PreferencesView): TemplateResult {
  const t: BannerStrings & DialogStrings = { ...enDialog, ...v.t };
  // (a service's label goes into its link's text through a function: a replacement string reads `$&` as a pattern)
  // A modal dialog makes the page inert, but Tab from the last control would leave for the
  // browser's own UI; keep it cycling inside, as a modal dialog's keyboard pattern has it.
  const trap = (e: KeyboardEvent) => {
    const d = e.currentTarget as HTMLDialogElement;
    const items = [...d.querySelectorAll<HTMLElement>('button, summary, input:not(:disabled), a[href]')];
    const [first, last] = e.shiftKey ? [items.at(-1), items[0]] : [items[0], items.at(-1)];
    if (e.key === 'Tab' && (d.getRootNode() as ShadowRoot).activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  const save = (e: Event) => {
    const form = (e.target as Element).closest('dialog')!;
    v.onSave([...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.name));
  };
  return html`
    <dialog part="dialog" aria-labelledby="prefs-title" @close=${v.onClose} @keydown=${trap}>
      <div class="dialog-head">
        <h2 id="prefs-title">${t.preferencesTitle}</h2>
        <button type="button" part="button close-button" class="close" aria-label=${t.close} @click=${(e: Event) => (e.target as Element).closest('dialog')!.close()}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" /></svg>
        </button>
      </div>
      <div class="dialog-body">
        <p>${t.preferencesIntro} ${v.revokeButton ? t.reopenHint : nothing} ${v.policy}</p>
        ${v.gpc ? html`<p class="gpc">${t.gpcHonoured}</p>` : nothing}
        <ul class="categories">
          ${v.categories.map((c) => {
            const on = c.services.filter((s) => c.required || v.isOn(s.id)).length;
            // On while the category is granted, even with a service denied on its own (Global
            // Privacy Control, another page): Save then keeps both as they are. Until a change,
            // the stored decision; after it, the services say (`follow`).
            const all = c.required || v.isOn(c.id);
            const services = c.services.length > 0;
            return html`<li part="category">
              <label class="switch-row">
                <span class="label">${c.label}</span>
                <input
                  type="checkbox"
                  role=${services ? nothing : 'switch'}
                  part="switch"
                  name=${c.id}
                  aria-describedby="desc-${c.id}"
                  aria-controls=${services ? `services-${c.id}` : nothing}
                  ?checked=${all}
                  .indeterminate=${!all && on > 0}
                  ?disabled=${c.required}
                  @change=${services ? follow : nothing}
                />
              </label>
              <p id="desc-${c.id}" class="description">
                ${c.description} ${c.cookies.length ? html`<span class="cookies">${t.cookies} ${c.cookies.join(', ')}</span>` : nothing}
              </p>
              ${services
                ? html`<details part="services" class="services">
                    <summary>${counted(t, c.services.length)}</summary>
                    <ul id="services-${c.id}">
                      ${c.services.map(
                        (s) => html`<li part="service">
                          <label class="switch-row">
                            <span class="label">${s.label}</span>
                            <input
                              type="checkbox"
                              role="switch"
                              part="switch"
                              name=${s.id}
                              aria-describedby="desc-${s.id}"
                              ?checked=${c.required || v.isOn(s.id)}
                              ?disabled=${c.required}
                              @change=${follow}
                            />
                          </label>
                          <p id="desc-${s.id}" class="description">
                            ${s.description} ${s.cookies.length ? html`<span class="cookies">${t.cookies} ${s.cookies.join(', ')}</span>` : nothing}
                            ${s.policyHref ? html`<a href=${s.policyHref}>${t.servicePolicy.replace('{service}', () => s.label)}</a>` : nothing}
                          </p>
                        </li>`,
                      )}
                    </ul>
                  </details>`
                : nothing}
            </li>`;
          })}
        </ul>
      </div>
      <div part="actions" class="actions dialog-actions">
        <button type="button" part="button accept-button" @click=${v.onAcceptAll}>${t.acceptAll}</button>
        <button type="button" part="button reject-button" @click=${v.onRejectAll}>${t.rejectAll}</button>
        <button type="button" part="button save-button" class="secondary" @click=${save}>${v.saveLabel || t.save}</button>
      </div>
    </dialog>
  `;
}

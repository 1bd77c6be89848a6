/**
 * Property: random strings (markup, quotes, `%`, `;`, lone surrogates, unicode, huge) in EVERY
 * attribute of `<cookie-consent>` (listed from its reactive properties, so a new one is covered
 * at once) and of `<cookie-category>`, and as the text of `<cookie-category>`: no uncaught
 * exception, at most one `console.warn` per bad value, texts shown as text (no element is made
 * from them), the banner and the dialog work, and the decision is read back on the next connect.
 *
 * Each run renders the element, changes every attribute once more, opens the preferences and
 * decides: 150 runs (1,000 renders with dialogs would take minutes per browser). The stored
 * values and the API sequences have their 1,000-run properties in the other files.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, sleep, until } from '../helpers.js';
import { dialog, expectNone, part } from '../components/cookie-consent/element-helpers.js';
import { fc, guard, hostileString } from './fuzz.js';

// the issue asks for 1,000 cases per property in CI; each renders the element (and opens its dialog)
const ELEMENT_RUNS = 1000;

/** Every attribute of `<cookie-consent>`: those its reactive properties observe. */
const ATTRIBUTES = CookieConsentElement.observedAttributes;
/** The attributes of `<cookie-category>` (docs/reference.md). */
const CATEGORY_ATTRIBUTES = ['name', 'label', 'cookies', 'required', 'sale-or-share', 'consent-mode'];
/** What the element's own templates create; anything else came from a text. */
const TAGS = new Set(['div', 'section', 'h2', 'slot', 'a', 'button', 'svg', 'path', 'dialog', 'ul', 'li', 'label', 'span', 'input', 'p']);

const attributes = (names: string[]) =>
  fc.record(Object.fromEntries(names.map((n) => [n, fc.option(hostileString, { nil: undefined, freq: 2 })])) as Record<string, fc.Arbitrary<string | undefined>>);

const category = fc.record({
  attributes: attributes(CATEGORY_ATTRIBUTES),
  text: fc.option(hostileString, { nil: undefined, freq: 3 }),
});


/** Waits until the texts are in (a language file may be loading: nothing renders meanwhile). */
async function rendered(el: CookieConsentElement): Promise<void> {
  await until(async () => {
    await el.updateComplete;
    return el.shadowRoot?.querySelector('.root');
  }, 'the element to render');
  expect(el.shadowRoot?.querySelector('.root'), 'rendered').to.not.equal(null);
}

/** No element or event-handler attribute in the shadow root that the templates do not make. */
function expectOnlyOwnMarkup(el: CookieConsentElement, when: string): void {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(TAGS.has(node.localName), `<${node.localName}> in the shadow root ${when}`).to.equal(true);
    for (const a of node.getAttributeNames()) expect(a.startsWith('on'), `${a} on <${node.localName}> ${when}`).to.equal(false);
  }
  expect((window as { __pwned?: unknown }).__pwned, 'injected script ran').to.equal(undefined);
}

/** The text of the part `name`, white space as rendered. */
const text = (el: CookieConsentElement, name: string) => part(el, name)?.textContent ?? '';

/** A warning names one attribute (and its value): `<cookie-consent>: days="x" is not valid…`. */
function warnedAttribute(message: string): string {
  return (
    /^<cookie-consent>: ([\w-]+)="/.exec(message)?.[1] ??
    (/^<cookie-consent> google-consent-mode: window\./.test(message) ? 'google-data-layer' : undefined) ??
    (/^<cookie-consent> google-consent-mode: consent-mode="/.test(message) ? `consent-mode ${message}` : undefined) ??
    // a record too large for a cookie (a very long revision, say), said once per store
    (/^<cookie-consent>: the consent record is \d+ bytes/.test(message) ? 'the record size' : undefined) ??
    // a child without a name, or with one taken: once per child (counted apart)
    (/^<cookie-consent>: <cookie-category name=".*"> has (no name|the name of another)/s.test(message) ? 'markup' : undefined) ??
    `other: ${message}`
  );
}

/** How many `<cookie-category>` children are ignored: no name, or the name of an earlier one. */
function ignoredChildren(names: (string | undefined)[]): number {
  const seen = new Set<string>();
  return names.filter((name) => {
    const id = name?.trim();
    if (!id || seen.has(id)) return true;
    seen.add(id);
    return false;
  }).length;
}

/** One warning per bad value, and `ignored` about children ignored (once each: none after the first render). */
function expectOneWarningPerBadValue(warnings: string[], when: string, ignored = 0): void {
  const seen = new Map<string, number>();
  for (const w of warnings) seen.set(warnedAttribute(w), (seen.get(warnedAttribute(w)) ?? 0) + 1);
  expect(seen.get('markup') ?? 0, `warnings about ignored children ${when}: ${JSON.stringify(warnings)}`).to.equal(ignored);
  seen.delete('markup');
  for (const [attribute, count] of seen) {
    expect(attribute.startsWith('other: '), `unexpected warning ${when}: ${attribute}`).to.equal(false);
    expect(count, `warnings about ${attribute} ${when}: ${JSON.stringify(warnings)}`).to.equal(1);
  }
}

function set(el: Element, values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

describe('property: hostile attribute values', function () {
  this.timeout(300000);

  it('lists every attribute of the element', () => {
    expect(ATTRIBUTES).to.include.members(['mode', 'days', 'accept-label', 'cookie-name', 'google-data-layer', 'lang', 'open']);
    expect(ATTRIBUTES.length).to.be.at.least(28);
  });

  it(`never throw, warn once per bad value, show texts as text, and keep the decision (${ELEMENT_RUNS} runs)`, async () => {
    const g = guard();
    const host = document.createElement('div');
    document.body.append(host);
    try {
      await fc.assert(
        fc.asyncProperty(attributes(ATTRIBUTES), attributes(ATTRIBUTES), fc.array(category, { maxLength: 3 }), async (first, second, categories) => {
          clearStorage();
          g.warnings.length = 0;
          g.errors.length = 0;
          const el = document.createElement('cookie-consent') as CookieConsentElement;
          set(el, first);
          for (const c of categories) {
            const child = document.createElement('cookie-category');
            set(child, c.attributes);
            if (c.text !== undefined) child.textContent = c.text;
            el.append(child);
          }
          try {
            host.append(el);
            await rendered(el);
            expectOnlyOwnMarkup(el, 'after connect');
            expectOneWarningPerBadValue(g.warnings, 'after connect', ignoredChildren(categories.map((c) => c.attributes.name)));

            // the banner shows its texts as text (GPC may have left nothing to ask)
            for (const [attribute, name] of [
              ['heading', 'heading'],
              ['message', 'message'],
              ['accept-label', 'accept-button'],
              ['reject-label', 'reject-button'],
              ['preferences-label', 'preferences-button'],
            ]) {
              const value = first[attribute];
              if (value && part(el, name)) expect(text(el, name).includes(value), `${attribute} shown as text`).to.equal(true);
            }
            // (a link that would run script, or open a document of its own making, is refused)
            const linked = first['policy-href'] && !/^\s*(javascript|data|vbscript):/i.test(first['policy-href'].replace(/[\t\n\r]/g, ''));
            if (linked && first['policy-label'] && el.open) expect(text(el, 'policy-link').includes(first['policy-label']), 'policy-label shown as text').to.equal(true);
            if (!linked) expectNone(part(el, 'policy-link'), 'refused link');

            // every attribute changes once more, after connect
            g.warnings.length = 0;
            set(el, second);
            await rendered(el);
            expectOnlyOwnMarkup(el, 'after the change');
            expectOneWarningPerBadValue(g.warnings, 'after the change');

            // the preferences show the <cookie-category> labels and texts as text
            g.warnings.length = 0;
            el.show();
            await el.showPreferences();
            const d = dialog(el)!;
            expect(d.open, 'the dialog opened').to.equal(true);
            expectOnlyOwnMarkup(el, 'with the dialog open');
            const dialogText = d.textContent!;
            const save = second['save-label'];
            if (save) expect(d.querySelector('[part~="save-button"]')!.textContent!.includes(save), 'save-label shown as text').to.equal(true);
            const described = new Set<string>();
            for (const child of el.querySelectorAll(':scope > cookie-category')) {
              const name = child.getAttribute('name');
              // the first child of a name describes it
              if (!name || !name.trim() || /\s/.test(name) || described.has(name)) continue;
              described.add(name);
              const label = child.getAttribute('label');
              if (label) expect(dialogText.includes(label), 'a category label shown as text').to.equal(true);
              const description = child.textContent!.trim();
              if (description) expect(dialogText.includes(description), 'a category text shown as text').to.equal(true);
            }

            // deciding works (a grant, then a withdrawal, which deletes the categories' cookies),
            // and the next connect reads the same decision back
            el.acceptAll();
            // (reload-on-revoke would reload this test page)
            if (!el.reloadOnRevoke) el.rejectAll();
            await el.updateComplete;
            expect(el.open, 'hidden after the decision').to.equal(false);
            const consent = el.consent!;
            expect(consent, 'a decision').to.not.equal(null);
            expectOneWarningPerBadValue(g.warnings, 'when deciding');
            if (Date.parse(consent.exp) > Date.now() + 1000) {
              el.remove();
              g.warnings.length = 0;
              host.append(el);
              await rendered(el);
              expect(el.consent, 'read back on the next connect').to.deep.equal(consent);
              expect(el.open, 'no banner for a stored decision').to.equal(false);
              expectOneWarningPerBadValue(g.warnings, 'on reconnect');
            }
            // (an unhandled rejection is reported a task later)
            await sleep(0);
            expect(g.errors).to.deep.equal([]);
          } finally {
            el.remove();
            clearStorage();
          }
        }),
        { seed: 0x5eed_0704, numRuns: ELEMENT_RUNS, includeErrorInReport: true },
      );
      expect(g.errors).to.deep.equal([]);
    } finally {
      g.stop();
      host.remove();
    }
  });
});

import { ATTRIBUTES, type AttributeValues } from './attributes.js';
import { escapeAttribute, escapeText, scriptString } from './escape-html.js';
import { hasDetails, type CategoryConfig, type ConfiguratorState, type ServiceConfig } from './state.js';

/** An attribute as written: `[name, value]`, or `[name, true]` for a boolean one. */
type Attr = readonly [string, string | true];

/** Opening tags longer than this put one attribute on each line. */
const MAX_LINE = 100;

/**
 * The HTML a site owner pastes into a page: the drop-in script, the element with every attribute
 * that differs from its default and a `<cookie-category>` child per described category (with a
 * `<cookie-service>` child per service), and an example gated script. The preview loads this very text, so the two cannot disagree.
 */
export function buildSnippet(state: ConfiguratorState): string {
  const { attributes: values } = state;
  const lines: string[] = [];
  if (values['google-consent-mode'] === true) {
    lines.push('<!-- Google Consent Mode: this line goes in <head>, before any Google tag -->');
    lines.push(`${openTag('script', consentModeAttributes(state), '')}</script>`);
  }
  // keeps the message from showing as plain text before the element is defined (docs/reference.md)
  lines.push('<style>cookie-consent:not(:defined){display:none}</style>');
  lines.push(`${openTag('script', [['src', state.scriptUrl], ['defer', true]], '')}</script>`);
  const children = state.categories.filter(hasDetails);
  const open = openTag('cookie-consent', elementAttributes(values), '');
  if (children.length) {
    lines.push(open, ...children.flatMap(categoryLines), '</cookie-consent>');
  } else {
    lines.push(`${open}</cookie-consent>`);
  }
  if (state.gatedExample) {
    lines.push(
      '<!-- An example: it runs only once its category is granted. Put your own tag here. -->',
      `${openTag('script', [['type', 'text/plain'], ['data-consent', state.gatedExample]], '')}`,
      `  console.log(${scriptString(`Consent granted for ${state.gatedExample}: this script ran.`)});`,
      '</script>',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The element's attributes that differ from their defaults, in the order of `ATTRIBUTES`. */
export function elementAttributes(values: AttributeValues): Attr[] {
  const out: Attr[] = [];
  for (const spec of ATTRIBUTES) {
    const value = values[spec.name];
    if (spec.kind === 'boolean') {
      if (value === true) out.push([spec.name, true]);
    } else if (typeof value === 'string' && value !== '' && value !== spec.default) {
      out.push([spec.name, value]);
    }
  }
  return out;
}

/** `consent-mode.js` beside the drop-in script, told what it must know of the element (its own `data-*`). */
function consentModeAttributes({ attributes: v, scriptUrl, consentModeSettings: settings }: ConfiguratorState): Attr[] {
  const attrs: Attr[] = [['src', scriptUrl.replace(/[^/]*$/, 'consent-mode.js')]];
  const given = (name: string, fallback: string) => typeof v[name] === 'string' && v[name] !== '' && v[name] !== fallback;
  if (given('cookie-name', 'cookie_consent')) attrs.push(['data-cookie-name', v['cookie-name'] as string]);
  if (v.storage === 'local') attrs.push(['data-storage', 'local']);
  if (given('google-data-layer', 'dataLayer')) attrs.push(['data-layer', v['google-data-layer'] as string]);
  if (given('revision', '')) attrs.push(['data-revision', v.revision as string]);
  if (v['ignore-gpc'] === true) attrs.push(['data-ignore-gpc', true]);
  if (settings.urlPassthrough) attrs.push(['data-url-passthrough', true]);
  if (settings.adsDataRedaction) attrs.push(['data-ads-data-redaction', true]);
  return attrs;
}

function categoryLines(c: CategoryConfig): string[] {
  const attrs: Attr[] = [['name', c.name]];
  if (c.label) attrs.push(['label', c.label]);
  if (c.cookies) attrs.push(['cookies', c.cookies]);
  if (c.required) attrs.push(['required', true]);
  if (c.saleOrShare) attrs.push(['sale-or-share', true]);
  return element('cookie-category', attrs, c.description, '  ', c.services.flatMap(serviceLines));
}

function serviceLines(s: ServiceConfig): string[] {
  const attrs: Attr[] = [['name', s.name]];
  if (s.label) attrs.push(['label', s.label]);
  if (s.cookies) attrs.push(['cookies', s.cookies]);
  if (s.policyHref) attrs.push(['policy-href', s.policyHref]);
  if (s.saleOrShare) attrs.push(['sale-or-share', true]);
  return element('cookie-service', attrs, s.description, '    ', []);
}

/** An element's lines: its opening tag, its description and `children` indented below it, its closing tag. */
function element(name: string, attrs: readonly Attr[], description: string, indent: string, children: string[]): string[] {
  const open = openTag(name, attrs, indent);
  if (!description && !children.length) return [`${open}</${name}>`];
  return [open, ...(description ? [`${indent}  ${escapeText(description)}`] : []), ...children, `${indent}</${name}>`];
}

/** `<name a="…" b>` on one line, or with one attribute per line when that line would be long. */
function openTag(name: string, attrs: readonly Attr[], indent: string): string {
  const parts = attrs.map(([k, v]) => (v === true ? k : `${k}="${escapeAttribute(v)}"`));
  const line = `${indent}<${[name, ...parts].join(' ')}>`;
  if (line.length <= MAX_LINE) return line;
  return [`${indent}<${name}`, ...parts.map((p) => `${indent}  ${p}`), `${indent}>`].join('\n');
}

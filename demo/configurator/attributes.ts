/**
 * The attributes of `<cookie-consent>` (docs/reference.md#attributes) that the configurator offers, in the order the
 * snippet writes them, with the element's defaults: an attribute whose value equals its default
 * is left out of the snippet, so that what a site owner copies says only what they chose.
 * The form has no field named `categories`: its value is the ids of the category rows.
 */
export interface TextAttribute {
  readonly name: string;
  readonly kind: 'text';
  /** The value the element uses when the attribute is absent ('' for "built-in text"). */
  readonly default: string;
}

export interface BooleanAttribute {
  readonly name: string;
  readonly kind: 'boolean';
}

export type AttributeSpec = TextAttribute | BooleanAttribute;

const text = (name: string, value = ''): TextAttribute => ({ name, kind: 'text', default: value });
const flag = (name: string): BooleanAttribute => ({ name, kind: 'boolean' });

export const ATTRIBUTES: readonly AttributeSpec[] = [
  text('mode', 'opt-in'),
  text('days', '182'),
  text('categories'),
  text('revision'),
  text('heading'),
  text('message'),
  text('accept-label'),
  text('reject-label'),
  text('preferences-label'),
  text('save-label'),
  text('policy-href'),
  text('policy-label'),
  text('position', 'bottom'),
  text('theme', 'auto'),
  text('lang'),
  text('cookie-name', 'cookie_consent'),
  text('cookie-domain'),
  text('cookie-path', '/'),
  text('cookie-same-site', 'Lax'),
  text('storage', 'cookie'),
  flag('google-consent-mode'),
  text('google-data-layer', 'dataLayer'),
  text('log-endpoint'),
  flag('no-revoke-button'),
  flag('reload-on-revoke'),
  flag('ignore-gpc'),
  flag('gpc'),
];

/** Attribute values as the form holds them: text (trimmed) or on/off. */
export type AttributeValues = Readonly<Record<string, string | boolean>>;

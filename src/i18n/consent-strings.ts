/**
 * Every text the banner, the preferences and the cookie declaration show, in one language. A
 * dictionary is typed against this interface, so a missing key is a compile error.
 */
export interface ConsentStrings extends BannerStrings, DialogStrings, DeclarationStrings {}

/**
 * A text in each plural form its language has, as `Intl.PluralRules` names them (English: `one`
 * and `other`; Arabic: `zero`, `one`, `two`, `few`, `many` and `other`); `{count}` is the number.
 */
export type PluralTexts = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/**
 * The texts that only the preferences dialog shows. English ones travel with the dialog's module
 * (`en-dialog.ts`), which a first visit does not load; other languages carry them in their file.
 */
export interface DialogStrings {
  /** The dialog's button that stores the switches as they are. */
  readonly save: string;
  /** Heading of the preferences dialog. */
  readonly preferencesTitle: string;
  readonly preferencesIntro: string;
  /** After the intro, when the floating button shows (or will, once decided): how to come back. */
  readonly reopenHint: string;
  /** Accessible name of the dialog's close button. */
  readonly close: string;
  /** Shown in the preferences when Global Privacy Control was honoured. */
  readonly gpcHonoured: string;
  /** Label before the list of a category's cookies. */
  readonly cookies: string;
  /** The disclosure that shows a category's services: how many there are. */
  readonly services: PluralTexts;
  /** The link to a service's privacy policy; `{service}` is the service's name. */
  readonly servicePolicy: string;
}

/**
 * The texts of the cookie declaration (`<cookie-declaration>`, for the privacy page). English ones
 * travel with its module (`en-declaration.ts`); other languages carry them in their file. Its
 * `servicePolicy` is the dialog's link text: the English modules each carry a copy, so that
 * neither loads the other.
 */
export interface DeclarationStrings extends Pick<DialogStrings, 'servicePolicy'> {
  /** Before the cookies a category or service may set. */
  readonly declarationCookies: string;
  /** Before the visitor's current choice about a category or service. */
  readonly declarationState: string;
  /** The choice: granted. */
  readonly stateGranted: string;
  /** The choice: denied. */
  readonly stateDenied: string;
  /** The choice: not made yet (no decision, or the category or service was added since). */
  readonly stateUndecided: string;
  /** The choice of a category that is always on (`necessary`, `required`). */
  readonly stateAlways: string;
  /** Before the consent id of the stored decision. */
  readonly consentId: string;
  /** Before the date of the stored decision. */
  readonly consentDate: string;
  /** Instead of the consent id and date, before any decision. */
  readonly noDecision: string;
}

/** The texts of the banner, the revoke button and the placeholders. */
export interface BannerStrings {
  /** BCP 47 code of the language the texts are written in. */
  readonly $code: string;
  readonly $dir: 'ltr' | 'rtl';
  readonly heading: string;
  /** Banner text in `opt-in` mode. */
  readonly message: string;
  /** Banner text in `notice` mode. */
  readonly noticeMessage: string;
  /** Banner text in `opt-out` mode. */
  readonly optOutMessage: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  /** The one button of `notice` mode. */
  readonly acknowledge: string;
  /** Accept in `opt-out` mode. */
  readonly accept: string;
  /** The opt-out button of `opt-out` mode (CCPA wording). */
  readonly doNotSell: string;
  readonly preferences: string;
  readonly policy: string;
  /** Accessible name of the floating button that reopens the preferences. */
  readonly settings: string;
  /** Placeholder before blocked content; `{categories}` is replaced by the names of the categories or services it waits for. */
  readonly placeholderBlocked: string;
  /** The placeholder's button, which grants those categories and loads the content. */
  readonly placeholderAllow: string;
  /** Label and description of the built-in categories. */
  readonly categories: Readonly<Record<'necessary' | 'functional' | 'analytics' | 'marketing', readonly [string, string]>>;
}

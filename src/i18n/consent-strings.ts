/**
 * Every text the banner shows, in one language. A dictionary is typed against this interface, so
 * a missing key is a compile error.
 */
export interface ConsentStrings {
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
  readonly save: string;
  readonly policy: string;
  /** Heading of the preferences dialog. */
  readonly preferencesTitle: string;
  readonly preferencesIntro: string;
  /** Accessible name of the dialog's close button. */
  readonly close: string;
  /** Accessible name of the floating button that reopens the preferences. */
  readonly settings: string;
  /** Shown in the preferences when Global Privacy Control was honoured. */
  readonly gpcHonoured: string;
  /** Label before the list of a category's cookies. */
  readonly cookies: string;
  /** Placeholder before blocked content; `{categories}` is replaced by the categories' names. */
  readonly placeholderBlocked: string;
  /** The placeholder's button, which grants those categories and loads the content. */
  readonly placeholderAllow: string;
  /** Label and description of the built-in categories. */
  readonly categories: Readonly<Record<'necessary' | 'functional' | 'analytics' | 'marketing', readonly [string, string]>>;
}

import type { BannerStrings } from './consent-strings.js';

/**
 * English, the banner's texts: built into every build, and the fallback for any language without
 * a dictionary. The preferences' texts are in `en-dialog.ts`.
 */
export const en: BannerStrings = {
  $code: 'en',
  $dir: 'ltr',
  heading: 'Cookies on this site',
  message:
    'We use cookies that this site needs to work. With your consent, we also use optional cookies for the purposes you choose. You can change your choice at any time.',
  noticeMessage: 'This website uses cookies.',
  optOutMessage:
    'We use cookies, including for analytics and advertising. You can opt out of the sale or sharing of your personal information.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  acknowledge: 'OK',
  accept: 'Accept',
  doNotSell: 'Do not sell or share my personal information',
  preferences: 'Preferences',
  policy: 'Learn more',
  settings: 'Cookie settings',
  placeholderBlocked: 'This content is blocked because it uses {categories} cookies.',
  placeholderAllow: 'Allow {categories} cookies and load',
  categories: {
    necessary: ['Necessary', 'Keep the site working and secure, and remember this choice. Always on.'],
    functional: ['Functional', 'Remember your settings, such as language or region, to personalise the site.'],
    analytics: ['Analytics', 'Count visits and see how the site is used, so we can improve it.'],
    marketing: [
      'Marketing',
      'Show you relevant ads and measure them, here and on other sites. This may share your data with advertising partners.',
    ],
  },
};

import type { ConsentStrings } from './consent-strings.js';

/** English: built into every build, and the fallback for any language without a dictionary. */
export const en: ConsentStrings = {
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
  save: 'Save choices',
  policy: 'Learn more',
};

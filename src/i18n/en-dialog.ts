import type { DialogStrings } from './consent-strings.js';

/** English, the preferences' texts: loaded with the dialog, which most visitors never open. */
export const enDialog: DialogStrings = {
  save: 'Save choices',
  preferencesTitle: 'Privacy preferences',
  preferencesIntro:
    'Choose which cookies we may use. Necessary cookies are always on: the site cannot work without them. You can change your choices at any time.',
  reopenHint: 'Use the cookie button in the corner of the page to come back here.',
  close: 'Close',
  gpcHonoured:
    'Your browser sent a Global Privacy Control signal. We honoured it: we do not sell or share your personal information.',
  cookies: 'Cookies:',
  services: { one: '{count} service', other: '{count} services' },
  servicePolicy: '{service} privacy policy',
};

import type { DeclarationStrings } from './consent-strings.js';

/** English, the cookie declaration's texts: loaded with `<cookie-declaration>`, on the privacy page. */
export const enDeclaration: DeclarationStrings = {
  declarationCookies: 'Cookies used',
  declarationState: 'Your choice',
  stateGranted: 'Allowed',
  stateDenied: 'Not allowed',
  stateUndecided: 'Not decided yet',
  stateAlways: 'Always allowed',
  consentId: 'Your consent ID',
  consentDate: 'Date of your choice',
  noDecision: 'You have not made a choice yet.',
  servicePolicy: '{service} privacy policy',
};

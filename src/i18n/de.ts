import type { ConsentStrings } from './consent-strings.js';

/** German (Deutsch). */
const de: ConsentStrings = {
  $code: 'de',
  $dir: 'ltr',
  heading: 'Cookies auf dieser Website',
  message:
    'Wir verwenden Cookies, die für den Betrieb dieser Website notwendig sind. Mit Ihrer Einwilligung verwenden wir außerdem optionale Cookies für die Zwecke, die Sie auswählen. Sie können Ihre Auswahl jederzeit ändern.',
  noticeMessage: 'Diese Website verwendet Cookies.',
  optOutMessage:
    'Wir verwenden Cookies, auch für Statistik und Werbung. Sie können dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten widersprechen.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  acknowledge: 'OK',
  accept: 'Akzeptieren',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  preferences: 'Einstellungen',
  save: 'Auswahl speichern',
  policy: 'Mehr erfahren',
  preferencesTitle: 'Datenschutzeinstellungen',
  preferencesIntro:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv: Ohne sie funktioniert die Website nicht. Sie können Ihre Auswahl jederzeit ändern.',
  reopenHint: 'Über die Cookie-Schaltfläche in der Ecke der Seite kommen Sie hierher zurück.',
  close: 'Schließen',
  settings: 'Cookie-Einstellungen',
  gpcHonoured:
    'Ihr Browser hat das Signal „Global Privacy Control“ gesendet. Wir haben es befolgt: Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie nicht weiter.',
  cookies: 'Cookies:',
  services: { one: '{count} Dienst', other: '{count} Dienste' },
  servicePolicy: 'Datenschutzerklärung von {service}',
  declarationCookies: 'Verwendete Cookies',
  declarationState: 'Ihre Auswahl',
  stateGranted: 'Erlaubt',
  stateDenied: 'Nicht erlaubt',
  stateUndecided: 'Noch nicht entschieden',
  stateAlways: 'Immer erlaubt',
  consentId: 'Ihre Einwilligungs-ID',
  consentDate: 'Datum Ihrer Auswahl',
  noDecision: 'Sie haben noch keine Auswahl getroffen.',
  placeholderBlocked: 'Dieser Inhalt ist blockiert, weil er Cookies verwendet: {categories}.',
  placeholderAllow: 'Cookies ({categories}) zulassen und Inhalt laden',
  categories: {
    necessary: ['Notwendig', 'Halten die Website funktionsfähig und sicher und speichern diese Auswahl. Immer aktiv.'],
    functional: ['Funktional', 'Speichern Ihre Einstellungen, etwa Sprache oder Region, um die Website für Sie anzupassen.'],
    analytics: ['Statistik', 'Zählen Besuche und zeigen, wie die Website genutzt wird, damit wir sie verbessern können.'],
    marketing: [
      'Marketing',
      'Zeigen Ihnen relevante Werbung und messen deren Wirkung, hier und auf anderen Websites. Dabei können Ihre Daten an Werbepartner weitergegeben werden.',
    ],
  },
};

export default de;

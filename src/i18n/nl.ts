import type { ConsentStrings } from './consent-strings.js';

/** Dutch (Nederlands). */
const nl: ConsentStrings = {
  $code: 'nl',
  $dir: 'ltr',
  heading: 'Cookies op deze website',
  message:
    'We gebruiken cookies die nodig zijn om deze website te laten werken. Met uw toestemming gebruiken we ook optionele cookies voor de doeleinden die u kiest. U kunt uw keuze altijd wijzigen.',
  noticeMessage: 'Deze website gebruikt cookies.',
  optOutMessage:
    'We gebruiken cookies, ook voor analyse en advertenties. U kunt weigeren dat uw persoonsgegevens worden verkocht of gedeeld.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  acknowledge: 'OK',
  accept: 'Accepteren',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  preferences: 'Voorkeuren',
  save: 'Keuzes opslaan',
  policy: 'Meer informatie',
  preferencesTitle: 'Privacyvoorkeuren',
  preferencesIntro:
    'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan: zonder deze cookies werkt de website niet. U kunt uw keuzes altijd wijzigen.',
  reopenHint: 'Met de cookieknop in de hoek van de pagina komt u hier terug.',
  close: 'Sluiten',
  settings: 'Cookie-instellingen',
  gpcHonoured:
    'Uw browser heeft een Global Privacy Control-signaal verzonden. Daar hebben we gehoor aan gegeven: we verkopen of delen uw persoonsgegevens niet.',
  cookies: 'Cookies:',
  services: { one: '{count} dienst', other: '{count} diensten' },
  servicePolicy: 'Privacybeleid van {service}',
  declarationCookies: 'Gebruikte cookies',
  declarationState: 'Uw keuze',
  stateGranted: 'Toegestaan',
  stateDenied: 'Niet toegestaan',
  stateUndecided: 'Nog niet gekozen',
  stateAlways: 'Altijd toegestaan',
  consentId: 'ID van uw toestemming',
  consentDate: 'Datum van uw keuze',
  noDecision: 'U hebt nog geen keuze gemaakt.',
  placeholderBlocked: 'Deze inhoud is geblokkeerd, omdat er cookies worden gebruikt: {categories}.',
  placeholderAllow: 'Cookies ({categories}) toestaan en laden',
  categories: {
    necessary: [
      'Noodzakelijk',
      'Zorgen dat de website werkt en veilig is, en onthouden deze keuze. Altijd aan.',
    ],
    functional: [
      'Functioneel',
      'Onthouden uw instellingen, zoals taal of regio, om de website voor u te personaliseren.',
    ],
    analytics: [
      'Analytisch',
      'Tellen bezoeken en laten zien hoe de website wordt gebruikt, zodat we die kunnen verbeteren.',
    ],
    marketing: [
      'Marketing',
      'Tonen u relevante advertenties en meten de resultaten, hier en op andere websites. Daarbij kunnen uw gegevens worden gedeeld met advertentiepartners.',
    ],
  },
};

export default nl;

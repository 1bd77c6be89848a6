import type { ConsentStrings } from './consent-strings.js';

/** Danish (dansk). */
const da: ConsentStrings = {
  $code: 'da',
  $dir: 'ltr',
  heading: 'Cookies på denne hjemmeside',
  message:
    'Vi bruger cookies, som er nødvendige for, at hjemmesiden fungerer. Med dit samtykke bruger vi også valgfrie cookies til de formål, du vælger. Du kan til enhver tid ændre dit valg.',
  noticeMessage: 'Denne hjemmeside bruger cookies.',
  optOutMessage:
    'Vi bruger cookies, også til statistik og annoncering. Du kan fravælge salg eller deling af dine personoplysninger.',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  acknowledge: 'OK',
  accept: 'Accepter',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  preferences: 'Indstillinger',
  save: 'Gem mine valg',
  policy: 'Læs mere',
  preferencesTitle: 'Privatlivsindstillinger',
  preferencesIntro:
    'Vælg, hvilke cookies vi må bruge. Nødvendige cookies er altid slået til: Hjemmesiden kan ikke fungere uden dem. Du kan til enhver tid ændre dine valg.',
  reopenHint: 'Brug cookieknappen i hjørnet af siden for at komme tilbage hertil.',
  close: 'Luk',
  settings: 'Cookieindstillinger',
  gpcHonoured:
    'Din browser har sendt et Global Privacy Control-signal. Vi har respekteret det: Vi hverken sælger eller deler dine personoplysninger.',
  cookies: 'Cookies:',
  services: { one: '{count} tjeneste', other: '{count} tjenester' },
  servicePolicy: 'Privatlivspolitik for {service}',
  declarationCookies: 'Anvendte cookies',
  declarationState: 'Dit valg',
  stateGranted: 'Tilladt',
  stateDenied: 'Ikke tilladt',
  stateUndecided: 'Ikke valgt endnu',
  stateAlways: 'Altid tilladt',
  consentId: 'Dit samtykke-id',
  consentDate: 'Dato for dit valg',
  noDecision: 'Du har ikke truffet et valg endnu.',
  placeholderBlocked: 'Dette indhold er blokeret, fordi det bruger cookies: {categories}.',
  placeholderAllow: 'Tillad cookies ({categories}) og indlæs indholdet',
  categories: {
    necessary: ['Nødvendige', 'Sørger for, at hjemmesiden fungerer og er sikker, og husker dette valg. Altid slået til.'],
    functional: ['Funktionelle', 'Husker dine indstillinger, f.eks. sprog eller region, så hjemmesiden tilpasses dig.'],
    analytics: ['Statistik', 'Tæller besøg og viser, hvordan hjemmesiden bruges, så vi kan forbedre den.'],
    marketing: [
      'Marketing',
      'Viser dig relevante annoncer og måler deres effekt, her og på andre hjemmesider. Det kan betyde, at dine data deles med annoncepartnere.',
    ],
  },
};

export default da;

import type { ConsentStrings } from './consent-strings.js';

/** Norwegian Bokmål (norsk bokmål). */
const nb: ConsentStrings = {
  $code: 'nb',
  $dir: 'ltr',
  heading: 'Informasjonskapsler på dette nettstedet',
  message:
    'Vi bruker informasjonskapsler som nettstedet trenger for å fungere. Med ditt samtykke bruker vi også valgfrie informasjonskapsler til de formålene du velger. Du kan endre valget ditt når som helst.',
  noticeMessage: 'Dette nettstedet bruker informasjonskapsler.',
  optOutMessage:
    'Vi bruker informasjonskapsler, blant annet til analyse og annonser. Du kan reservere deg mot salg eller deling av personopplysningene dine.',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  acknowledge: 'OK',
  accept: 'Godta',
  doNotSell: 'Ikke selg eller del personopplysningene mine',
  preferences: 'Innstillinger',
  save: 'Lagre valgene',
  policy: 'Mer informasjon',
  preferencesTitle: 'Personverninnstillinger',
  preferencesIntro:
    'Velg hvilke informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på: Nettstedet kan ikke fungere uten dem. Du kan når som helst endre valgene dine.',
  reopenHint: 'Bruk knappen for informasjonskapsler i hjørnet av siden for å komme tilbake hit.',
  close: 'Lukk',
  settings: 'Innstillinger for informasjonskapsler',
  gpcHonoured:
    'Nettleseren din sendte et Global Privacy Control-signal. Vi har fulgt det: Vi verken selger eller deler personopplysningene dine.',
  cookies: 'Informasjonskapsler:',
  services: { one: '{count} tjeneste', other: '{count} tjenester' },
  servicePolicy: 'Personvernerklæringen til {service}',
  declarationCookies: 'Informasjonskapsler som brukes',
  declarationState: 'Ditt valg',
  stateGranted: 'Tillatt',
  stateDenied: 'Ikke tillatt',
  stateUndecided: 'Ikke bestemt ennå',
  stateAlways: 'Alltid tillatt',
  consentId: 'ID-en for samtykket ditt',
  consentDate: 'Datoen for valget ditt',
  noDecision: 'Du har ikke tatt et valg ennå.',
  placeholderBlocked: 'Dette innholdet er blokkert fordi det bruker informasjonskapsler: {categories}.',
  placeholderAllow: 'Tillat informasjonskapsler ({categories}) og last inn',
  categories: {
    necessary: [
      'Nødvendige',
      'Sørger for at nettstedet fungerer og er sikkert, og husker dette valget. Alltid på.',
    ],
    functional: [
      'Funksjonelle',
      'Husker innstillingene dine, for eksempel språk eller region, for å tilpasse nettstedet.',
    ],
    analytics: ['Analyse', 'Teller besøk og viser hvordan nettstedet brukes, slik at vi kan forbedre det.'],
    marketing: [
      'Markedsføring',
      'Viser deg relevante annonser og måler effekten av dem, her og på andre nettsteder. Opplysningene dine kan da bli delt med annonsepartnere.',
    ],
  },
};

export default nb;

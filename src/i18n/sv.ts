import type { ConsentStrings } from './consent-strings.js';

/** Swedish (svenska). */
const sv: ConsentStrings = {
  $code: 'sv',
  $dir: 'ltr',
  heading: 'Kakor på den här webbplatsen',
  message:
    'Vi använder kakor som behövs för att webbplatsen ska fungera. Med ditt samtycke använder vi också valfria kakor för de ändamål du väljer. Du kan ändra ditt val när som helst.',
  noticeMessage: 'Den här webbplatsen använder kakor.',
  optOutMessage:
    'Vi använder kakor, bland annat för analys och annonsering. Du kan välja bort att dina personuppgifter säljs eller delas.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  acknowledge: 'OK',
  accept: 'Godkänn',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  preferences: 'Inställningar',
  save: 'Spara val',
  policy: 'Läs mer',
  preferencesTitle: 'Integritetsinställningar',
  preferencesIntro:
    'Välj vilka kakor vi får använda. Nödvändiga kakor är alltid på: webbplatsen fungerar inte utan dem. Du kan ändra dina val när som helst.',
  reopenHint: 'Använd knappen för kakor i sidans hörn för att komma tillbaka hit.',
  close: 'Stäng',
  settings: 'Inställningar för kakor',
  gpcHonoured:
    'Din webbläsare skickade en Global Privacy Control-signal. Vi har respekterat den: vi varken säljer eller delar dina personuppgifter.',
  cookies: 'Kakor:',
  services: { one: '{count} tjänst', other: '{count} tjänster' },
  servicePolicy: 'Integritetspolicy för {service}',
  declarationCookies: 'Kakor som används',
  declarationState: 'Ditt val',
  stateGranted: 'Tillåtet',
  stateDenied: 'Inte tillåtet',
  stateUndecided: 'Inte bestämt än',
  stateAlways: 'Alltid tillåtet',
  consentId: 'ID för ditt samtycke',
  consentDate: 'Datum för ditt val',
  noDecision: 'Du har inte gjort något val än.',
  placeholderBlocked: 'Innehållet är blockerat eftersom det använder kakor: {categories}.',
  placeholderAllow: 'Tillåt kakor ({categories}) och läs in',
  categories: {
    necessary: [
      'Nödvändiga',
      'Gör att webbplatsen fungerar och är säker, och kommer ihåg det här valet. Alltid på.',
    ],
    functional: [
      'Funktionella',
      'Kommer ihåg dina inställningar, till exempel språk eller region, för att anpassa webbplatsen efter dig.',
    ],
    analytics: ['Statistik', 'Räknar besök och visar hur webbplatsen används, så att vi kan förbättra den.'],
    marketing: [
      'Marknadsföring',
      'Visar relevanta annonser för dig och mäter resultaten, här och på andra webbplatser. Dina uppgifter kan då delas med annonspartner.',
    ],
  },
};

export default sv;

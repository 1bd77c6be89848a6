import type { ConsentStrings } from './consent-strings.js';

/** Slovak (slovenčina). */
const sk: ConsentStrings = {
  $code: 'sk',
  $dir: 'ltr',
  heading: 'Súbory cookie na tejto stránke',
  message:
    'Používame súbory cookie, ktoré táto stránka potrebuje na svoje fungovanie. S vaším súhlasom používame aj voliteľné súbory cookie na účely, ktoré si vyberiete. Svoju voľbu môžete kedykoľvek zmeniť.',
  noticeMessage: 'Táto webová stránka používa súbory cookie.',
  optOutMessage:
    'Používame súbory cookie, a to aj na analytické a reklamné účely. Predaj alebo zdieľanie svojich osobných údajov môžete odmietnuť.',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  acknowledge: 'OK',
  accept: 'Prijať',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  preferences: 'Nastavenia',
  save: 'Uložiť voľbu',
  policy: 'Viac informácií',
  preferencesTitle: 'Nastavenia ochrany súkromia',
  preferencesIntro:
    'Vyberte, ktoré súbory cookie smieme používať. Nevyhnutné súbory cookie sú vždy zapnuté: bez nich stránka nemôže fungovať. Svoju voľbu môžete kedykoľvek zmeniť.',
  reopenHint: 'Späť sem sa dostanete tlačidlom s ikonou cookie v rohu stránky.',
  close: 'Zavrieť',
  settings: 'Nastavenia súborov cookie',
  gpcHonoured:
    'Váš prehliadač odoslal signál Global Privacy Control. Rešpektovali sme ho: vaše osobné údaje nepredávame ani nezdieľame.',
  cookies: 'Súbory cookie:',
  services: { one: '{count} služba', few: '{count} služby', many: '{count} služby', other: '{count} služieb' },
  servicePolicy: 'Zásady ochrany súkromia služby {service}',
  declarationCookies: 'Používané súbory cookie',
  declarationState: 'Vaša voľba',
  stateGranted: 'Povolené',
  stateDenied: 'Nepovolené',
  stateUndecided: 'Zatiaľ nerozhodnuté',
  stateAlways: 'Vždy povolené',
  consentId: 'ID vášho súhlasu',
  consentDate: 'Dátum vašej voľby',
  noDecision: 'Zatiaľ ste nevykonali žiadnu voľbu.',
  placeholderBlocked: 'Tento obsah je zablokovaný, pretože používa súbory cookie: {categories}.',
  placeholderAllow: 'Povoliť súbory cookie ({categories}) a načítať',
  categories: {
    necessary: [
      'Nevyhnutné',
      'Zabezpečujú fungovanie a bezpečnosť stránky a pamätajú si túto voľbu. Vždy zapnuté.',
    ],
    functional: [
      'Funkčné',
      'Pamätajú si vaše nastavenia, napríklad jazyk alebo región, aby sa stránka prispôsobila vám.',
    ],
    analytics: [
      'Analytické',
      'Počítajú návštevy a ukazujú, ako sa stránka používa, aby sme ju mohli zlepšovať.',
    ],
    marketing: [
      'Marketingové',
      'Zobrazujú vám relevantné reklamy a merajú ich účinnosť, tu aj na iných stránkach. Vaše údaje sa tak môžu zdieľať s reklamnými partnermi.',
    ],
  },
};

export default sk;

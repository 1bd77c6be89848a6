import type { ConsentStrings } from './consent-strings.js';

/** Lithuanian (lietuvių). */
const lt: ConsentStrings = {
  $code: 'lt',
  $dir: 'ltr',
  heading: 'Slapukai šioje svetainėje',
  message:
    'Naudojame slapukus, kurių reikia, kad ši svetainė veiktų. Jums sutikus, taip pat naudojame neprivalomus slapukus jūsų pasirinktais tikslais. Savo pasirinkimą galite bet kada pakeisti.',
  noticeMessage: 'Ši svetainė naudoja slapukus.',
  optOutMessage:
    'Naudojame slapukus, be kita ko, analitikos ir reklamos tikslais. Galite nesutikti, kad jūsų asmens duomenys būtų parduodami ar jais būtų dalijamasi.',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  acknowledge: 'Gerai',
  accept: 'Priimti',
  doNotSell: 'Neparduoti mano asmens duomenų ir jais nesidalyti',
  preferences: 'Nuostatos',
  save: 'Išsaugoti pasirinkimus',
  policy: 'Sužinoti daugiau',
  preferencesTitle: 'Privatumo nuostatos',
  preferencesIntro:
    'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti: be jų svetainė negali veikti. Savo pasirinkimus galite bet kada pakeisti.',
  reopenHint: 'Čia grįšite paspaudę slapukų mygtuką puslapio kampe.',
  close: 'Uždaryti',
  settings: 'Slapukų nustatymai',
  gpcHonoured:
    'Jūsų naršyklė atsiuntė „Global Privacy Control“ signalą. Jo paisome: neparduodame jūsų asmens duomenų ir jais nesidalijame.',
  cookies: 'Slapukai:',
  services: { one: '{count} paslauga', few: '{count} paslaugos', many: '{count} paslaugos', other: '{count} paslaugų' },
  servicePolicy: '{service} privatumo politika',
  declarationCookies: 'Naudojami slapukai',
  declarationState: 'Jūsų pasirinkimas',
  stateGranted: 'Leidžiama',
  stateDenied: 'Neleidžiama',
  stateUndecided: 'Dar nenuspręsta',
  stateAlways: 'Visada leidžiama',
  consentId: 'Jūsų sutikimo ID',
  consentDate: 'Jūsų pasirinkimo data',
  noDecision: 'Dar nieko nepasirinkote.',
  placeholderBlocked: 'Šis turinys užblokuotas, nes jame naudojami slapukai: {categories}.',
  placeholderAllow: 'Leisti slapukus ({categories}) ir įkelti turinį',
  categories: {
    necessary: ['Būtinieji', 'Užtikrina svetainės veikimą ir saugumą bei įsimena šį pasirinkimą. Visada įjungti.'],
    functional: ['Funkciniai', 'Įsimena jūsų nustatymus, pvz., kalbą ar regioną, kad svetainė būtų pritaikyta jums.'],
    analytics: ['Analitiniai', 'Skaičiuoja apsilankymus ir parodo, kaip naudojamasi svetaine, kad galėtume ją tobulinti.'],
    marketing: [
      'Rinkodaros',
      'Rodo jums aktualias reklamas ir matuoja jų veiksmingumą čia ir kitose svetainėse. Taip jūsų duomenys gali būti perduodami reklamos partneriams.',
    ],
  },
};

export default lt;

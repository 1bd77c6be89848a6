import type { ConsentStrings } from './consent-strings.js';

/** Estonian (eesti). */
const et: ConsentStrings = {
  $code: 'et',
  $dir: 'ltr',
  heading: 'Küpsised sellel veebisaidil',
  message:
    'Kasutame küpsiseid, mida see veebisait vajab toimimiseks. Teie nõusolekul kasutame ka valikulisi küpsiseid teie valitud eesmärkidel. Saate oma valikut igal ajal muuta.',
  noticeMessage: 'See veebisait kasutab küpsiseid.',
  optOutMessage:
    'Kasutame küpsiseid, sealhulgas statistika ja reklaami jaoks. Võite keelata oma isikuandmete müümise või jagamise.',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  acknowledge: 'OK',
  accept: 'Nõustu',
  doNotSell: 'Ära müü ega jaga minu isikuandmeid',
  preferences: 'Eelistused',
  save: 'Salvesta valikud',
  policy: 'Loe lähemalt',
  preferencesTitle: 'Privaatsuseelistused',
  preferencesIntro:
    'Valige, milliseid küpsiseid võime kasutada. Vajalikud küpsised on alati kasutusel: ilma nendeta veebisait ei toimi. Saate oma valikuid igal ajal muuta.',
  reopenHint: 'Siia naasmiseks kasutage lehe nurgas olevat küpsiste nuppu.',
  close: 'Sulge',
  settings: 'Küpsiste seaded',
  gpcHonoured:
    'Teie brauser saatis signaali Global Privacy Control. Järgisime seda: me ei müü ega jaga teie isikuandmeid.',
  cookies: 'Küpsised:',
  services: { one: '{count} teenus', other: '{count} teenust' },
  servicePolicy: 'Teenuse {service} privaatsuspoliitika',
  declarationCookies: 'Kasutatavad küpsised',
  declarationState: 'Teie valik',
  stateGranted: 'Lubatud',
  stateDenied: 'Keelatud',
  stateUndecided: 'Veel otsustamata',
  stateAlways: 'Alati lubatud',
  consentId: 'Teie nõusoleku ID',
  consentDate: 'Teie valiku kuupäev',
  noDecision: 'Te pole veel valikut teinud.',
  placeholderBlocked: 'See sisu on blokeeritud, sest see kasutab küpsiseid: {categories}.',
  placeholderAllow: 'Luba küpsised ({categories}) ja laadi sisu',
  categories: {
    necessary: ['Vajalikud', 'Hoiavad veebisaidi töökorras ja turvalisena ning jätavad selle valiku meelde. Alati kasutusel.'],
    functional: ['Funktsionaalsed', 'Jätavad meelde teie seaded, näiteks keele või piirkonna, et veebisaiti teile kohandada.'],
    analytics: ['Statistika', 'Loendavad külastusi ja näitavad, kuidas veebisaiti kasutatakse, et saaksime seda parandada.'],
    marketing: [
      'Turundus',
      'Näitavad teile asjakohaseid reklaame ja mõõdavad nende tulemuslikkust siin ja teistel veebisaitidel. Seejuures võidakse teie andmeid jagada reklaamipartneritega.',
    ],
  },
};

export default et;

import type { ConsentStrings } from './consent-strings.js';

/** Croatian (hrvatski). */
const hr: ConsentStrings = {
  $code: 'hr',
  $dir: 'ltr',
  heading: 'Kolačići na ovoj mrežnoj stranici',
  message:
    'Upotrebljavamo kolačiće koji su potrebni za rad ove mrežne stranice. Uz vašu privolu upotrebljavamo i neobavezne kolačiće u svrhe koje sami odaberete. Svoj odabir možete promijeniti u bilo kojem trenutku.',
  noticeMessage: 'Ova mrežna stranica upotrebljava kolačiće.',
  optOutMessage:
    'Upotrebljavamo kolačiće, među ostalim za analitiku i oglašavanje. Možete se usprotiviti prodaji ili dijeljenju svojih osobnih podataka.',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  acknowledge: 'U redu',
  accept: 'Prihvati',
  doNotSell: 'Nemojte prodavati ni dijeliti moje osobne podatke',
  preferences: 'Postavke',
  save: 'Spremi odabir',
  policy: 'Saznajte više',
  preferencesTitle: 'Postavke privatnosti',
  preferencesIntro:
    'Odaberite koje kolačiće smijemo upotrebljavati. Nužni kolačići uvijek su uključeni: bez njih stranica ne može raditi. Svoj odabir možete promijeniti u bilo kojem trenutku.',
  reopenHint: 'Ovamo se možete vratiti gumbom za kolačiće u kutu stranice.',
  close: 'Zatvori',
  settings: 'Postavke kolačića',
  gpcHonoured:
    'Vaš je preglednik poslao signal Global Privacy Control. Poštovali smo ga: ne prodajemo i ne dijelimo vaše osobne podatke.',
  cookies: 'Kolačići:',
  services: { one: '{count} usluga', few: '{count} usluge', other: '{count} usluga' },
  servicePolicy: 'Pravila privatnosti usluge {service}',
  declarationCookies: 'Kolačići koji se upotrebljavaju',
  declarationState: 'Vaš odabir',
  stateGranted: 'Dopušteno',
  stateDenied: 'Nije dopušteno',
  stateUndecided: 'Još nije odlučeno',
  stateAlways: 'Uvijek dopušteno',
  consentId: 'ID vaše privole',
  consentDate: 'Datum vašeg odabira',
  noDecision: 'Još niste ništa odabrali.',
  placeholderBlocked: 'Ovaj je sadržaj blokiran jer upotrebljava kolačiće: {categories}.',
  placeholderAllow: 'Dopusti kolačiće ({categories}) i učitaj sadržaj',
  categories: {
    necessary: ['Nužni', 'Omogućuju rad i sigurnost stranice te pamte ovaj odabir. Uvijek uključeni.'],
    functional: ['Funkcionalni', 'Pamte vaše postavke, poput jezika ili regije, kako bi stranica bila prilagođena vama.'],
    analytics: ['Analitički', 'Broje posjete i pokazuju na koji se način stranica upotrebljava kako bismo je mogli poboljšati.'],
    marketing: [
      'Marketinški',
      'Prikazuju vam relevantne oglase i mjere njihovu uspješnost, ovdje i na drugim stranicama. Pritom se vaši podaci mogu dijeliti s oglašivačkim partnerima.',
    ],
  },
};

export default hr;

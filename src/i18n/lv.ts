import type { ConsentStrings } from './consent-strings.js';

/** Latvian (latviešu). */
const lv: ConsentStrings = {
  $code: 'lv',
  $dir: 'ltr',
  heading: 'Sīkdatnes šajā vietnē',
  message:
    'Mēs izmantojam sīkdatnes, kas nepieciešamas šīs vietnes darbībai. Ar jūsu piekrišanu mēs izmantojam arī neobligātas sīkdatnes jūsu izvēlētajiem nolūkiem. Savu izvēli varat mainīt jebkurā laikā.',
  noticeMessage: 'Šī vietne izmanto sīkdatnes.',
  optOutMessage:
    'Mēs izmantojam sīkdatnes, tostarp analītikai un reklāmai. Jūs varat atteikties no savu personas datu pārdošanas vai kopīgošanas.',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  acknowledge: 'Labi',
  accept: 'Pieņemt',
  doNotSell: 'Nepārdot un nekopīgot manus personas datus',
  preferences: 'Iestatījumi',
  save: 'Saglabāt izvēli',
  policy: 'Uzzināt vairāk',
  preferencesTitle: 'Privātuma iestatījumi',
  preferencesIntro:
    'Izvēlieties, kuras sīkdatnes mēs drīkstam izmantot. Nepieciešamās sīkdatnes ir vienmēr ieslēgtas: bez tām vietne nevar darboties. Savu izvēli varat jebkurā laikā mainīt.',
  reopenHint: 'Lai atgrieztos šeit, izmantojiet sīkdatņu pogu lapas stūrī.',
  close: 'Aizvērt',
  settings: 'Sīkdatņu iestatījumi',
  gpcHonoured:
    'Jūsu pārlūkprogramma nosūtīja Global Privacy Control signālu. Mēs to ievērojām: mēs nepārdodam un nekopīgojam jūsu personas datus.',
  cookies: 'Sīkdatnes:',
  services: { one: '{count} pakalpojums', zero: '{count} pakalpojumu', other: '{count} pakalpojumi' },
  servicePolicy: '{service} privātuma politika',
  declarationCookies: 'Izmantotās sīkdatnes',
  declarationState: 'Jūsu izvēle',
  stateGranted: 'Atļauts',
  stateDenied: 'Nav atļauts',
  stateUndecided: 'Vēl nav izlemts',
  stateAlways: 'Vienmēr atļauts',
  consentId: 'Jūsu piekrišanas ID',
  consentDate: 'Jūsu izvēles datums',
  noDecision: 'Izvēle vēl nav izdarīta.',
  placeholderBlocked: 'Šis saturs ir bloķēts, jo tas izmanto sīkdatnes: {categories}.',
  placeholderAllow: 'Atļaut sīkdatnes ({categories}) un ielādēt',
  categories: {
    necessary: ['Nepieciešamās', 'Nodrošina vietnes darbību un drošību, kā arī saglabā šo izvēli. Vienmēr ieslēgtas.'],
    functional: ['Funkcionālās', 'Atceras jūsu iestatījumus, piemēram, valodu vai reģionu, lai personalizētu vietni.'],
    analytics: ['Analītika', 'Uzskaita apmeklējumus un parāda, kā vietne tiek izmantota, lai mēs to varētu uzlabot.'],
    marketing: [
      'Mārketings',
      'Rāda jums atbilstošas reklāmas un mēra to efektivitāti gan šajā, gan citās vietnēs. Tādējādi jūsu dati var tikt kopīgoti ar reklāmas partneriem.',
    ],
  },
};

export default lv;

import type { ConsentStrings } from './consent-strings.js';

/** Romanian (română). */
const ro: ConsentStrings = {
  $code: 'ro',
  $dir: 'ltr',
  heading: 'Cookie-uri pe acest site',
  message:
    'Folosim cookie-uri de care acest site are nevoie pentru a funcționa. Cu consimțământul dumneavoastră, folosim și cookie-uri opționale, în scopurile pe care le alegeți. Vă puteți modifica alegerea oricând.',
  noticeMessage: 'Acest site folosește cookie-uri.',
  optOutMessage:
    'Folosim cookie-uri, inclusiv pentru analiză și publicitate. Puteți refuza vânzarea sau partajarea datelor dumneavoastră cu caracter personal.',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  acknowledge: 'OK',
  accept: 'Acceptați',
  doNotSell: 'Nu vindeți și nu partajați datele mele cu caracter personal',
  preferences: 'Preferințe',
  save: 'Salvați alegerile',
  policy: 'Aflați mai multe',
  preferencesTitle: 'Preferințe de confidențialitate',
  preferencesIntro:
    'Alegeți ce cookie-uri putem folosi. Cookie-urile necesare sunt mereu active: site-ul nu poate funcționa fără ele. Vă puteți modifica oricând alegerile.',
  reopenHint: 'Pentru a reveni aici, folosiți butonul pentru cookie-uri din colțul paginii.',
  close: 'Închideți',
  settings: 'Setări cookie-uri',
  gpcHonoured:
    'Browserul dumneavoastră a trimis un semnal Global Privacy Control. L-am respectat: nu vindem și nu partajăm datele dumneavoastră cu caracter personal.',
  cookies: 'Cookie-uri:',
  services: { one: '{count} serviciu', few: '{count} servicii', other: '{count} de servicii' },
  servicePolicy: 'Politica de confidențialitate pentru {service}',
  declarationCookies: 'Cookie-uri folosite',
  declarationState: 'Alegerea dvs.',
  stateGranted: 'Permis',
  stateDenied: 'Nepermis',
  stateUndecided: 'Încă nedecis',
  stateAlways: 'Permis întotdeauna',
  consentId: 'ID-ul consimțământului dvs.',
  consentDate: 'Data alegerii dvs.',
  noDecision: 'Nu ați făcut încă o alegere.',
  placeholderBlocked: 'Acest conținut este blocat deoarece folosește cookie-uri: {categories}.',
  placeholderAllow: 'Permiteți cookie-urile ({categories}) și încărcați',
  categories: {
    necessary: [
      'Necesare',
      'Asigură funcționarea și securitatea site-ului și rețin această alegere. Mereu active.',
    ],
    functional: [
      'Funcționale',
      'Rețin setările dumneavoastră, cum ar fi limba sau regiunea, pentru a personaliza site-ul.',
    ],
    analytics: [
      'Analitice',
      'Numără vizitele și arată cum este folosit site-ul, pentru ca noi să-l putem îmbunătăți.',
    ],
    marketing: [
      'Marketing',
      'Vă afișează reclame relevante și le măsoară eficiența, aici și pe alte site-uri. Astfel, datele dumneavoastră pot fi partajate cu parteneri de publicitate.',
    ],
  },
};

export default ro;

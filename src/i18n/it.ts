import type { ConsentStrings } from './consent-strings.js';

/** Italian (italiano). */
const it: ConsentStrings = {
  $code: 'it',
  $dir: 'ltr',
  heading: 'Cookie su questo sito',
  message:
    'Utilizziamo i cookie necessari al funzionamento di questo sito. Con il tuo consenso, utilizziamo anche cookie facoltativi per le finalità che scegli. Puoi modificare la tua scelta in qualsiasi momento.',
  noticeMessage: 'Questo sito web utilizza cookie.',
  optOutMessage:
    'Utilizziamo cookie, anche per finalità statistiche e pubblicitarie. Puoi opporti alla vendita o alla condivisione dei tuoi dati personali.',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  acknowledge: 'OK',
  accept: 'Accetta',
  doNotSell: 'Non vendere né condividere i miei dati personali',
  preferences: 'Preferenze',
  save: 'Salva le scelte',
  policy: 'Scopri di più',
  preferencesTitle: 'Preferenze sulla privacy',
  preferencesIntro:
    'Scegli quali cookie possiamo utilizzare. I cookie necessari sono sempre attivi: senza di essi il sito non può funzionare. Puoi modificare le tue scelte in qualsiasi momento.',
  reopenHint: 'Per tornare qui, usa il pulsante dei cookie nell’angolo della pagina.',
  close: 'Chiudi',
  settings: 'Impostazioni cookie',
  gpcHonoured:
    'Il tuo browser ha inviato un segnale Global Privacy Control. Lo abbiamo rispettato: non vendiamo né condividiamo i tuoi dati personali.',
  cookies: 'Cookie:',
  services: { one: '{count} servizio', many: '{count} di servizi', other: '{count} servizi' },
  servicePolicy: 'Informativa sulla privacy di {service}',
  declarationCookies: 'Cookie utilizzati',
  declarationState: 'La tua scelta',
  stateGranted: 'Consentito',
  stateDenied: 'Non consentito',
  stateUndecided: 'Non ancora deciso',
  stateAlways: 'Sempre consentito',
  consentId: 'ID del tuo consenso',
  consentDate: 'Data della tua scelta',
  noDecision: 'Non hai ancora fatto una scelta.',
  placeholderBlocked: 'Questo contenuto è bloccato perché utilizza cookie: {categories}.',
  placeholderAllow: 'Consenti i cookie ({categories}) e carica il contenuto',
  categories: {
    necessary: ['Necessari', 'Mantengono il sito funzionante e sicuro e ricordano questa scelta. Sempre attivi.'],
    functional: ['Funzionali', 'Ricordano le tue impostazioni, come la lingua o la regione, per personalizzare il sito.'],
    analytics: ['Statistici', 'Contano le visite e mostrano come viene utilizzato il sito, così possiamo migliorarlo.'],
    marketing: [
      'Marketing',
      'Ti mostrano annunci pertinenti e ne misurano l’efficacia, qui e su altri siti. Ciò può comportare la condivisione dei tuoi dati con partner pubblicitari.',
    ],
  },
};

export default it;

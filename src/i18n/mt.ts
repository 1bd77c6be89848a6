import type { ConsentStrings } from './consent-strings.js';

/** Maltese (Malti). */
const mt: ConsentStrings = {
  $code: 'mt',
  $dir: 'ltr',
  heading: 'Il-cookies f’dan is-sit',
  message:
    'Nużaw cookies li dan is-sit għandu bżonn biex jaħdem. Bil-kunsens tiegħek, nużaw ukoll cookies opzjonali għall-għanijiet li tagħżel int. Tista’ tibdel l-għażla tiegħek fi kwalunkwe ħin.',
  noticeMessage: 'Dan is-sit juża l-cookies.',
  optOutMessage:
    'Nużaw il-cookies, inkluż għall-analitika u r-reklamar. Tista’ tagħżel li l-informazzjoni personali tiegħek ma tinbiegħx u ma tinqasamx.',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  acknowledge: 'OK',
  accept: 'Aċċetta',
  doNotSell: 'Tbigħux u taqsmux l-informazzjoni personali tiegħi',
  preferences: 'Preferenzi',
  save: 'Issejvja l-għażliet',
  policy: 'Kun af aktar',
  preferencesTitle: 'Preferenzi tal-privatezza',
  preferencesIntro:
    'Agħżel liema cookies nistgħu nużaw. Il-cookies meħtieġa huma dejjem attivi: is-sit ma jistax jaħdem mingħajrhom. Tista’ tibdel l-għażliet tiegħek fi kwalunkwe ħin.',
  reopenHint: 'Biex terġa’ tiġi hawn, uża l-buttuna tal-cookies fil-kantuniera tal-paġna.',
  close: 'Agħlaq',
  settings: 'Issettjar tal-cookies',
  gpcHonoured:
    'Il-browser tiegħek bagħat sinjal Global Privacy Control. Irrispettajnieh: ma nbigħux u ma naqsmux l-informazzjoni personali tiegħek.',
  cookies: 'Cookies:',
  services: { one: '{count} servizz', two: '{count} servizzi', few: '{count} servizzi', many: '{count}-il servizz', other: '{count} servizz' },
  servicePolicy: 'Politika tal-privatezza ta’ {service}',
  declarationCookies: 'Cookies użati',
  declarationState: 'L-għażla tiegħek',
  stateGranted: 'Permess',
  stateDenied: 'Mhux permess',
  stateUndecided: 'Għadek ma ddeċidejtx',
  stateAlways: 'Dejjem permess',
  consentId: 'L-ID tal-kunsens tiegħek',
  consentDate: 'Id-data tal-għażla tiegħek',
  noDecision: 'Għadek ma għamiltx għażla.',
  placeholderBlocked: 'Dan il-kontenut huwa mblukkat għax juża cookies: {categories}.',
  placeholderAllow: 'Ippermetti l-cookies ({categories}) u għabbi',
  categories: {
    necessary: [
      'Meħtieġa',
      'Jiżguraw li s-sit jaħdem u jkun sigur, u jiftakru din l-għażla. Dejjem attivi.',
    ],
    functional: [
      'Funzjonali',
      'Jiftakru l-issettjar tiegħek, bħall-lingwa jew ir-reġjun, biex jippersonalizzaw is-sit.',
    ],
    analytics: ['Analitika', 'Jgħoddu ż-żjarat u juru kif jintuża s-sit, biex inkunu nistgħu ntejbuh.'],
    marketing: [
      'Marketing',
      'Juruk reklami rilevanti u jkejlu r-riżultati tagħhom, hawn u f’siti oħra. B’hekk id-data tiegħek tista’ tinqasam ma’ msieħba tar-reklamar.',
    ],
  },
};

export default mt;

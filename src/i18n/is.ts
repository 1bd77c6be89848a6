import type { ConsentStrings } from './consent-strings.js';

/** Icelandic (íslenska). */
const is: ConsentStrings = {
  $code: 'is',
  $dir: 'ltr',
  heading: 'Vafrakökur á þessum vef',
  message:
    'Við notum vafrakökur sem vefurinn þarf til að virka. Með samþykki þínu notum við einnig valkvæðar vafrakökur í þeim tilgangi sem þú velur. Þú getur breytt vali þínu hvenær sem er.',
  noticeMessage: 'Þessi vefur notar vafrakökur.',
  optOutMessage:
    'Við notum vafrakökur, meðal annars til greiningar og auglýsinga. Þú getur hafnað því að persónuupplýsingar þínar séu seldar eða að þeim sé deilt.',
  acceptAll: 'Samþykkja allar',
  rejectAll: 'Hafna öllum',
  acknowledge: 'Í lagi',
  accept: 'Samþykkja',
  doNotSell: 'Ekki selja persónuupplýsingar mínar eða deila þeim',
  preferences: 'Stillingar',
  save: 'Vista val',
  policy: 'Nánari upplýsingar',
  preferencesTitle: 'Persónuverndarstillingar',
  preferencesIntro:
    'Veldu hvaða vafrakökur við megum nota. Nauðsynlegar vafrakökur eru alltaf virkar: vefurinn getur ekki virkað án þeirra. Þú getur breytt vali þínu hvenær sem er.',
  reopenHint: 'Notaðu vafrakökuhnappinn í horni síðunnar til að koma hingað aftur.',
  close: 'Loka',
  settings: 'Vafrakökustillingar',
  gpcHonoured:
    'Vafrinn þinn sendi Global Privacy Control-merki. Við virtum það: við seljum ekki persónuupplýsingar þínar og deilum þeim ekki.',
  cookies: 'Vafrakökur:',
  services: { one: '{count} þjónusta', other: '{count} þjónustur' },
  servicePolicy: 'Persónuverndarstefna {service}',
  declarationCookies: 'Vafrakökur í notkun',
  declarationState: 'Þitt val',
  stateGranted: 'Leyft',
  stateDenied: 'Ekki leyft',
  stateUndecided: 'Ekki ákveðið enn',
  stateAlways: 'Alltaf leyft',
  consentId: 'Auðkenni samþykkis þíns',
  consentDate: 'Dagsetning vals þíns',
  noDecision: 'Þú hefur ekki valið enn.',
  placeholderBlocked: 'Lokað er fyrir þetta efni vegna þess að það notar vafrakökur: {categories}.',
  placeholderAllow: 'Leyfa vafrakökur ({categories}) og hlaða inn',
  categories: {
    necessary: ['Nauðsynlegar', 'Halda vefnum gangandi og öruggum og muna þetta val. Alltaf virkar.'],
    functional: ['Virkni', 'Muna stillingar þínar, svo sem tungumál eða svæði, til að sérsníða vefinn.'],
    analytics: ['Tölfræði', 'Telja heimsóknir og sýna hvernig vefurinn er notaður svo að við getum bætt hann.'],
    marketing: [
      'Markaðssetning',
      'Sýna þér viðeigandi auglýsingar og mæla árangur þeirra, hér og á öðrum vefjum. Þannig kann gögnum þínum að vera deilt með auglýsingasamstarfsaðilum.',
    ],
  },
};

export default is;

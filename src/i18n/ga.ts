import type { ConsentStrings } from './consent-strings.js';

/** Irish (Gaeilge). */
const ga: ConsentStrings = {
  $code: 'ga',
  $dir: 'ltr',
  heading: 'Fianáin ar an suíomh seo',
  message:
    'Úsáidimid fianáin atá riachtanach chun go n-oibreoidh an suíomh seo. Le do thoiliú, úsáidimid fianáin roghnacha freisin chun na gcuspóirí a roghnaíonn tú. Is féidir leat do rogha a athrú am ar bith.',
  noticeMessage: 'Úsáideann an suíomh gréasáin seo fianáin.',
  optOutMessage:
    'Úsáidimid fianáin, lena n-áirítear le haghaidh anailísíochta agus fógraíochta. Is féidir leat diúltú do dhíol nó do chomhroinnt do shonraí pearsanta.',
  acceptAll: 'Glac le gach fianán',
  rejectAll: 'Diúltaigh do gach fianán',
  acknowledge: 'OK',
  accept: 'Glac leis',
  doNotSell: 'Ná díol ná comhroinn mo shonraí pearsanta',
  preferences: 'Sainroghanna',
  save: 'Sábháil do roghanna',
  policy: 'Tuilleadh eolais',
  preferencesTitle: 'Sainroghanna príobháideachais',
  preferencesIntro:
    'Roghnaigh na fianáin is féidir linn a úsáid. Bíonn na fianáin riachtanacha ar siúl i gcónaí: ní féidir leis an suíomh oibriú gan iad. Is féidir leat do roghanna a athrú am ar bith.',
  reopenHint: 'Úsáid an cnaipe fianán i gcúinne an leathanaigh chun teacht ar ais anseo.',
  close: 'Dún',
  settings: 'Socruithe fianán',
  gpcHonoured:
    'Sheol do bhrabhsálaí comhartha Global Privacy Control. Chloíomar leis: ní dhíolaimid do shonraí pearsanta agus ní chomhroinnimid iad.',
  cookies: 'Fianáin:',
  services: { one: '{count} seirbhís', two: '{count} sheirbhís', few: '{count} sheirbhís', many: '{count} seirbhís', other: '{count} seirbhís' },
  servicePolicy: 'Polasaí príobháideachais {service}',
  declarationCookies: 'Fianáin a úsáidtear',
  declarationState: 'Do rogha',
  stateGranted: 'Ceadaithe',
  stateDenied: 'Gan cead',
  stateUndecided: 'Gan cinneadh fós',
  stateAlways: 'Ceadaithe i gcónaí',
  consentId: 'Aitheantas do thoilithe',
  consentDate: 'Dáta do rogha',
  noDecision: 'Níl rogha déanta agat fós.',
  placeholderBlocked: 'Tá an t-ábhar seo blocáilte mar go n-úsáideann sé fianáin: {categories}.',
  placeholderAllow: 'Ceadaigh fianáin ({categories}) agus lódáil an t-ábhar',
  categories: {
    necessary: ['Riachtanach', 'Coinníonn siad an suíomh ag obair agus slán, agus cuimhníonn siad ar an rogha seo. Ar siúl i gcónaí.'],
    functional: ['Feidhmiúil', 'Cuimhníonn siad ar do shocruithe, amhail teanga nó réigiún, chun an suíomh a phearsantú.'],
    analytics: ['Anailísíocht', 'Comhaireann siad na cuairteanna agus léiríonn siad conas a úsáidtear an suíomh, ionas gur féidir linn é a fheabhsú.'],
    marketing: [
      'Margaíocht',
      'Taispeánann siad fógraí ábhartha duit agus tomhaiseann siad a n-éifeacht, anseo agus ar shuíomhanna eile. D’fhéadfaí do shonraí a chomhroinnt le comhpháirtithe fógraíochta dá bharr.',
    ],
  },
};

export default ga;

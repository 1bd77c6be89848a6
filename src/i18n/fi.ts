import type { ConsentStrings } from './consent-strings.js';

/** Finnish (suomi). */
const fi: ConsentStrings = {
  $code: 'fi',
  $dir: 'ltr',
  heading: 'Evästeet tällä sivustolla',
  message:
    'Käytämme evästeitä, joita tämä sivusto tarvitsee toimiakseen. Suostumuksellasi käytämme myös valinnaisia evästeitä valitsemiisi tarkoituksiin. Voit muuttaa valintaasi milloin tahansa.',
  noticeMessage: 'Tämä sivusto käyttää evästeitä.',
  optOutMessage:
    'Käytämme evästeitä, myös tilastointiin ja mainontaan. Voit kieltää henkilötietojesi myynnin tai jakamisen.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  acknowledge: 'OK',
  accept: 'Hyväksy',
  doNotSell: 'Älä myy tai jaa henkilötietojani',
  preferences: 'Asetukset',
  save: 'Tallenna valinnat',
  policy: 'Lue lisää',
  preferencesTitle: 'Tietosuoja-asetukset',
  preferencesIntro:
    'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä: sivusto ei toimi ilman niitä. Voit muuttaa valintojasi milloin tahansa.',
  reopenHint: 'Pääset takaisin tänne sivun kulmassa olevasta evästepainikkeesta.',
  close: 'Sulje',
  settings: 'Evästeasetukset',
  gpcHonoured:
    'Selaimesi lähetti Global Privacy Control -signaalin. Noudatimme sitä: emme myy tai jaa henkilötietojasi.',
  cookies: 'Evästeet:',
  services: { one: '{count} palvelu', other: '{count} palvelua' },
  servicePolicy: 'Palvelun {service} tietosuojakäytäntö',
  declarationCookies: 'Käytetyt evästeet',
  declarationState: 'Valintasi',
  stateGranted: 'Sallittu',
  stateDenied: 'Ei sallittu',
  stateUndecided: 'Ei vielä päätetty',
  stateAlways: 'Aina sallittu',
  consentId: 'Suostumuksesi tunniste',
  consentDate: 'Valintasi päivämäärä',
  noDecision: 'Et ole vielä tehnyt valintaa.',
  placeholderBlocked: 'Tämä sisältö on estetty, koska se käyttää evästeitä: {categories}.',
  placeholderAllow: 'Salli evästeet ({categories}) ja lataa sisältö',
  categories: {
    necessary: ['Välttämättömät', 'Pitävät sivuston toimivana ja turvallisena sekä muistavat tämän valinnan. Aina käytössä.'],
    functional: ['Toiminnalliset', 'Muistavat asetuksesi, kuten kielen tai alueen, ja mukauttavat sivustoa sinulle.'],
    analytics: ['Tilastolliset', 'Laskevat käyntejä ja näyttävät, miten sivustoa käytetään, jotta voimme parantaa sitä.'],
    marketing: [
      'Markkinointi',
      'Näyttävät sinulle kiinnostavia mainoksia ja mittaavat niiden tehoa täällä ja muilla sivustoilla. Tällöin tietojasi voidaan jakaa mainoskumppaneille.',
    ],
  },
};

export default fi;

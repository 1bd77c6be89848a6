import type { ConsentStrings } from './consent-strings.js';

/** Hungarian (magyar). */
const hu: ConsentStrings = {
  $code: 'hu',
  $dir: 'ltr',
  heading: 'Sütik ezen a webhelyen',
  message:
    'A webhely működéséhez szükséges sütiket használunk. Hozzájárulása esetén nem kötelező sütiket is használunk, az Ön által választott célokra. Választását bármikor módosíthatja.',
  noticeMessage: 'Ez a webhely sütiket használ.',
  optOutMessage:
    'Sütiket használunk, többek között statisztikai és hirdetési célokra. Tiltakozhat személyes adatai eladása vagy megosztása ellen.',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  acknowledge: 'OK',
  accept: 'Elfogadás',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  preferences: 'Beállítások',
  save: 'Választás mentése',
  policy: 'További információ',
  preferencesTitle: 'Adatvédelmi beállítások',
  preferencesIntro:
    'Válassza ki, mely sütiket használhatjuk. A szükséges sütik mindig be vannak kapcsolva: nélkülük a webhely nem működik. Választását bármikor módosíthatja.',
  reopenHint: 'Ide az oldal sarkában lévő süti ikonra kattintva térhet vissza.',
  close: 'Bezárás',
  settings: 'Sütibeállítások',
  gpcHonoured:
    'Böngészője Global Privacy Control-jelzést küldött. Ezt tiszteletben tartottuk: nem adjuk el és nem osztjuk meg személyes adatait.',
  cookies: 'Sütik:',
  services: { one: '{count} szolgáltatás', other: '{count} szolgáltatás' },
  servicePolicy: '{service} adatvédelmi tájékoztatója',
  declarationCookies: 'Használt sütik',
  declarationState: 'Az Ön választása',
  stateGranted: 'Engedélyezve',
  stateDenied: 'Nincs engedélyezve',
  stateUndecided: 'Még nincs döntés',
  stateAlways: 'Mindig engedélyezve',
  consentId: 'Hozzájárulásának azonosítója',
  consentDate: 'Választásának dátuma',
  noDecision: 'Még nem döntött.',
  placeholderBlocked: 'Ez a tartalom le van tiltva, mert sütiket használ: {categories}.',
  placeholderAllow: 'Sütik engedélyezése ({categories}) és a tartalom betöltése',
  categories: {
    necessary: ['Szükséges', 'A webhely működését és biztonságát szolgálják, és megjegyzik ezt a választást. Mindig bekapcsolva.'],
    functional: ['Funkcionális', 'Megjegyzik a beállításait, például a nyelvet vagy a régiót, hogy személyre szabják a webhelyet.'],
    analytics: ['Statisztikai', 'Számolják a látogatásokat, és megmutatják, hogyan használják a webhelyet, hogy fejleszthessük.'],
    marketing: [
      'Marketing',
      'Releváns hirdetéseket jelenítenek meg Önnek, és mérik azok hatékonyságát itt és más webhelyeken. Ennek során adatai hirdetési partnerekhez kerülhetnek.',
    ],
  },
};

export default hu;

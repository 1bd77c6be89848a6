import type { ConsentStrings } from './consent-strings.js';

/** Slovenian (slovenščina). */
const sl: ConsentStrings = {
  $code: 'sl',
  $dir: 'ltr',
  heading: 'Piškotki na tem spletnem mestu',
  message:
    'Uporabljamo piškotke, ki jih to spletno mesto potrebuje za delovanje. Z vašo privolitvijo uporabljamo tudi neobvezne piškotke za namene, ki jih izberete. Svojo izbiro lahko kadar koli spremenite.',
  noticeMessage: 'To spletno mesto uporablja piškotke.',
  optOutMessage:
    'Uporabljamo piškotke, tudi za analitiko in oglaševanje. Prodajo ali deljenje svojih osebnih podatkov lahko zavrnete.',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  acknowledge: 'V redu',
  accept: 'Sprejmi',
  doNotSell: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  preferences: 'Nastavitve',
  save: 'Shrani izbiro',
  policy: 'Več informacij',
  preferencesTitle: 'Nastavitve zasebnosti',
  preferencesIntro:
    'Izberite, katere piškotke smemo uporabljati. Nujni piškotki so vedno vklopljeni: brez njih spletno mesto ne more delovati. Svojo izbiro lahko kadar koli spremenite.',
  reopenHint: 'Sem se vrnete z gumbom za piškotke v kotu strani.',
  close: 'Zapri',
  settings: 'Nastavitve piškotkov',
  gpcHonoured:
    'Vaš brskalnik je poslal signal Global Privacy Control. Upoštevali smo ga: vaših osebnih podatkov ne prodajamo in ne delimo.',
  cookies: 'Piškotki:',
  services: { one: '{count} storitev', two: '{count} storitvi', few: '{count} storitve', other: '{count} storitev' },
  servicePolicy: 'Pravilnik o zasebnosti storitve {service}',
  declarationCookies: 'Uporabljeni piškotki',
  declarationState: 'Vaša izbira',
  stateGranted: 'Dovoljeno',
  stateDenied: 'Ni dovoljeno',
  stateUndecided: 'Še ni odločeno',
  stateAlways: 'Vedno dovoljeno',
  consentId: 'ID vaše privolitve',
  consentDate: 'Datum vaše izbire',
  noDecision: 'Niste se še odločili.',
  placeholderBlocked: 'Ta vsebina je blokirana, ker uporablja piškotke: {categories}.',
  placeholderAllow: 'Dovoli piškotke ({categories}) in naloži',
  categories: {
    necessary: [
      'Nujni',
      'Skrbijo za delovanje in varnost spletnega mesta ter si zapomnijo to izbiro. Vedno vklopljeni.',
    ],
    functional: [
      'Funkcionalni',
      'Zapomnijo si vaše nastavitve, na primer jezik ali regijo, za prilagoditev spletnega mesta.',
    ],
    analytics: [
      'Analitični',
      'Štejejo obiske in kažejo, kako se spletno mesto uporablja, da ga lahko izboljšamo.',
    ],
    marketing: [
      'Marketinški',
      'Prikazujejo vam ustrezne oglase in merijo njihovo učinkovitost, tukaj in na drugih spletnih mestih. Pri tem se lahko vaši podatki delijo z oglaševalskimi partnerji.',
    ],
  },
};

export default sl;

import type { ConsentStrings } from './consent-strings.js';

/** Czech (čeština). */
const cs: ConsentStrings = {
  $code: 'cs',
  $dir: 'ltr',
  heading: 'Soubory cookie na tomto webu',
  message:
    'Používáme soubory cookie, které tento web potřebuje ke svému fungování. S vaším souhlasem používáme také volitelné soubory cookie pro účely, které si zvolíte. Svou volbu můžete kdykoli změnit.',
  noticeMessage: 'Tento web používá soubory cookie.',
  optOutMessage:
    'Používáme soubory cookie, mimo jiné pro analytické a reklamní účely. Prodej nebo sdílení svých osobních údajů můžete odmítnout.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  acknowledge: 'OK',
  accept: 'Přijmout',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  preferences: 'Předvolby',
  save: 'Uložit volby',
  policy: 'Další informace',
  preferencesTitle: 'Předvolby soukromí',
  preferencesIntro:
    'Vyberte, které soubory cookie smíme používat. Nezbytné soubory cookie jsou vždy zapnuté: bez nich web nemůže fungovat. Své volby můžete kdykoli změnit.',
  reopenHint: 'Zpět sem se dostanete tlačítkem s ikonou cookie v rohu stránky.',
  close: 'Zavřít',
  settings: 'Nastavení souborů cookie',
  gpcHonoured:
    'Váš prohlížeč odeslal signál Global Privacy Control. Respektovali jsme ho: vaše osobní údaje neprodáváme ani nesdílíme.',
  cookies: 'Soubory cookie:',
  services: { one: '{count} služba', few: '{count} služby', many: '{count} služby', other: '{count} služeb' },
  servicePolicy: 'Zásady ochrany osobních údajů služby {service}',
  declarationCookies: 'Používané soubory cookie',
  declarationState: 'Vaše volba',
  stateGranted: 'Povoleno',
  stateDenied: 'Nepovoleno',
  stateUndecided: 'Zatím nerozhodnuto',
  stateAlways: 'Vždy povoleno',
  consentId: 'ID vašeho souhlasu',
  consentDate: 'Datum vaší volby',
  noDecision: 'Zatím jste žádnou volbu neprovedli.',
  placeholderBlocked: 'Tento obsah je zablokován, protože používá soubory cookie: {categories}.',
  placeholderAllow: 'Povolit soubory cookie ({categories}) a načíst obsah',
  categories: {
    necessary: ['Nezbytné', 'Zajišťují fungování a zabezpečení webu a pamatují si tuto volbu. Vždy zapnuté.'],
    functional: ['Funkční', 'Pamatují si vaše nastavení, například jazyk nebo region, a přizpůsobují vám web.'],
    analytics: ['Analytické', 'Počítají návštěvy a ukazují, jak se web používá, abychom ho mohli zlepšovat.'],
    marketing: [
      'Marketingové',
      'Zobrazují vám relevantní reklamy a měří jejich účinnost, zde i na jiných webech. Vaše údaje přitom mohou být sdíleny s reklamními partnery.',
    ],
  },
};

export default cs;

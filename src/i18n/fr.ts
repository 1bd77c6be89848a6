import type { ConsentStrings } from './consent-strings.js';

/** French (français). */
const fr: ConsentStrings = {
  $code: 'fr',
  $dir: 'ltr',
  heading: 'Cookies sur ce site',
  message:
    'Nous utilisons des cookies nécessaires au fonctionnement de ce site. Avec votre consentement, nous utilisons aussi des cookies facultatifs pour les finalités que vous choisissez. Vous pouvez modifier votre choix à tout moment.',
  noticeMessage: 'Ce site utilise des cookies.',
  optOutMessage:
    'Nous utilisons des cookies, notamment pour la mesure d’audience et la publicité. Vous pouvez vous opposer à la vente ou au partage de vos données personnelles.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  acknowledge: 'OK',
  accept: 'Accepter',
  doNotSell: 'Ne pas vendre ni partager mes données personnelles',
  preferences: 'Préférences',
  save: 'Enregistrer mes choix',
  policy: 'En savoir plus',
  preferencesTitle: 'Préférences de confidentialité',
  preferencesIntro:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs : le site ne peut pas fonctionner sans eux. Vous pouvez modifier vos choix à tout moment.',
  reopenHint: 'Pour revenir ici, utilisez le bouton des cookies dans le coin de la page.',
  close: 'Fermer',
  settings: 'Paramètres des cookies',
  gpcHonoured:
    'Votre navigateur a envoyé un signal Global Privacy Control. Nous l’avons respecté : nous ne vendons ni ne partageons vos données personnelles.',
  cookies: 'Cookies :',
  services: { one: '{count} service', many: '{count} de services', other: '{count} services' },
  servicePolicy: 'Politique de confidentialité de {service}',
  declarationCookies: 'Cookies utilisés',
  declarationState: 'Votre choix',
  stateGranted: 'Autorisé',
  stateDenied: 'Non autorisé',
  stateUndecided: 'Pas encore décidé',
  stateAlways: 'Toujours autorisé',
  consentId: 'Identifiant de votre consentement',
  consentDate: 'Date de votre choix',
  noDecision: 'Vous n’avez pas encore fait de choix.',
  placeholderBlocked: 'Ce contenu est bloqué, car il utilise des cookies : {categories}.',
  placeholderAllow: 'Autoriser les cookies ({categories}) et charger le contenu',
  categories: {
    necessary: ['Nécessaires', 'Assurent le fonctionnement et la sécurité du site, et mémorisent ce choix. Toujours actifs.'],
    functional: ['Fonctionnels', 'Mémorisent vos paramètres, comme la langue ou la région, pour personnaliser le site.'],
    analytics: ['Mesure d’audience', 'Comptent les visites et montrent comment le site est utilisé, afin que nous puissions l’améliorer.'],
    marketing: [
      'Marketing',
      'Vous présentent des publicités pertinentes et en mesurent l’efficacité, ici et sur d’autres sites. Cela peut impliquer le partage de vos données avec des partenaires publicitaires.',
    ],
  },
};

export default fr;

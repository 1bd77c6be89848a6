import type { ConsentStrings } from './consent-strings.js';

/** Spanish (español). */
const es: ConsentStrings = {
  $code: 'es',
  $dir: 'ltr',
  heading: 'Cookies en este sitio',
  message:
    'Usamos cookies necesarias para que este sitio funcione. Con su consentimiento, también usamos cookies opcionales para las finalidades que usted elija. Puede cambiar su elección en cualquier momento.',
  noticeMessage: 'Este sitio web usa cookies.',
  optOutMessage:
    'Usamos cookies, también con fines analíticos y publicitarios. Puede oponerse a que vendamos o compartamos su información personal.',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  acknowledge: 'Entendido',
  accept: 'Aceptar',
  doNotSell: 'No vender ni compartir mi información personal',
  preferences: 'Preferencias',
  save: 'Guardar mi elección',
  policy: 'Más información',
  preferencesTitle: 'Preferencias de privacidad',
  preferencesIntro:
    'Elija qué cookies podemos usar. Las cookies necesarias están siempre activas: sin ellas, el sitio no puede funcionar. Puede cambiar su elección en cualquier momento.',
  reopenHint: 'Para volver aquí, use el botón de las cookies en la esquina de la página.',
  close: 'Cerrar',
  settings: 'Configuración de cookies',
  gpcHonoured:
    'Su navegador ha enviado una señal de Global Privacy Control. La hemos respetado: no vendemos ni compartimos su información personal.',
  cookies: 'Cookies:',
  services: { one: '{count} servicio', many: '{count} de servicios', other: '{count} servicios' },
  servicePolicy: 'Política de privacidad de {service}',
  declarationCookies: 'Cookies utilizadas',
  declarationState: 'Su elección',
  stateGranted: 'Permitido',
  stateDenied: 'No permitido',
  stateUndecided: 'Aún sin decidir',
  stateAlways: 'Siempre permitido',
  consentId: 'ID de su consentimiento',
  consentDate: 'Fecha de su elección',
  noDecision: 'Aún no ha tomado ninguna decisión.',
  placeholderBlocked: 'Este contenido está bloqueado porque usa cookies: {categories}.',
  placeholderAllow: 'Permitir cookies ({categories}) y cargar el contenido',
  categories: {
    necessary: ['Necesarias', 'Mantienen el sitio en funcionamiento y seguro, y recuerdan esta elección. Siempre activas.'],
    functional: ['Funcionales', 'Recuerdan sus ajustes, como el idioma o la región, para personalizar el sitio.'],
    analytics: ['Analíticas', 'Cuentan las visitas y muestran cómo se usa el sitio, para que podamos mejorarlo.'],
    marketing: [
      'Marketing',
      'Le muestran anuncios relevantes y miden su eficacia, aquí y en otros sitios. Esto puede suponer que sus datos se compartan con socios publicitarios.',
    ],
  },
};

export default es;

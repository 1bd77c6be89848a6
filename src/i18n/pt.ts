import type { ConsentStrings } from './consent-strings.js';

/** Portuguese (português), European: `pt`, `pt-PT` and every region but Brazil (`pt-BR.ts`). */
const pt: ConsentStrings = {
  $code: 'pt',
  $dir: 'ltr',
  heading: 'Cookies neste site',
  message:
    'Utilizamos cookies necessários para o funcionamento deste site. Com o seu consentimento, utilizamos também cookies opcionais para as finalidades que escolher. Pode alterar a sua escolha a qualquer momento.',
  noticeMessage: 'Este site utiliza cookies.',
  optOutMessage:
    'Utilizamos cookies, incluindo para fins de análise e publicidade. Pode recusar a venda ou partilha dos seus dados pessoais.',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  acknowledge: 'OK',
  accept: 'Aceitar',
  doNotSell: 'Não vender nem partilhar os meus dados pessoais',
  preferences: 'Preferências',
  save: 'Confirmar escolhas',
  policy: 'Mais informações',
  preferencesTitle: 'Preferências de privacidade',
  preferencesIntro:
    'Escolha os cookies que podemos utilizar. Os cookies necessários estão sempre ativos: o site não funciona sem eles. Pode alterar as suas escolhas a qualquer momento.',
  reopenHint: 'Para voltar aqui, utilize o botão dos cookies no canto da página.',
  close: 'Fechar',
  settings: 'Preferências de cookies',
  gpcHonoured:
    'O seu navegador enviou um sinal Global Privacy Control. Este sinal foi respeitado: não vendemos nem partilhamos os seus dados pessoais.',
  cookies: 'Cookies:',
  services: { one: '{count} serviço', many: '{count} de serviços', other: '{count} serviços' },
  servicePolicy: 'Política de privacidade de {service}',
  declarationCookies: 'Cookies utilizados',
  declarationState: 'A sua escolha',
  stateGranted: 'Permitido',
  stateDenied: 'Não permitido',
  stateUndecided: 'Ainda não decidido',
  stateAlways: 'Sempre permitido',
  consentId: 'ID do seu consentimento',
  consentDate: 'Data da sua escolha',
  noDecision: 'Ainda não fez nenhuma escolha.',
  placeholderBlocked: 'Este conteúdo está bloqueado porque utiliza cookies: {categories}.',
  placeholderAllow: 'Permitir cookies ({categories}) e carregar',
  categories: {
    necessary: [
      'Necessários',
      'Garantem o funcionamento e a segurança do site e memorizam esta escolha. Sempre ativos.',
    ],
    functional: [
      'Funcionais',
      'Memorizam as suas preferências, como o idioma ou a região, para personalizar o site.',
    ],
    analytics: [
      'Analíticos',
      'Contam as visitas e mostram como o site é utilizado, para que o possamos melhorar.',
    ],
    marketing: [
      'Marketing',
      'Mostram anúncios relevantes e medem os resultados, neste e noutros sites. Podem, assim, partilhar os seus dados com parceiros de publicidade.',
    ],
  },
};

export default pt;

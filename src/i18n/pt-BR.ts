import type { ConsentStrings } from './consent-strings.js';

/** Portuguese (português), Brazilian. European Portuguese is `pt.ts`. */
const ptBR: ConsentStrings = {
  $code: 'pt-BR',
  $dir: 'ltr',
  heading: 'Cookies neste site',
  message:
    'Usamos cookies necessários para o funcionamento deste site. Com o seu consentimento, também usamos cookies opcionais para as finalidades que você escolher. Você pode mudar sua escolha a qualquer momento.',
  noticeMessage: 'Este site usa cookies.',
  optOutMessage:
    'Usamos cookies, inclusive para análise e publicidade. Você pode se opor à venda ou ao compartilhamento dos seus dados pessoais.',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  acknowledge: 'OK',
  accept: 'Aceitar',
  doNotSell: 'Não vender nem compartilhar meus dados pessoais',
  preferences: 'Preferências',
  save: 'Salvar escolhas',
  policy: 'Saiba mais',
  preferencesTitle: 'Preferências de privacidade',
  preferencesIntro:
    'Escolha quais cookies podemos usar. Os cookies necessários estão sempre ativos: sem eles, o site não funciona. Você pode mudar suas escolhas a qualquer momento.',
  reopenHint: 'Para voltar aqui, use o botão de cookies no canto da página.',
  close: 'Fechar',
  settings: 'Configurações de cookies',
  gpcHonoured:
    'Seu navegador enviou um sinal do Global Privacy Control. Nós o respeitamos: não vendemos nem compartilhamos seus dados pessoais.',
  cookies: 'Cookies:',
  services: { one: '{count} serviço', many: '{count} de serviços', other: '{count} serviços' },
  servicePolicy: '{service}: política de privacidade',
  declarationCookies: 'Cookies usados',
  declarationState: 'Sua escolha',
  stateGranted: 'Autorizado',
  stateDenied: 'Não autorizado',
  stateUndecided: 'Ainda sem decisão',
  stateAlways: 'Sempre autorizado',
  consentId: 'Seu ID de consentimento',
  consentDate: 'Data da escolha',
  noDecision: 'Você ainda não fez uma escolha.',
  placeholderBlocked: 'Este conteúdo foi bloqueado porque usa cookies: {categories}.',
  placeholderAllow: 'Permitir cookies ({categories}) e carregar o conteúdo',
  categories: {
    necessary: ['Necessários', 'Mantêm o site funcionando com segurança e guardam esta escolha. Sempre ativos.'],
    functional: ['Funcionais', 'Lembram suas configurações, como idioma ou região, para personalizar o site.'],
    analytics: ['Análise', 'Contam as visitas e mostram como o site é usado, para que possamos melhorá-lo.'],
    marketing: [
      'Marketing',
      'Mostram anúncios relevantes e medem seus resultados, aqui e em outros sites. Com isso, seus dados podem ser compartilhados com parceiros de publicidade.',
    ],
  },
};

export default ptBR;

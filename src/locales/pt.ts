import type { KitResource } from '../i18n/fr';

/** Português europeu (European Portuguese). */
export const pt = {
  banner: {
    title: 'As suas escolhas sobre cookies',
    description:
      'Com o seu consentimento, utilizamos cookies para as finalidades descritas nas preferências. Pode mudar de ideias a qualquer momento.',
    providers: 'Ver a lista de fornecedores',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customise: 'Personalizar',
    continueWithoutAccepting: 'Continuar sem aceitar',
  },
  gpc: 'O seu navegador envia o sinal Global Privacy Control: aplicámo-lo rejeitando tudo o que requer o seu consentimento. Pode alterar esta escolha aqui.',
  preferences: {
    title: 'Preferências de cookies',
    description: 'Escolha as finalidades que aceita. Pode mudar de ideias a qualquer momento.',
    close: 'Fechar sem guardar',
    save: 'Guardar as minhas escolhas',
    alwaysOn: 'Sempre ativos',
    requiredReason: 'Indispensáveis ao sítio Web, estes cookies não requerem o seu consentimento.',
    exemptTitle: 'Isentos de consentimento',
    exemptReason:
      'Medição de audiências anónima, isenta de consentimento segundo as regras da CNIL, à qual se pode opor.',
    showCookies: 'Ver os cookies',
    providedBy: 'Fornecedor: {{provider}}',
    policy: 'Política de privacidade de {{provider}}',
    providers: 'Lista de fornecedores',
    recordId: 'Identificador da sua escolha: {{id}}',
  },
  status: {
    acceptedAll: 'Aceitou tudo. As suas escolhas foram guardadas.',
    rejectedAll: 'Rejeitou tudo. As suas escolhas foram guardadas.',
    saved: 'As suas escolhas foram guardadas.',
  },
  defaults: {
    required: {
      title: 'Cookies necessários',
      description: 'Permitem o funcionamento do sítio Web e garantem a sua segurança.',
    },
    exempt: {
      title: 'Medição de audiências anónima',
      description: 'Estatísticas de visitas anónimas, que servem apenas para melhorar este sítio Web.',
    },
  },
  trigger: 'Gerir os meus cookies',
  embed: {
    text: 'Este conteúdo é fornecido por {{provider}} ({{service}}), que instala cookies sujeitos ao seu consentimento.',
    allowOnce: 'Permitir uma vez',
    allowAlways: 'Permitir sempre',
  },
  table: {
    caption: 'Cookies utilizados neste sítio Web',
    provider: 'Fornecedor',
    service: 'Serviço e localização',
    name: 'Nome do cookie',
    purpose: 'Finalidades',
    duration: 'Duração',
    session: 'Sessão',
    ownProvider: 'Este sítio Web',
    ownService: 'As suas preferências de cookies',
    ownPurpose: 'Memoriza a escolha do utilizador relativa aos cookies',
  },
} satisfies KitResource;

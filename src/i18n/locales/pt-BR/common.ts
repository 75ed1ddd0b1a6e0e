/** Portuguese (Brazil): common (the English is ../../en/common.ts). */
import type { common } from '../../en/common.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'common.retry': 'Tentar novamente',
  'common.loading': 'Carregando…',
  'common.close': 'Fechar',
  'common.cancel': 'Cancelar',
  'common.copy': 'Copiar',
  'common.copied': 'Copiado',
  'common.none': '—',
  'common.noEndpoint': 'O {endpoint} deste componente não é uma URL http(s) utilizável: “{value}”.',
  'common.noSource':
    'Este componente não tem fonte de dados: defina o atributo {endpoint} ou coloque-o dentro de um {provider}.',
  'error.cancelled': 'A solicitação foi cancelada.',
  'error.unauthenticated': 'Sua sessão expirou. Entre novamente para ver seus créditos.',
  'error.forbidden': 'Você não tem permissão para ver isto.',
  'error.timeout':
    'O serviço de créditos demorou demais para responder. Tente novamente em instantes.',
  'error.validation': 'Alguns campos precisam de atenção.',
  'error.internal':
    'Este componente encontrou um problema próprio ao exibir seus créditos. Tente novamente; se continuar acontecendo, avise o suporte do site.',
  'error.http': 'O serviço de créditos não conseguiu responder (HTTP {status}).',
  'error.contract':
    'O serviço de créditos enviou uma resposta que esta página não consegue ler. Tente novamente; se continuar acontecendo, fale com o suporte do site.',
  'error.supportDetails': 'Detalhes para o suporte',
  'error.offline': 'Parece que você está sem internet. Verifique sua conexão e tente novamente.',
  'error.cors':
    'O serviço de créditos não respondeu a esta página. Talvez ele não aceite solicitações deste site (CORS): os desenvolvedores do serviço encontram como permiti-las no README do credits-widgets, na seção “Cross-origin APIs”.',
  'error.network':
    'Não foi possível acessar o serviço de créditos. Verifique sua conexão e tente novamente.',
  'error.emptyPages': {
    one: 'O servidor continuou enviando páginas sem linhas, cada uma apontando para outra, então o carregamento parou após {count} página vazia seguida. Se continuar acontecendo, avise o suporte do site.',
    many: 'O servidor continuou enviando páginas sem linhas, cada uma apontando para outra, então o carregamento parou após {count} páginas vazias seguidas. Se continuar acontecendo, avise o suporte do site.',
    other:
      'O servidor continuou enviando páginas sem linhas, cada uma apontando para outra, então o carregamento parou após {count} páginas vazias seguidas. Se continuar acontecendo, avise o suporte do site.',
  },
  'error.pageLimit': {
    one: 'O carregamento parou após {count} página sem chegar ao fim da lista. Se a lista for mesmo tão longa, restrinja-a com um filtro; caso contrário, avise o suporte do site.',
    many: 'O carregamento parou após {count} páginas sem chegar ao fim da lista. Se a lista for mesmo tão longa, restrinja-a com um filtro; caso contrário, avise o suporte do site.',
    other:
      'O carregamento parou após {count} páginas sem chegar ao fim da lista. Se a lista for mesmo tão longa, restrinja-a com um filtro; caso contrário, avise o suporte do site.',
  },
  'error.config':
    'Esta página define a opção {setting} dos componentes de créditos como “{value}”, o que não é permitido (deve ser um destes valores: {allowed}); por isso, nenhuma solicitação foi enviada. Isso é uma configuração da página, não um problema da sua conexão: avise o suporte do site.',
  'error.configFetch':
    'Esta página passa aos componentes de créditos uma opção {setting} do tipo {type}, o que não é permitido (deve ser uma função); por isso, nenhuma solicitação foi enviada. Isso é uma configuração da página, não um problema da sua conexão: avise o suporte do site.',
  'error.configHeaders':
    'Esta página passa aos componentes de créditos uma opção {setting} do tipo {type} que eles não conseguem usar (deve ser um objeto com nomes e valores de cabeçalhos, ou uma função que retorne um); por isso, nenhuma solicitação foi enviada. Isso é uma configuração da página, não um problema da sua conexão: avise o suporte do site.',
} satisfies AreaTranslation<typeof common>;

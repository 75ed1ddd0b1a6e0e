/** Brazilian Portuguese: the usage breakdown (the English is ../../en/breakdown.ts). */
import type { breakdown } from '../../en/breakdown.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'breakdown.title': 'Onde os créditos foram usados',
  'breakdown.loading': 'Carregando o detalhamento do uso…',
  'breakdown.groupBy': 'Agrupar por',
  'breakdown.byEvent': 'Evento',
  'breakdown.byUser': 'Usuário',
  'breakdown.byType': 'Tipo',
  'breakdown.period': 'Período',
  'breakdown.thisMonth': 'Este mês',
  'breakdown.lastMonth': 'Mês passado',
  'breakdown.lastMonths': {
    one: 'Último {count} mês',
    many: 'Últimos {count} meses',
    other: 'Últimos {count} meses',
  },
  'breakdown.custom': 'Período personalizado',
  'breakdown.from': 'De',
  'breakdown.to': 'Até',
  'breakdown.fromInvalid': 'Informe a primeira data (AAAA-MM-DD).',
  'breakdown.toInvalid': 'Informe a última data (AAAA-MM-DD).',
  'breakdown.order': 'A última data deve ser igual ou posterior à primeira.',
  'breakdown.tooLong': {
    one: 'Escolha no máximo {count} mês.',
    many: 'Escolha no máximo {count} meses.',
    other: 'Escolha no máximo {count} meses.',
  },
  'breakdown.fixRange': 'Corrija as datas para ver o detalhamento.',
  'breakdown.list': 'Créditos usados, do maior para o menor',
  'breakdown.credits': {
    one: '{count} crédito',
    many: '{count} créditos',
    other: '{count} créditos',
  },
  'breakdown.runs': {
    one: '{count} execução',
    many: '{count} execuções',
    other: '{count} execuções',
  },
  'breakdown.otherEvents': {
    one: 'Outros ({count} evento)',
    many: 'Outros ({count} eventos)',
    other: 'Outros ({count} eventos)',
  },
  'breakdown.otherUsers': {
    one: 'Outros ({count} usuário)',
    many: 'Outros ({count} usuários)',
    other: 'Outros ({count} usuários)',
  },
  'breakdown.otherTypes': {
    one: 'Outros ({count} tipo)',
    many: 'Outros ({count} tipos)',
    other: 'Outros ({count} tipos)',
  },
  'breakdown.total': 'Total',
  'breakdown.empty': 'Nenhum crédito foi usado neste período.',
  'breakdown.noEvent': 'Sem evento',
  'breakdown.system': 'Sistema',
} satisfies AreaTranslation<typeof breakdown>;

/** Portuguese (Brazil): summary (the English is ../../en/summary.ts). */
import type { summary } from '../../en/summary.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'summary.title': 'Resumo mensal de uso',
  'summary.loading': 'Carregando uso mensal…',
  'summary.trendPlaceholder': 'Analisando a tendência destes meses',
  'summary.current': 'Atual',
  'summary.usage': 'Uso',
  'summary.cardCredits': {
    zero: '{figure} créditos',
    one: '{figure} crédito',
    many: '{figure} créditos',
    other: '{figure} créditos',
  },
  'summary.transactions': 'Transações de uso',
  'summary.inProgress': 'O mês de {month} ainda não terminou: o total cresce até o fim do mês.',
  'summary.chartLabel': 'Gráfico de barras dos créditos usados por mês. {months}.',
  'summary.chartMonth': {
    zero: '{month}: {count} créditos',
    one: '{month}: {count} crédito',
    many: '{month}: {count} créditos',
    other: '{month}: {count} créditos',
  },
  'summary.chartMonthInProgress': {
    zero: '{month} (em andamento): {count} créditos',
    one: '{month} (em andamento): {count} crédito',
    many: '{month} (em andamento): {count} créditos',
    other: '{month} (em andamento): {count} créditos',
  },
  'summary.chartSeparator': '; ',
  'summary.chartDataset': 'Créditos usados',
  'summary.chartTooltip': {
    zero: '{count} créditos',
    one: '{count} crédito',
    many: '{count} créditos',
    other: '{count} créditos',
  },
  'summary.emptyTitle': {
    one: 'Nenhum crédito usado no último mês.',
    many: 'Nenhum crédito usado nos últimos {count} meses.',
    other: 'Nenhum crédito usado nos últimos {count} meses.',
  },
  'summary.topUpBeforeEvent':
    'Recarregue apenas antes do seu próximo evento; os créditos não expiram.',
  'summary.tooEarlyTitle':
    'Ainda não há meses concluídos suficientes para identificar uma tendência.',
  'summary.tooEarlyAdvice':
    'O total do mês em andamento continua aumentando até o fim do mês; compare-o com o mesmo ponto dos meses anteriores.',
  'summary.offSeasonTitle': {
    one: 'Mês vazio ({months}): baixa temporada.',
    many: 'Meses vazios ({months}): baixa temporada.',
    other: 'Meses vazios ({months}): baixa temporada.',
  },
  'summary.spikeTitle': {
    one: 'Um mês de pico: em {month}, foi usado {count} crédito, muito acima dos demais.',
    many: 'Um mês de pico: em {month}, foram usados {count} créditos, muito acima dos demais.',
    other: 'Um mês de pico: em {month}, foram usados {count} créditos, muito acima dos demais.',
  },
  'summary.spikeAdvice':
    'Isso geralmente é um único evento excepcionalmente grande: abra “Uso de créditos” para identificá-lo. Nada estrutural a mudar.',
  'summary.spikeLink': 'Abrir Uso de créditos',
  'summary.growingTitle': {
    zero: 'O uso está crescendo de forma constante, de {count} créditos em {firstMonth} para {to} em {lastMonth}.',
    one: 'O uso está crescendo de forma constante, de {count} crédito em {firstMonth} para {to} em {lastMonth}.',
    many: 'O uso está crescendo de forma constante, de {count} créditos em {firstMonth} para {to} em {lastMonth}.',
    other:
      'O uso está crescendo de forma constante, de {count} créditos em {firstMonth} para {to} em {lastMonth}.',
  },
  'summary.growingAdvice':
    'Mais eventos ou eventos maiores: verifique se o plano Pro já compensa mais do que o preço por crédito.',
  'summary.growingLink': 'Quando mudar de plano',
  'summary.flatTitle': {
    one: 'Uso estável: cerca de {count} crédito e {runs} execuções de processamento por mês.',
    many: 'Uso estável: cerca de {count} créditos e {runs} execuções de processamento por mês.',
    other: 'Uso estável: cerca de {count} créditos e {runs} execuções de processamento por mês.',
  },
  'summary.flatAdvice':
    'Uma cadência de eventos estável e bem dimensionada: continue no plano de pagamento conforme o uso.',
  'summary.variedTitle': 'O uso varia de mês para mês sem um padrão claro.',
  'summary.variedAdvice': 'Compare os meses acima com os eventos que você realizou em cada um.',
} satisfies AreaTranslation<typeof summary>;

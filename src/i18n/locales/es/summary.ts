/** Spanish: summary (the English is ../../en/summary.ts). */
import type { summary } from '../../en/summary.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'summary.title': 'Resumen de uso mensual',
  'summary.loading': 'Cargando el uso mensual…',
  'summary.trendPlaceholder': 'Analizando la tendencia de estos meses',
  'summary.current': 'Actual',
  'summary.usage': 'Uso',
  'summary.cardCredits': {
    one: '{figure} crédito',
    many: '{figure} créditos',
    other: '{figure} créditos',
  },
  'summary.transactions': 'Transacciones de uso',
  'summary.inProgress':
    'El mes de {month} aún no ha terminado: su total crece hasta que acabe el mes.',
  'summary.chartLabel': 'Gráfico de barras de los créditos usados por mes. {months}.',
  'summary.chartMonth': {
    one: '{month}: {count} crédito',
    many: '{month}: {count} créditos',
    other: '{month}: {count} créditos',
  },
  'summary.chartMonthInProgress': {
    one: '{month} (en curso): {count} crédito',
    many: '{month} (en curso): {count} créditos',
    other: '{month} (en curso): {count} créditos',
  },
  'summary.chartSeparator': '; ',
  'summary.chartDataset': 'Créditos usados',
  'summary.chartTooltip': {
    one: '{count} crédito',
    many: '{count} créditos',
    other: '{count} créditos',
  },
  'summary.emptyTitle': {
    one: 'No se usaron créditos en el último mes.',
    many: 'No se usaron créditos en los últimos {count} meses.',
    other: 'No se usaron créditos en los últimos {count} meses.',
  },
  'summary.topUpBeforeEvent': 'Recargue solo antes de su próximo evento; los créditos no expiran.',
  'summary.tooEarlyTitle': 'Aún no hay suficientes meses completos para ver una tendencia.',
  'summary.tooEarlyAdvice':
    'El total del mes en curso sigue sumando hasta que el mes termina; compárelo con el mismo momento de los meses anteriores.',
  'summary.offSeasonTitle': {
    one: 'Mes vacío ({months}): temporada baja.',
    many: 'Meses vacíos ({months}): temporada baja.',
    other: 'Meses vacíos ({months}): temporada baja.',
  },
  'summary.spikeTitle': {
    one: 'Un mes con un pico de uso: en {month} se usó {count} crédito, muy por encima de los demás.',
    many: 'Un mes con un pico de uso: en {month} se usaron {count} créditos, muy por encima de los demás.',
    other:
      'Un mes con un pico de uso: en {month} se usaron {count} créditos, muy por encima de los demás.',
  },
  'summary.spikeAdvice':
    'Suele deberse a un evento inusualmente grande: abra «Uso de créditos» para identificarlo. No hay nada estructural que cambiar.',
  'summary.spikeLink': 'Abrir Uso de créditos',
  'summary.growingTitle': {
    one: 'El uso crece de forma constante: de {count} crédito en {firstMonth} a {to} en {lastMonth}.',
    many: 'El uso crece de forma constante: de {count} créditos en {firstMonth} a {to} en {lastMonth}.',
    other:
      'El uso crece de forma constante: de {count} créditos en {firstMonth} a {to} en {lastMonth}.',
  },
  'summary.growingAdvice':
    'Más eventos o eventos más grandes: compruebe si el plan Pro ya resulta más económico que pagar por crédito.',
  'summary.growingLink': 'Cuándo mejorar el plan',
  'summary.flatTitle': {
    one: 'Uso estable: alrededor de {count} crédito y {runs} procesamientos al mes.',
    many: 'Uso estable: alrededor de {count} créditos y {runs} procesamientos al mes.',
    other: 'Uso estable: alrededor de {count} créditos y {runs} procesamientos al mes.',
  },
  'summary.flatAdvice': 'Un ritmo de eventos constante y bien dimensionado: siga con Pago por uso.',
  'summary.variedTitle': 'El uso varía de un mes a otro sin un patrón claro.',
  'summary.variedAdvice': 'Compare los meses de arriba con los eventos que realizó en cada uno.',
} satisfies AreaTranslation<typeof summary>;

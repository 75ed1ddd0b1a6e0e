/** Spanish: the usage breakdown (the English is ../../en/breakdown.ts). */
import type { breakdown } from '../../en/breakdown.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'breakdown.title': 'En qué se usaron los créditos',
  'breakdown.loading': 'Cargando el desglose de uso…',
  'breakdown.groupBy': 'Agrupar por',
  'breakdown.byEvent': 'Evento',
  'breakdown.byUser': 'Usuario',
  'breakdown.byType': 'Tipo',
  'breakdown.period': 'Periodo',
  'breakdown.thisMonth': 'Este mes',
  'breakdown.lastMonth': 'El mes pasado',
  'breakdown.lastMonths': {
    one: 'Último {count} mes',
    many: 'Últimos {count} meses',
    other: 'Últimos {count} meses',
  },
  'breakdown.custom': 'Rango personalizado',
  'breakdown.from': 'Desde',
  'breakdown.to': 'Hasta',
  'breakdown.fromInvalid': 'Introduzca la primera fecha (AAAA-MM-DD).',
  'breakdown.toInvalid': 'Introduzca la última fecha (AAAA-MM-DD).',
  'breakdown.order': 'La última fecha debe ser igual o posterior a la primera.',
  'breakdown.tooLong': {
    one: 'Elija {count} mes como máximo.',
    many: 'Elija {count} meses como máximo.',
    other: 'Elija {count} meses como máximo.',
  },
  'breakdown.fixRange': 'Corrija las fechas para ver el desglose.',
  'breakdown.list': 'Créditos usados, de mayor a menor',
  'breakdown.credits': {
    one: '{count} crédito',
    many: '{count} créditos',
    other: '{count} créditos',
  },
  'breakdown.runs': {
    one: '{count} procesamiento',
    many: '{count} procesamientos',
    other: '{count} procesamientos',
  },
  'breakdown.otherEvents': {
    one: 'Otros ({count} evento)',
    many: 'Otros ({count} eventos)',
    other: 'Otros ({count} eventos)',
  },
  'breakdown.otherUsers': {
    one: 'Otros ({count} usuario)',
    many: 'Otros ({count} usuarios)',
    other: 'Otros ({count} usuarios)',
  },
  'breakdown.otherTypes': {
    one: 'Otros ({count} tipo)',
    many: 'Otros ({count} tipos)',
    other: 'Otros ({count} tipos)',
  },
  'breakdown.total': 'Total',
  'breakdown.empty': 'No se usaron créditos en este periodo.',
  'breakdown.noEvent': 'Sin evento',
  'breakdown.system': 'Sistema',
} satisfies AreaTranslation<typeof breakdown>;

/** French: the usage breakdown (the English is ../../en/breakdown.ts). */
import type { breakdown } from '../../en/breakdown.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'breakdown.title': 'Où sont passés les crédits',
  'breakdown.loading': 'Chargement de la répartition de la consommation…',
  'breakdown.groupBy': 'Regrouper par',
  'breakdown.byEvent': 'Événement',
  'breakdown.byUser': 'Utilisateur',
  'breakdown.byType': 'Type',
  'breakdown.period': 'Période',
  'breakdown.thisMonth': 'Ce mois-ci',
  'breakdown.lastMonth': 'Le mois dernier',
  'breakdown.lastMonths': {
    one: 'Le dernier mois',
    many: 'Les {count} derniers mois',
    other: 'Les {count} derniers mois',
  },
  'breakdown.custom': 'Période personnalisée',
  'breakdown.from': 'Du',
  'breakdown.to': 'Au',
  'breakdown.fromInvalid': 'Saisissez la première date (AAAA-MM-JJ).',
  'breakdown.toInvalid': 'Saisissez la dernière date (AAAA-MM-JJ).',
  'breakdown.order': 'La dernière date doit être égale ou postérieure à la première.',
  'breakdown.tooLong': {
    one: 'Choisissez un mois au maximum.',
    many: 'Choisissez {count} mois au maximum.',
    other: 'Choisissez {count} mois au maximum.',
  },
  'breakdown.fixRange': 'Corrigez les dates pour voir la répartition.',
  'breakdown.list': 'Crédits consommés, du plus grand au plus petit',
  'breakdown.credits': {
    one: '{count} crédit',
    many: '{count} crédits',
    other: '{count} crédits',
  },
  'breakdown.runs': {
    one: '{count} traitement',
    many: '{count} traitements',
    other: '{count} traitements',
  },
  'breakdown.otherEvents': {
    one: 'Autres ({count} événement)',
    many: 'Autres ({count} événements)',
    other: 'Autres ({count} événements)',
  },
  'breakdown.otherUsers': {
    one: 'Autres ({count} utilisateur)',
    many: 'Autres ({count} utilisateurs)',
    other: 'Autres ({count} utilisateurs)',
  },
  'breakdown.otherTypes': {
    one: 'Autres ({count} type)',
    many: 'Autres ({count} types)',
    other: 'Autres ({count} types)',
  },
  'breakdown.total': 'Total',
  'breakdown.empty': 'Aucun crédit n’a été consommé pendant cette période.',
  'breakdown.noEvent': 'Aucun événement',
  'breakdown.system': 'Système',
} satisfies AreaTranslation<typeof breakdown>;

/** French: summary (the English is ../../en/summary.ts). */
import type { summary } from '../../en/summary.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'summary.title': 'Synthèse mensuelle de consommation',
  'summary.loading': 'Chargement de la consommation mensuelle…',
  'summary.trendPlaceholder': 'Analyse de la tendance de ces mois',
  'summary.current': 'En cours',
  'summary.usage': 'Consommation',
  'summary.cardCredits': {
    one: '{figure} crédit',
    many: '{figure} crédits',
    other: '{figure} crédits',
  },
  'summary.transactions': 'Transactions de consommation',
  'summary.inProgress':
    'Le mois de {month} n’est pas terminé : son total augmente jusqu’à la fin du mois.',
  'summary.chartLabel': 'Graphique en barres des crédits consommés par mois. {months}.',
  'summary.chartMonth': {
    one: '{month} : {count} crédit',
    many: '{month} : {count} crédits',
    other: '{month} : {count} crédits',
  },
  'summary.chartMonthInProgress': {
    one: '{month} (en cours) : {count} crédit',
    many: '{month} (en cours) : {count} crédits',
    other: '{month} (en cours) : {count} crédits',
  },
  'summary.chartSeparator': ' ; ',
  'summary.chartDataset': 'Crédits consommés',
  'summary.chartTooltip': {
    one: '{count} crédit',
    many: '{count} crédits',
    other: '{count} crédits',
  },
  'summary.emptyTitle': {
    one: 'Aucun crédit consommé au cours du dernier mois.',
    many: 'Aucun crédit consommé au cours des {count} derniers mois.',
    other: 'Aucun crédit consommé au cours des {count} derniers mois.',
  },
  'summary.topUpBeforeEvent':
    'Rechargez uniquement avant votre prochain événement ; les crédits n’expirent pas.',
  'summary.tooEarlyTitle': 'Pas encore assez de mois terminés pour dégager une tendance.',
  'summary.tooEarlyAdvice':
    'Le total du mois en cours continue d’augmenter jusqu’à la fin du mois ; comparez-le à la même période des mois précédents.',
  'summary.offSeasonTitle': {
    one: 'Mois sans consommation ({months}) : basse saison.',
    many: 'Mois sans consommation ({months}) : basse saison.',
    other: 'Mois sans consommation ({months}) : basse saison.',
  },
  'summary.spikeTitle': {
    one: 'Un mois de pic : en {month}, {count} crédit a été utilisé, bien au-dessus des autres.',
    many: 'Un mois de pic : en {month}, {count} crédits ont été utilisés, bien au-dessus des autres.',
    other:
      'Un mois de pic : en {month}, {count} crédits ont été utilisés, bien au-dessus des autres.',
  },
  'summary.spikeAdvice':
    'Il s’agit généralement d’un seul événement exceptionnellement important : ouvrez l’onglet « Consommation de crédits » pour l’identifier. Rien de structurel à changer.',
  'summary.spikeLink': 'Ouvrir l’onglet Consommation de crédits',
  'summary.growingTitle': {
    one: 'La consommation augmente régulièrement, de {count} crédit en {firstMonth} à {to} en {lastMonth}.',
    many: 'La consommation augmente régulièrement, de {count} crédits en {firstMonth} à {to} en {lastMonth}.',
    other:
      'La consommation augmente régulièrement, de {count} crédits en {firstMonth} à {to} en {lastMonth}.',
  },
  'summary.growingAdvice':
    'Des événements plus nombreux ou plus importants : vérifiez si la formule Pro est désormais plus avantageuse que la tarification au crédit.',
  'summary.growingLink': 'Quand passer à une formule supérieure',
  'summary.flatTitle': {
    one: 'Consommation stable : environ {count} crédit et {runs} traitements par mois.',
    many: 'Consommation stable : environ {count} crédits et {runs} traitements par mois.',
    other: 'Consommation stable : environ {count} crédits et {runs} traitements par mois.',
  },
  'summary.flatAdvice':
    'Un rythme d’événements régulier et bien dimensionné : restez sur la formule Paiement à l’usage.',
  'summary.variedTitle': 'La consommation varie d’un mois à l’autre sans tendance nette.',
  'summary.variedAdvice':
    'Comparez les mois ci-dessus avec les événements que vous avez organisés chacun de ces mois.',
} satisfies AreaTranslation<typeof summary>;

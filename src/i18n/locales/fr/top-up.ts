/** French: top-up (the English is ../../en/top-up.ts). */
import type { topUp } from '../../en/top-up.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'topUp.title': 'Acheter des crédits',
  'topUp.stepCredits': 'Étape {step} sur {steps} : choisissez les crédits',
  'topUp.stepReview': 'Étape {step} sur {steps} : vérifiez et payez',
  'topUp.continue': 'Continuer',
  'topUp.back': 'Retour',
  'topUp.paying': 'Lancement du paiement…',
  'topUp.pay': 'Payer {total}',
  'topUp.goToCheckout': 'Passer au paiement',
  'topUp.insecureCheckout':
    'La page de paiement fournie par le serveur n’est pas une adresse sécurisée (https).',
  'topUp.refused': 'Le serveur a refusé ce montant.',
  'topUp.adminsOnly':
    'Seuls les administrateurs de votre organisation peuvent acheter des crédits.',
  'topUp.choiceKept': '{error} Votre choix est conservé : appuyez sur « Payer » pour réessayer.',
  'topUp.howMany': 'Combien de crédits ?',
  'topUp.credits': { one: '{count} crédit', many: '{count} crédits', other: '{count} crédits' },
  'topUp.bundleSuits': 'Pour des événements de {from} à {to} photos',
  'topUp.another': 'Autre montant',
  'topUp.anotherSuits': 'Exactement ce qu’il faut pour votre prochain événement',
  'topUp.customLabel': 'Crédits',
  'topUp.customHint': 'Un nombre entier, au moins {min}. Les crédits n’expirent jamais.',
  'topUp.amountEmpty': 'Saisissez le nombre de crédits.',
  'topUp.amountNotWhole': 'Saisissez un nombre entier de crédits.',
  'topUp.amountTooLarge': 'Ce nombre est trop élevé.',
  'topUp.amountTooSmall': {
    one: 'Achetez au moins {count} crédit.',
    many: 'Achetez au moins {count} crédits.',
    other: 'Achetez au moins {count} crédits.',
  },
  'topUp.photosLabel': 'Photos lors de mon prochain événement',
  'topUp.suggestion': {
    one: 'De quoi couvrir cet événement plus {percent} : {count} crédit.',
    many: 'De quoi couvrir cet événement plus {percent} : {count} crédits.',
    other: 'De quoi couvrir cet événement plus {percent} : {count} crédits.',
  },
  'topUp.useSuggestion': {
    one: 'Utiliser {count} crédit',
    many: 'Utiliser {count} crédits',
    other: 'Utiliser {count} crédits',
  },
  'topUp.advice':
    'Nous vous conseillons d’acheter de quoi couvrir votre prochain événement plus {percent}.',
  'topUp.reviewCredits': 'Crédits',
  'topUp.costPerCredit': 'Coût par crédit',
  'topUp.total': 'Total',
  'topUp.shownAtCheckout': 'Affiché lors du paiement',
  'topUp.balanceAfter': 'Solde après l’achat',
  'topUp.taxes':
    'Les taxes éventuellement applicables sont ajoutées lors du paiement. Les crédits n’expirent jamais.',
} satisfies AreaTranslation<typeof topUp>;

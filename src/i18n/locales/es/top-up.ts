/** Spanish: top-up (the English is ../../en/top-up.ts). */
import type { topUp } from '../../en/top-up.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'topUp.title': 'Comprar créditos',
  'topUp.stepCredits': 'Paso {step} de {steps}: elija los créditos',
  'topUp.stepReview': 'Paso {step} de {steps}: revise y pague',
  'topUp.continue': 'Continuar',
  'topUp.back': 'Atrás',
  'topUp.paying': 'Iniciando el pago…',
  'topUp.pay': 'Pagar {total}',
  'topUp.goToCheckout': 'Ir al pago',
  'topUp.insecureCheckout':
    'La página de pago que indicó el servidor no es una dirección segura (https).',
  'topUp.refused': 'El servidor rechazó este importe.',
  'topUp.adminsOnly': 'Solo los administradores de su organización pueden comprar créditos.',
  'topUp.choiceKept':
    '{error} Se ha conservado su selección: haga clic en «Pagar» para intentarlo de nuevo.',
  'topUp.howMany': '¿Cuántos créditos?',
  'topUp.credits': { one: '{count} crédito', many: '{count} créditos', other: '{count} créditos' },
  'topUp.bundleSuits': 'Para eventos de {from} a {to} fotos',
  'topUp.another': 'Otra cantidad',
  'topUp.anotherSuits': 'Exactamente los que necesita su próximo evento',
  'topUp.customLabel': 'Créditos',
  'topUp.customHint': 'Un número entero, {min} como mínimo. Los créditos nunca expiran.',
  'topUp.amountEmpty': 'Indique la cantidad de créditos.',
  'topUp.amountNotWhole': 'Indique un número entero de créditos.',
  'topUp.amountTooLarge': 'Ese número es demasiado grande.',
  'topUp.amountTooSmall': {
    one: 'Compre al menos {count} crédito.',
    many: 'Compre al menos {count} créditos.',
    other: 'Compre al menos {count} créditos.',
  },
  'topUp.photosLabel': 'Fotos en mi próximo evento',
  'topUp.suggestion': {
    one: 'Suficiente para ese evento más un {percent}: {count} crédito.',
    many: 'Suficiente para ese evento más un {percent}: {count} créditos.',
    other: 'Suficiente para ese evento más un {percent}: {count} créditos.',
  },
  'topUp.useSuggestion': {
    one: 'Usar {count} crédito',
    many: 'Usar {count} créditos',
    other: 'Usar {count} créditos',
  },
  'topUp.advice': 'Le recomendamos comprar lo suficiente para su próximo evento más un {percent}.',
  'topUp.reviewCredits': 'Créditos',
  'topUp.costPerCredit': 'Precio por crédito',
  'topUp.total': 'Total',
  'topUp.shownAtCheckout': 'Se muestra al pagar',
  'topUp.balanceAfter': 'Saldo después de la compra',
  'topUp.taxes':
    'Los impuestos, cuando correspondan, se añaden al pagar. Los créditos nunca expiran.',
} satisfies AreaTranslation<typeof topUp>;

/** Portuguese (Brazil): top-up (the English is ../../en/top-up.ts). */
import type { topUp } from '../../en/top-up.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'topUp.title': 'Comprar créditos',
  'topUp.stepCredits': 'Etapa {step} de {steps}: escolha os créditos',
  'topUp.stepReview': 'Etapa {step} de {steps}: revise e pague',
  'topUp.continue': 'Continuar',
  'topUp.back': 'Voltar',
  'topUp.paying': 'Iniciando o pagamento…',
  'topUp.pay': 'Pagar {total}',
  'topUp.goToCheckout': 'Ir para o pagamento',
  'topUp.insecureCheckout':
    'A página de pagamento informada pelo servidor não é um endereço seguro (https).',
  'topUp.refused': 'O servidor recusou este valor.',
  'topUp.adminsOnly': 'Somente administradores da sua organização podem comprar créditos.',
  'topUp.choiceKept': '{error} Sua escolha foi mantida: clique em “Pagar” para tentar novamente.',
  'topUp.howMany': 'Quantos créditos?',
  'topUp.credits': { one: '{count} crédito', many: '{count} créditos', other: '{count} créditos' },
  'topUp.bundleSuits': 'Para eventos de {from} a {to} fotos',
  'topUp.another': 'Outra quantidade',
  'topUp.anotherSuits': 'Exatamente quantos seu próximo evento precisa',
  'topUp.customLabel': 'Créditos',
  'topUp.customHint': 'Um número inteiro, no mínimo {min}. Os créditos nunca expiram.',
  'topUp.amountEmpty': 'Informe a quantidade de créditos.',
  'topUp.amountNotWhole': 'Informe um número inteiro de créditos.',
  'topUp.amountTooLarge': 'Esse número é grande demais.',
  'topUp.amountTooSmall': {
    one: 'Compre pelo menos {count} crédito.',
    many: 'Compre pelo menos {count} créditos.',
    other: 'Compre pelo menos {count} créditos.',
  },
  'topUp.photosLabel': 'Fotos no meu próximo evento',
  'topUp.suggestion': {
    one: 'Suficiente para esse evento mais {percent}: {count} crédito.',
    many: 'Suficiente para esse evento mais {percent}: {count} créditos.',
    other: 'Suficiente para esse evento mais {percent}: {count} créditos.',
  },
  'topUp.useSuggestion': {
    one: 'Usar {count} crédito',
    many: 'Usar {count} créditos',
    other: 'Usar {count} créditos',
  },
  'topUp.advice': 'A recomendação é comprar o suficiente para o seu próximo evento mais {percent}.',
  'topUp.reviewCredits': 'Créditos',
  'topUp.costPerCredit': 'Custo por crédito',
  'topUp.total': 'Total',
  'topUp.shownAtCheckout': 'Exibido no pagamento',
  'topUp.balanceAfter': 'Saldo após a compra',
  'topUp.taxes':
    'Impostos, quando aplicáveis, são adicionados no pagamento. Os créditos nunca expiram.',
} satisfies AreaTranslation<typeof topUp>;

/** Portuguese (Brazil): alerts (the English is ../../en/alerts.ts). */
import type { alerts } from '../../en/alerts.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'alerts.title': 'Alertas de créditos',
  'alerts.loading': 'Carregando os alertas…',
  'alerts.lowBalance': 'Alerta de saldo baixo',
  'alerts.lowBalanceRule': {
    one: 'Quando o saldo ficar abaixo de {count} crédito',
    many: 'Quando o saldo ficar abaixo de {count} créditos',
    other: 'Quando o saldo ficar abaixo de {count} créditos',
  },
  'alerts.runway': 'Alerta de duração',
  'alerts.runwayRule': {
    one: 'Quando os créditos forem durar menos de {count} dia no ritmo recente',
    many: 'Quando os créditos forem durar menos de {count} dias no ritmo recente',
    other: 'Quando os créditos forem durar menos de {count} dias no ritmo recente',
  },
  'alerts.equivalent': {
    one: 'No ritmo recente, isso equivale hoje a cerca de {count} crédito.',
    many: 'No ritmo recente, isso equivale hoje a cerca de {count} créditos.',
    other: 'No ritmo recente, isso equivale hoje a cerca de {count} créditos.',
  },
  'alerts.noPace': 'Ainda não há histórico de uso suficiente para dizer isso em créditos.',
  'alerts.on': 'Ativado',
  'alerts.off': 'Desativado',
  'alerts.allOff':
    'Os dois alertas estão desativados: ninguém recebe e-mail antes de os créditos acabarem.',
  'alerts.recipients': 'Destinatários',
  'alerts.noRecipients': 'Ninguém ainda',
  'alerts.lastSent': 'Último alerta enviado',
  'alerts.never': 'Nunca',
  'alerts.threshold': 'Saldo abaixo de (créditos)',
  'alerts.days': 'Créditos duram menos de (dias)',
  'alerts.recipient': 'Destinatário {index}',
  'alerts.remove': 'Remover',
  'alerts.removeRecipient': 'Remover o destinatário {index}',
  'alerts.add': 'Adicionar destinatário',
  'alerts.recipientsHint': {
    one: 'Até {count} endereço de e-mail.',
    many: 'Até {count} endereços de e-mail.',
    other: 'Até {count} endereços de e-mail.',
  },
  'alerts.recipientsFull': {
    one: 'No máximo {count} destinatário: remova um para adicionar outro.',
    many: 'No máximo {count} destinatários: remova um para adicionar outro.',
    other: 'No máximo {count} destinatários: remova um para adicionar outro.',
  },
  'alerts.numberEmpty': 'Informe um número.',
  'alerts.notWhole': 'Informe um número inteiro.',
  'alerts.tooLarge': 'Esse número é grande demais.',
  'alerts.daysRange': 'Informe um número de dias entre {min} e {max}.',
  'alerts.emailEmpty': 'Informe um endereço de e-mail ou remova este destinatário.',
  'alerts.emailInvalid': 'Informe um endereço de e-mail como nome@example.com.',
  'alerts.emailDuplicate': 'Este endereço já está na lista.',
  'alerts.recipientsNeeded': 'Adicione alguém para receber os alertas ou desative os dois alertas.',
  'alerts.fixFirst': 'Alguns campos precisam de atenção: nada foi salvo.',
  'alerts.otherField': '{field}: {message}',
  'alerts.save': 'Salvar',
  'alerts.saving': 'Salvando…',
  'alerts.saved': 'Alertas salvos.',
} satisfies AreaTranslation<typeof alerts>;

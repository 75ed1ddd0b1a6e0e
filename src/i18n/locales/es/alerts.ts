/** Spanish: alerts (the English is ../../en/alerts.ts). */
import type { alerts } from '../../en/alerts.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'alerts.title': 'Alertas de créditos',
  'alerts.loading': 'Cargando las alertas…',
  'alerts.lowBalance': 'Alerta de saldo bajo',
  'alerts.lowBalanceRule': {
    one: 'Cuando el saldo baje de {count} crédito',
    many: 'Cuando el saldo baje de {count} créditos',
    other: 'Cuando el saldo baje de {count} créditos',
  },
  'alerts.runway': 'Alerta de duración',
  'alerts.runwayRule': {
    one: 'Cuando los créditos vayan a durar menos de {count} día al ritmo reciente',
    many: 'Cuando los créditos vayan a durar menos de {count} días al ritmo reciente',
    other: 'Cuando los créditos vayan a durar menos de {count} días al ritmo reciente',
  },
  'alerts.equivalent': {
    one: 'Al ritmo reciente, hoy eso equivale a unos {count} crédito.',
    many: 'Al ritmo reciente, hoy eso equivale a unos {count} créditos.',
    other: 'Al ritmo reciente, hoy eso equivale a unos {count} créditos.',
  },
  'alerts.noPace': 'Aún no hay suficiente historial de uso para expresarlo en créditos.',
  'alerts.on': 'Activada',
  'alerts.off': 'Desactivada',
  'alerts.allOff':
    'Las dos alertas están desactivadas: nadie recibe un correo antes de que se agoten los créditos.',
  'alerts.recipients': 'Destinatarios',
  'alerts.noRecipients': 'Nadie todavía',
  'alerts.lastSent': 'Última alerta enviada',
  'alerts.never': 'Nunca',
  'alerts.threshold': 'Saldo inferior a (créditos)',
  'alerts.days': 'Los créditos duran menos de (días)',
  'alerts.recipient': 'Destinatario {index}',
  'alerts.remove': 'Quitar',
  'alerts.removeRecipient': 'Quitar el destinatario {index}',
  'alerts.add': 'Añadir destinatario',
  'alerts.recipientsHint': {
    one: 'Hasta {count} dirección de correo.',
    many: 'Hasta {count} direcciones de correo.',
    other: 'Hasta {count} direcciones de correo.',
  },
  'alerts.recipientsFull': {
    one: 'Como máximo {count} destinatario: quite uno para añadir otro.',
    many: 'Como máximo {count} destinatarios: quite uno para añadir otro.',
    other: 'Como máximo {count} destinatarios: quite uno para añadir otro.',
  },
  'alerts.numberEmpty': 'Indique un número.',
  'alerts.notWhole': 'Indique un número entero.',
  'alerts.tooLarge': 'Ese número es demasiado grande.',
  'alerts.daysRange': 'Indique un número de días entre {min} y {max}.',
  'alerts.emailEmpty': 'Indique una dirección de correo o quite este destinatario.',
  'alerts.emailInvalid': 'Indique una dirección de correo como nombre@example.com.',
  'alerts.emailDuplicate': 'Esta dirección ya está en la lista.',
  'alerts.recipientsNeeded': 'Añada a alguien que reciba las alertas, o desactive las dos alertas.',
  'alerts.fixFirst': 'Hay campos que revisar: no se ha guardado nada.',
  'alerts.otherField': '{field}: {message}',
  'alerts.save': 'Guardar',
  'alerts.saving': 'Guardando…',
  'alerts.saved': 'Alertas guardadas.',
} satisfies AreaTranslation<typeof alerts>;

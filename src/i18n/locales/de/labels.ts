/** German: labels (the English is ../../en/labels.ts). */
import type { labels } from '../../en/labels.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'type.photo_processing': 'Fotoverarbeitung',
  'type.ai_image_rotation': 'KI-Bilddrehung',
  'type.purchase': 'Kauf',
  'type.free_credits': 'Gratis-Credits',
  'type.admin_grant': 'Admin-Gutschrift',
  'type.refund': 'Erstattung',
  'addition.purchase': 'Eine bezahlte Aufladung.',
  'addition.free_credits':
    'Während der Testphase gewährte Gratis-Credits. Sie werden mit bezahlten Credits zu einem Guthaben zusammengefasst.',
  'addition.admin_grant': 'Von Mitarbeitern gutgeschriebene Credits. Es fand keine Zahlung statt.',
  'addition.refund': 'Dem Guthaben wieder gutgeschriebene Credits.',
  'addition.other': 'Hinzugefügte Credits: {type}.',
  'paymentType.credits': 'Credits',
  'paymentType.subscription': 'Abonnement',
  'paymentType.custom': 'Individuelle Zahlung',
  'paymentStatus.completed': 'Abgeschlossen',
  'paymentStatus.completed.note':
    'Bezahlt: Die Credits wurden gutgeschrieben bzw. der Tarif wurde aktiviert.',
  'paymentStatus.pending': 'Ausstehend',
  'paymentStatus.pending.note':
    'Der Zahlungsanbieter hat die Zahlung noch nicht bestätigt; das dauert in der Regel nur wenige Minuten. „Erneut prüfen“ fragt beim Zahlungsanbieter noch einmal nach.',
  'paymentStatus.abandoned': 'Abgebrochen',
  'paymentStatus.abandoned.note':
    'Das Zahlungsfenster wurde geschlossen oder abgebrochen. Es wurde nichts berechnet.',
  'paymentStatus.failed': 'Fehlgeschlagen',
  'paymentStatus.failed.note':
    'Der Zahlungsanbieter hat gemeldet, dass die Zahlung fehlgeschlagen ist.',
  'detail.gateway': 'Zahlungsanbieter',
  'detail.paymentId': 'Zahlungs-ID',
  'detail.orderId': 'Bestell-ID',
  'detail.invoiceNumber': 'Rechnungsnummer',
} satisfies AreaTranslation<typeof labels>;

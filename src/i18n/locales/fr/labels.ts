/** French: labels (the English is ../../en/labels.ts). */
import type { labels } from '../../en/labels.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'type.photo_processing': 'Traitement de photos',
  'type.ai_image_rotation': 'Rotation d’image par IA',
  'type.purchase': 'Achat',
  'type.free_credits': 'Crédits gratuits',
  'type.admin_grant': 'Attribution administrateur',
  'type.refund': 'Remboursement',
  'addition.purchase': 'Une recharge payante.',
  'addition.free_credits':
    'Crédits gratuits accordés pendant la période d’essai. Ils s’ajoutent aux crédits payants dans un solde unique.',
  'addition.admin_grant': 'Crédits attribués par notre équipe. Aucun paiement n’a eu lieu.',
  'addition.refund': 'Crédits restitués au solde.',
  'addition.other': 'Crédits ajoutés : {type}.',
  'paymentType.credits': 'Crédits',
  'paymentType.subscription': 'Abonnement',
  'paymentType.custom': 'Paiement personnalisé',
  'paymentStatus.completed': 'Effectué',
  'paymentStatus.completed.note': 'Payé : les crédits ont été ajoutés ou la formule activée.',
  'paymentStatus.pending': 'En attente',
  'paymentStatus.pending.note':
    'La passerelle ne l’a pas encore confirmé ; cela prend généralement quelques minutes. « Vérifier à nouveau » interroge de nouveau la passerelle.',
  'paymentStatus.abandoned': 'Abandonné',
  'paymentStatus.abandoned.note':
    'La fenêtre de paiement a été fermée ou annulée. Aucun montant n’a été débité.',
  'paymentStatus.failed': 'Échec',
  'paymentStatus.failed.note': 'La passerelle a signalé l’échec du paiement.',
  'detail.gateway': 'Passerelle',
  'detail.paymentId': 'ID de paiement',
  'detail.orderId': 'ID de commande',
  'detail.invoiceNumber': 'Numéro de facture',
} satisfies AreaTranslation<typeof labels>;

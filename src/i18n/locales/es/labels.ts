/** Spanish: labels (the English is ../../en/labels.ts). */
import type { labels } from '../../en/labels.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'type.photo_processing': 'Procesamiento de fotos',
  'type.ai_image_rotation': 'Rotación de imágenes con IA',
  'type.purchase': 'Compra',
  'type.free_credits': 'Créditos gratuitos',
  'type.admin_grant': 'Asignación del administrador',
  'type.refund': 'Reembolso',
  'addition.purchase': 'Una recarga pagada.',
  'addition.free_credits':
    'Créditos gratuitos otorgados durante el período de prueba. Se suman a los créditos pagados en un único saldo.',
  'addition.admin_grant': 'Créditos aplicados por el personal. No hubo ningún pago.',
  'addition.refund': 'Créditos devueltos al saldo.',
  'addition.other': 'Créditos añadidos: {type}.',
  'paymentType.credits': 'Créditos',
  'paymentType.subscription': 'Suscripción',
  'paymentType.custom': 'Pago personalizado',
  'paymentStatus.completed': 'Completado',
  'paymentStatus.completed.note': 'Pagado: se añadieron los créditos o se activó el plan.',
  'paymentStatus.pending': 'Pendiente',
  'paymentStatus.pending.note':
    'La pasarela aún no lo ha confirmado; suele tardar unos minutos. «Verificar de nuevo» vuelve a consultar a la pasarela.',
  'paymentStatus.abandoned': 'Abandonado',
  'paymentStatus.abandoned.note':
    'La ventana de pago se cerró o se canceló. No se realizó ningún cargo.',
  'paymentStatus.failed': 'Fallido',
  'paymentStatus.failed.note': 'La pasarela indicó que el pago falló.',
  'detail.gateway': 'Pasarela',
  'detail.paymentId': 'ID de pago',
  'detail.orderId': 'ID de pedido',
  'detail.invoiceNumber': 'Número de factura',
} satisfies AreaTranslation<typeof labels>;

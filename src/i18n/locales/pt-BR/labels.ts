/** Portuguese (Brazil): labels (the English is ../../en/labels.ts). */
import type { labels } from '../../en/labels.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'type.photo_processing': 'Processamento de fotos',
  'type.ai_image_rotation': 'Rotação de imagem por IA',
  'type.purchase': 'Compra',
  'type.free_credits': 'Créditos gratuitos',
  'type.admin_grant': 'Concessão do administrador',
  'type.refund': 'Reembolso',
  'addition.purchase': 'Uma recarga paga.',
  'addition.free_credits':
    'Créditos gratuitos concedidos durante o período de teste. Eles se somam aos créditos pagos em um único saldo.',
  'addition.admin_grant': 'Créditos aplicados pela equipe. Não houve pagamento.',
  'addition.refund': 'Créditos devolvidos ao saldo.',
  'addition.other': 'Créditos adicionados: {type}.',
  'paymentType.credits': 'Créditos',
  'paymentType.subscription': 'Assinatura',
  'paymentType.custom': 'Pagamento personalizado',
  'paymentStatus.completed': 'Concluído',
  'paymentStatus.completed.note': 'Pago: os créditos foram adicionados ou o plano foi ativado.',
  'paymentStatus.pending': 'Pendente',
  'paymentStatus.pending.note':
    'O processador de pagamento ainda não o confirmou; isso costuma levar alguns minutos. “Verificar novamente” consulta o processador outra vez.',
  'paymentStatus.abandoned': 'Abandonado',
  'paymentStatus.abandoned.note':
    'A janela de pagamento foi fechada ou cancelada. Nada foi cobrado.',
  'paymentStatus.failed': 'Falhou',
  'paymentStatus.failed.note': 'O processador de pagamento informou que o pagamento falhou.',
  'detail.gateway': 'Processador de pagamento',
  'detail.paymentId': 'ID do pagamento',
  'detail.orderId': 'ID do pedido',
  'detail.invoiceNumber': 'Número da fatura',
} satisfies AreaTranslation<typeof labels>;

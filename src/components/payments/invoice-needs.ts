import type { BillingDetails } from '../../api/types.js';
import type { MessageKey } from '../../i18n/keys.js';

/**
 * What an invoice prints of the billing details, as the payments table reads them: who it is
 * billed to (a company or a person), the email it is sent to, and a postal address (a first
 * line, a city and a country; postal codes and regions are not written everywhere). The tax ID
 * is optional (contract). The server decides when an invoice is issued; this only lets a row
 * waiting for billing details say which of them it lacks.
 */
export type InvoiceNeed = 'name' | 'email' | 'address';

const filled = (value: string | undefined) => !!value?.trim();

/** The parts of `details` an invoice still lacks, in the order the form asks for them. */
export function invoiceNeeds(details: BillingDetails): InvoiceNeed[] {
  const a = details.address ?? {};
  const needs: InvoiceNeed[] = [];
  if (!filled(details.companyName) && !filled(details.name)) needs.push('name');
  if (!filled(details.email)) needs.push('email');
  if (!filled(a.line1) || !filled(a.city) || !filled(a.country)) needs.push('address');
  return needs;
}

/** The words of each need, as the object of "Invoice needs …". */
export const NEED_WORDS: Readonly<Record<InvoiceNeed, MessageKey>> = {
  name: 'payments.needsName',
  email: 'payments.needsEmail',
  address: 'payments.needsAddress',
};

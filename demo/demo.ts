// The demo's glue: scenario switching (an endpoint change) and a log of the widgets' events.
const log = document.querySelector<HTMLElement>('#log')!;
const widgets = () =>
  document.querySelectorAll<HTMLElement & { endpoint: string }>(
    'credits-balance, credits-monthly-summary, credits-usage-table, credits-purchase-history, credits-subscription, credits-billing',
  );

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="scenario"]')) {
  radio.addEventListener('change', () => {
    for (const el of widgets()) el.endpoint = radio.value;
  });
}

document.addEventListener('credits-purchase', (e) => {
  e.preventDefault();
  log.textContent = `credits-purchase (balance ${e.detail.available}): a host opens its top-up flow here.`;
});
document.addEventListener('credits-view-billing', (e) => {
  e.preventDefault();
  log.textContent = 'credits-view-billing: a host switches to Billing & Transactions here.';
});
document.addEventListener('credits-error', (e) => {
  log.textContent = `credits-error (${e.detail.error.kind}): ${e.detail.message}`;
});
document.addEventListener('credits-edit-billing', () => {
  log.textContent =
    'credits-edit-billing: the billing details form opens (cancel the event to show your own).';
});
document.addEventListener('credits-event-open', (e) => {
  log.textContent = `credits-event-open: event ${e.detail.eventId} (${e.detail.eventName}).`;
});

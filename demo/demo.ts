// The demo's glue: scenario switching (an endpoint change) and a log of the widgets' events.
const log = document.querySelector<HTMLElement>('#log')!;
const widgets = () =>
  document.querySelectorAll<HTMLElement & { endpoint: string }>(
    'credits-balance, credits-monthly-summary, credits-usage-table, credits-purchase-history, credits-subscription, credits-billing, credits-dashboard, credits-alerts, credits-usage-breakdown',
  );

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="scenario"]')) {
  radio.addEventListener('change', () => {
    for (const el of widgets()) el.endpoint = radio.value;
  });
}

// The role switches the dashboard's admin attribute (the standalone examples keep theirs).
const dashboard = document.querySelector('#dashboard')!;
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="role"]')) {
  radio.addEventListener('change', () =>
    dashboard.toggleAttribute('admin', radio.value === 'admin'),
  );
}

document.addEventListener('credits-tab-change', (e) => {
  log.textContent = `credits-tab-change: ${e.detail.tab}.`;
});
document.addEventListener('credits-purchase', (e) => {
  log.textContent = `credits-purchase (balance ${e.detail.available}): the top-up dialog opens (cancel the event to open your own).`;
});
document.addEventListener('credits-checkout', (e) => {
  // The demo stays here instead of going to the (made-up) checkout page.
  e.preventDefault();
  log.textContent = `credits-checkout: order ${e.detail.orderId}, the page would now go to ${e.detail.checkoutUrl}.`;
});
document.addEventListener('credits-view-billing', (e) => {
  // Inside the dashboard, View Billing opens its own tab; a standalone balance leaves it to us.
  if ((e.target as Element).closest('credits-dashboard')) return;
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

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CreditsAlerts } from '../src/components/alerts/credits-alerts.js';
import { creditsForDays } from '../src/components/balance/runway.js';
import '../src/index.js';
import * as fx from './fixtures.js';
import { $, $$, has, text } from './helpers/dom.js';
import { fakeServer, restoreFetch, type FakeServer, type Route } from './helpers/fake-server.js';
import { expectAccessibleInEveryScheme } from './helpers/schemes.js';
import './helpers/setup.js';
import { runStateTests } from './shared/element-states.js';

const states = {
  tag: 'credits-alerts',
  title: 'Credit alerts',
  route: 'GET /alerts',
  data: fx.alerts,
  empty: {
    body: fx.alertsOff,
    says: 'Both alerts are off: no one is e-mailed before the credits run out.',
  },
  broken: {
    body: { ...fx.alerts, runway: { enabled: true } },
    issue: 'runway.days is missing',
  },
  method: 'getAlerts' as const,
  routes: { 'GET /usage/monthly': { body: fx.monthly } },
};
runStateTests({ ...states, dataSelector: '[part~="rules"]' });
runStateTests({ ...states, attrs: { admin: '' }, dataSelector: '[part~="form"]' });

const serve = (extra: Record<string, Route> = {}) =>
  fakeServer({
    'GET /alerts': { body: fx.alerts },
    'GET /usage/monthly': { body: fx.monthly },
    ...extra,
  });

async function mount(server: FakeServer, attrs = '', locale = 'en-US'): Promise<CreditsAlerts> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = `<credits-alerts endpoint="${server.endpoint}" locale="${locale}" ${attrs}></credits-alerts>`;
  const el = holder.firstElementChild as CreditsAlerts;
  await waitUntil(
    () => $(el, '[part~="base"]')?.getAttribute('aria-busy') === 'false',
    'never loaded',
  );
  return el;
}

const input = (el: Element, selector: string) => $(el, selector) as HTMLInputElement;
const recipients = (el: Element) => $$(el, '.recipient input') as HTMLInputElement[];
const button = (el: Element, label: string) =>
  $$(el, 'button').find((b) => text(b) === label) as HTMLButtonElement | undefined;
/** The message beside a control, through its aria-describedby. */
const messageOf = (el: Element, control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => el.shadowRoot!.getElementById(id))
    .filter((n) => n?.classList.contains('field-error'))
    .map(text)
    .join(' ');

async function type(el: CreditsAlerts, control: HTMLInputElement, value: string): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function flip(el: CreditsAlerts, id: 'lowOn' | 'runwayOn'): Promise<void> {
  input(el, `#${id}`).click();
  await el.updateComplete;
}

async function save(el: CreditsAlerts): Promise<void> {
  button(el, 'Save')!.click();
  await el.updateComplete;
}

describe('<credits-alerts>', () => {
  afterEach(restoreFetch);

  it('passes axe with its form open, and with messages beside the fields', async () => {
    const el = await mount(serve(), 'admin');
    await expectAccessibleInEveryScheme(el, 'the form');
    await type(el, recipients(el)[0]!, 'not an address');
    await type(el, input(el, '#days'), '120');
    await expectAccessibleInEveryScheme(el, 'the form with messages');
  });

  it('reads to non-admins: both alerts in words, the recipients, the last one sent; no inputs', async () => {
    const el = await mount(serve());
    expect($$(el, 'input, select, textarea, form')).to.have.length(0);
    const rules = $$(el, '.rule-view').map(text);
    expect(rules[0]).to.equal('Low-balance alert On When the balance falls below 1,500 credits');
    expect(rules[1]).to.contain(
      'Runway alert On When the credits will last fewer than 7 days at the recent pace',
    );
    expect($$(el, '.addresses li').map(text)).to.deep.equal([
      'billing@lumen.example',
      'asha.verma@lumen.example',
    ]);
    const time = $(el, '.last-sent time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-11-01T09:00:00Z');
    expect(text(time)).to.equal(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(
        new Date(fx.alerts.lastSentAt),
      ),
    );
  });

  it('says words and numbers in the locale: German', async () => {
    const el = await mount(serve(), '', 'de-DE');
    const rules = $$(el, '.rule-view').map(text);
    expect(rules[0]).to.equal(
      'Warnung bei niedrigem Guthaben An Wenn das Guthaben unter 1.500 Credits fällt',
    );
    expect(rules[1]).to.contain('weniger als 7 Tage reichen');
    expect(rules[1]).to.contain('etwa 689 Credits');
    expect(text($(el, '.last-sent dt'))).to.equal('Zuletzt gesendet');
  });

  it('gives the runway alert its credits today from the monthly usage the runway line uses', async () => {
    const server = serve();
    const el = await mount(server);
    // Finished months 3,120 and 2,875: 2,997.5 a month; 7 days of it.
    expect(
      creditsForDays(
        7,
        fx.monthly.months.map((m) => ({ current: false, ...m })),
      ),
    ).to.equal(689);
    await waitUntil(() => text($$(el, '.rule-view')[1]).includes('about'));
    expect(text($$(el, '.rule-view')[1])).to.contain(
      'At the recent pace, that is about 689 credits today.',
    );
    expect(server.callsTo('GET /usage/monthly')[0]!.url.searchParams.get('months')).to.equal('4');
  });

  it('says there is too little history for credits today when fewer than two months are finished', async () => {
    const short = { months: [{ month: '2026-11', credits: 950, transactions: 5, current: true }] };
    const el = await mount(serve({ 'GET /usage/monthly': { body: short } }));
    await waitUntil(() => !text($$(el, '.rule-view')[1]).includes('about'));
    expect(text($$(el, '.rule-view')[1])).to.contain(
      'Too little usage history yet to say what that is in credits.',
    );
  });

  it('leaves the credits today out when the monthly usage cannot be loaded, firing no error', async () => {
    let errors = 0;
    const count = () => (errors += 1);
    document.addEventListener('credits-error', count);
    try {
      const el = await mount(serve({ 'GET /usage/monthly': fx.errorReply(503, 'Busy') }));
      await waitUntil(() => !has(el, '.rule-view .skeleton-text'));
      expect(text($$(el, '.rule-view')[1])).not.to.match(/about|history/);
      expect(has(el, '[role="alert"]')).to.be.false;
      expect(errors).to.equal(0);
    } finally {
      document.removeEventListener('credits-error', count);
    }
  });

  it('says "Never" when no alert was ever sent, and who is told when no one is', async () => {
    const el = await mount(serve({ 'GET /alerts': { body: fx.alertsOff } }));
    expect(text($(el, '.last-sent dd'))).to.equal('Never');
    expect(has(el, '.last-sent time')).to.be.false;
    expect(text($$(el, '.meta dd')[0])).to.equal('No one yet');
  });

  it('gives admins real switches, whole-number fields and the recipients, filled from the server', async () => {
    const el = await mount(serve(), 'admin');
    const low = input(el, '#lowOn');
    expect([low.type, low.getAttribute('role'), low.checked]).to.deep.equal([
      'checkbox',
      'switch',
      true,
    ]);
    expect(text(el.shadowRoot!.querySelector('label[for="lowOn"]'))).to.equal('Low-balance alert');
    expect(input(el, '#threshold').value).to.equal('1,500');
    expect(input(el, '#days').value).to.equal('7');
    expect(recipients(el).map((r) => r.value)).to.deep.equal(fx.alerts.recipients);
    expect(text($(el, '#days-hint'))).to.equal(
      'At the recent pace, that is about 689 credits today.',
    );
    await type(el, input(el, '#days'), '14');
    expect(text($(el, '#days-hint'))).to.contain('about 1,379 credits');
  });

  it('switches with the keyboard: Space turns an alert off and says so to assistive technology', async () => {
    const el = await mount(serve(), 'admin');
    const low = input(el, '#lowOn');
    low.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(low.checked).to.be.false;
    expect(low.getAttribute('aria-checked')).to.equal('false');
  });

  it('checks each recipient as an e-mail address as it is typed', async () => {
    const el = await mount(serve(), 'admin');
    const second = recipients(el)[1]!;
    await type(el, second, 'asha.verma@');
    expect(second.getAttribute('aria-invalid')).to.equal('true');
    expect(messageOf(el, second)).to.equal('Enter an e-mail address such as name@example.com.');
    await type(el, second, 'asha.verma@lumen.example');
    expect(second.getAttribute('aria-invalid')).to.equal('false');
    expect(messageOf(el, second)).to.equal('');
  });

  it('checks the threshold (a whole number, 0 or more) and the days (1 to 90) as they are typed', async () => {
    const el = await mount(serve(), 'admin');
    const threshold = input(el, '#threshold');
    await type(el, threshold, '12.5');
    expect(messageOf(el, threshold)).to.equal('Enter a whole number.');
    await type(el, threshold, '-3');
    expect(messageOf(el, threshold)).to.equal('Enter a whole number.');
    await type(el, threshold, '0');
    expect(threshold.getAttribute('aria-invalid')).to.equal('false');
    const days = input(el, '#days');
    await type(el, days, '91');
    expect(messageOf(el, days)).to.equal('Enter a number of days from 1 to 90.');
    await type(el, days, '0');
    expect(messageOf(el, days)).to.equal('Enter a number of days from 1 to 90.');
    await type(el, days, '90');
    expect(days.getAttribute('aria-invalid')).to.equal('false');
  });

  it('adds a recipient with its input focused, and refuses an 11th', async () => {
    const el = await mount(serve(), 'admin');
    for (let n = 3; n <= 10; n++) {
      button(el, 'Add recipient')!.click();
      await waitUntil(() => recipients(el).length === n);
      await waitUntil(() => el.shadowRoot!.activeElement === recipients(el)[n - 1]);
      await type(el, recipients(el)[n - 1]!, `person${n}@lumen.example`);
    }
    const add = button(el, 'Add recipient')!;
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    add.click();
    await el.updateComplete;
    expect(recipients(el)).to.have.length(10);
    expect(text($(el, '#recipients-hint'))).to.equal(
      'At most 10 recipients: remove one to add another.',
    );
  });

  it('moves the focus on removal to the recipient taking its place, else the one before, else Add', async () => {
    const el = await mount(serve(), 'admin');
    const removeButtons = () => $$(el, '.recipient button') as HTMLButtonElement[];
    expect(removeButtons()[0]!.getAttribute('aria-label')).to.equal('Remove recipient 1');
    removeButtons()[0]!.click();
    await waitUntil(() => recipients(el).length === 1);
    await waitUntil(() => el.shadowRoot!.activeElement === recipients(el)[0]);
    expect(recipients(el)[0]!.value).to.equal('asha.verma@lumen.example');
    removeButtons()[0]!.click();
    await waitUntil(() => recipients(el).length === 0);
    await waitUntil(() => el.shadowRoot!.activeElement === button(el, 'Add recipient'));
  });

  it('allows no recipients only while both alerts are off', async () => {
    const server = serve({
      'PUT /alerts': (r) => ({ body: { ...(r.body as object), lastSentAt: null } }),
    });
    const el = await mount(server, 'admin');
    for (const remove of $$(el, '.recipient button') as HTMLButtonElement[]) remove.click();
    await waitUntil(() => recipients(el).length === 0);
    const add = button(el, 'Add recipient')!;
    expect(messageOf(el, $(el, 'fieldset')!)).to.equal(
      'Add someone to send the alerts to, or turn both alerts off.',
    );
    expect(add).to.exist;
    await flip(el, 'lowOn');
    const needed = 'Add someone to send the alerts to, or turn both alerts off.';
    expect(messageOf(el, $(el, 'fieldset')!), 'one alert still on').to.equal(needed);
    await flip(el, 'runwayOn');
    expect(messageOf(el, $(el, 'fieldset')!), 'both off').to.equal('');
    await save(el);
    await waitUntil(() => server.callsTo('PUT /alerts').length === 1);
    expect(
      (server.callsTo('PUT /alerts')[0]!.body as { recipients: string[] }).recipients,
    ).to.deep.equal([]);
  });

  it('refuses to save while a field is wrong: nothing sent, the first wrong field focused', async () => {
    const server = serve({ 'PUT /alerts': { body: fx.alerts } });
    const el = await mount(server, 'admin');
    button(el, 'Add recipient')!.click();
    await waitUntil(() => recipients(el).length === 3);
    await save(el);
    const blank = recipients(el)[2]!;
    expect(messageOf(el, blank)).to.equal('Enter an e-mail address, or remove this recipient.');
    await waitUntil(() => el.shadowRoot!.activeElement === blank, 'focus on the blank recipient');
    expect(text($(el, 'form [role="alert"]'))).to.equal(
      'Some fields need attention: nothing was saved.',
    );
    expect(server.callsTo('PUT /alerts')).to.have.length(0);
  });

  it('sends one PUT however often Save is pressed', async () => {
    let answer = () => {};
    const until = new Promise<void>((resolve) => (answer = resolve));
    const server = serve({ 'PUT /alerts': { body: fx.alerts, until } });
    const el = await mount(server, 'admin');
    const saveButton = button(el, 'Save')!;
    saveButton.click();
    saveButton.click();
    saveButton.click();
    await el.updateComplete;
    expect(text($(el, '.actions .btn-primary'))).to.equal('Saving…');
    answer();
    await waitUntil(() => text($(el, '[role="status"]')) !== '');
    expect(server.callsTo('PUT /alerts')).to.have.length(1);
  });

  it('puts a 422 for recipients[2] beside the third recipient and keeps everything typed', async () => {
    const server = serve({
      'PUT /alerts': {
        status: 422,
        body: {
          error: {
            code: 'invalid',
            message: 'Some fields need attention.',
            fields: { 'recipients[2]': 'Mail to this address bounced: check it or use another.' },
          },
        },
      },
    });
    const el = await mount(server, 'admin');
    button(el, 'Add recipient')!.click();
    await waitUntil(() => recipients(el).length === 3);
    await type(el, recipients(el)[2]!, 'ops@lumen.example.invalid');
    await type(el, input(el, '#threshold'), '2500');
    await save(el);
    await waitUntil(() => has(el, '.field-error'), 'no message');
    const third = recipients(el)[2]!;
    expect(third.getAttribute('aria-invalid')).to.equal('true');
    expect(messageOf(el, third)).to.equal('Mail to this address bounced: check it or use another.');
    expect(recipients(el)[0]!.getAttribute('aria-invalid')).to.equal('false');
    await waitUntil(() => el.shadowRoot!.activeElement === third, 'focus on the third');
    expect(third.value).to.equal('ops@lumen.example.invalid');
    expect(input(el, '#threshold').value).to.equal('2500');
    await type(el, third, 'ops@lumen.example');
    expect(messageOf(el, third), 'typing clears the server message').to.equal('');
  });

  it("puts a 422's threshold, days and recipients messages beside theirs", async () => {
    const server = serve({
      'PUT /alerts': {
        status: 422,
        body: {
          error: {
            code: 'invalid',
            message: 'Some fields need attention.',
            fields: {
              'lowBalance.thresholdCredits': 'Too high for this plan.',
              'runway.days': 'At most 30 days on this plan.',
              recipients: 'Recipients must be in your organisation.',
              schedule: 'Not on weekends.',
            },
          },
        },
      },
    });
    const el = await mount(server, 'admin');
    await save(el);
    await waitUntil(() => has(el, '.field-error'), 'no messages');
    expect(messageOf(el, input(el, '#threshold'))).to.equal('Too high for this plan.');
    expect(messageOf(el, input(el, '#days'))).to.equal('At most 30 days on this plan.');
    expect(messageOf(el, $(el, 'fieldset')!)).to.equal('Recipients must be in your organisation.');
    expect(text($(el, 'form [role="alert"]'))).to.equal(
      'Some fields need attention. schedule: Not on weekends.',
    );
  });

  it('keeps everything typed when saving fails for another reason', async () => {
    const el = await mount(
      serve({ 'PUT /alerts': fx.errorReply(503, 'Try again shortly') }),
      'admin',
    );
    await type(el, input(el, '#days'), '10');
    await save(el);
    await waitUntil(() => has(el, 'form [role="alert"]'));
    expect(text($(el, 'form [role="alert"]'))).to.equal('Try again shortly');
    expect(input(el, '#days').value).to.equal('10');
  });

  it('shows the settings the server stored after a save, and announces it', async () => {
    const stored = { ...fx.alerts, runway: { enabled: true, days: 10 } };
    const server = serve({ 'PUT /alerts': { body: stored } });
    const el = await mount(server, 'admin');
    await type(el, input(el, '#days'), ' 10 ');
    await save(el);
    await waitUntil(() => text($(el, '[role="status"]')) === 'Alert settings saved.');
    expect(server.callsTo('PUT /alerts')[0]!.body).to.deep.equal({
      lowBalance: { enabled: true, thresholdCredits: 1500 },
      runway: { enabled: true, days: 10 },
      recipients: fx.alerts.recipients,
    });
    expect(input(el, '#days').value).to.equal('10');
    await expectAccessibleInEveryScheme(el, 'saved');
  });

  it('renders nothing, takes no room and fires no credits-error when the backend does not offer alerts (404)', async () => {
    let errors = 0;
    const count = () => (errors += 1);
    document.addEventListener('credits-error', count);
    try {
      const server = fakeServer({
        'GET /alerts': fx.errorReply(404, 'Not found', 'not_found'),
        'GET /usage/monthly': { body: fx.monthly },
      });
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = `<credits-alerts endpoint="${server.endpoint}" admin></credits-alerts>`;
      const el = holder.firstElementChild as CreditsAlerts;
      await waitUntil(() => el.hasAttribute('not-offered'), 'never marked not offered');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('*:not(style)')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(errors).to.equal(0);
    } finally {
      document.removeEventListener('credits-error', count);
    }
  });

  it('fires credits-error and offers Retry for any other failure', async () => {
    const server = serve({ 'GET /alerts': fx.errorReply(500, 'Alerts are down') });
    const seen = oneEvent(document, 'credits-error');
    const el = await mount(server);
    expect((await seen).detail.error.kind).to.equal('http');
    expect(el.hasAttribute('not-offered')).to.be.false;
    expect(text($(el, '[role="alert"] p'))).to.equal('Alerts are down');
    server.on('GET /alerts', { body: fx.alerts });
    button(el, 'Retry')!.click();
    await waitUntil(() => has(el, '[part~="rules"]'), 'Retry did not load');
  });

  it('treats admin="false" set as a property as not an admin: no inputs', async () => {
    const el = await mount(serve(), 'admin');
    expect(has(el, 'form')).to.be.true;
    (el as unknown as { admin: unknown }).admin = 'false';
    await el.updateComplete;
    expect(el.admin).to.equal(false);
    expect($$(el, 'input')).to.have.length(0);
    expect(has(el, '[part~="rules"]')).to.be.true;
  });
});

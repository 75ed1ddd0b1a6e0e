/**
 * Pages rendered on a server (Node) with @lit-labs/ssr, for the server tests
 * (test/ssr/render.test.mjs) and the hydration test in the browser (test/hydration.test.ts,
 * served by web-test-runner.config.mjs). The server's client answers from the fixtures.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import { CreditsClient } from '../../src/data/client.js';
import {
  creditsCacheScript,
  enableCreditsServerRendering,
  loadCreditsLocale,
  preloadCredits,
  type PreloadedWidget,
} from '../../src/ssr.js';
import * as fx from '../fixtures.js';

/** The endpoint the browser's widgets use; the server's client reaches the API elsewhere. */
export const ENDPOINT = '/api/ssr';

/** The endpoint of this render (the browser test gives each case its own). */
let endpoint = ENDPOINT;

const ANSWERS: Record<string, unknown> = {
  '/balance': fx.balance,
  '/usage/monthly': fx.monthly,
  '/subscription': fx.subscription,
  '/payments': fx.paymentPage,
  '/billing-details': fx.billingDetails,
  '/auto-top-up': fx.autoTopUp,
  '/alerts': fx.alerts,
  '/usage/breakdown': fx.breakdownByEvent,
};

/** The server's client: what it asks is recorded, answered from the fixtures. */
export function serverClient(asked: string[] = []): CreditsClient {
  return new CreditsClient({
    endpoint: 'https://credits.internal/v1',
    fetch: async (input) => {
      const url = new URL(String(input));
      const path = url.pathname.replace('/v1', '');
      asked.push(`${path}${url.search}`);
      const body =
        path === '/transactions'
          ? url.searchParams.get('kind') === 'purchase'
            ? fx.purchasePage
            : fx.usagePage
          : ANSWERS[path];
      return new Response(JSON.stringify(body ?? { error: { message: 'no route' } }), {
        status: body ? 200 : 404,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  });
}

export interface SsrCase {
  /** The widgets as the page has them, for preloadCredits (none: rendered without data). */
  preload?: PreloadedWidget[];
  locale?: string;
  body: (client: CreditsClient | undefined) => TemplateResult;
}

/** Every element that draws data, alone with its own endpoint (and the server's client). */
export const STANDALONE = [
  'credits-balance',
  'credits-monthly-summary',
  'credits-usage-table',
  'credits-purchase-history',
  'credits-subscription',
  'credits-payments',
  'credits-billing-details',
  'credits-billing',
  'credits-auto-top-up',
  'credits-alerts',
  'credits-usage-breakdown',
] as const;

const standalone = (tag: string, withData: boolean): SsrCase => ({
  preload: withData ? [{ tag }] : undefined,
  // A template per tag: a tag cannot be a binding.
  body: (client) => STANDALONE_TEMPLATES[tag]!(client),
});

const STANDALONE_TEMPLATES: Record<string, (client?: CreditsClient) => TemplateResult> = {
  'credits-balance': (c) =>
    html`<credits-balance endpoint=${endpoint} .client=${c} locale="en-US"></credits-balance>`,
  'credits-monthly-summary': (c) =>
    html`<credits-monthly-summary
      endpoint=${endpoint}
      .client=${c}
      locale="en-US"
    ></credits-monthly-summary>`,
  'credits-usage-table': (c) =>
    html`<credits-usage-table
      endpoint=${endpoint}
      .client=${c}
      locale="en-US"
    ></credits-usage-table>`,
  'credits-purchase-history': (c) =>
    html`<credits-purchase-history
      endpoint=${endpoint}
      .client=${c}
      locale="en-US"
    ></credits-purchase-history>`,
  'credits-subscription': (c) =>
    html`<credits-subscription
      endpoint=${endpoint}
      .client=${c}
      locale="en-US"
    ></credits-subscription>`,
  'credits-payments': (c) =>
    html`<credits-payments endpoint=${endpoint} .client=${c} locale="en-US"></credits-payments>`,
  'credits-billing-details': (c) =>
    html`<credits-billing-details
      endpoint=${endpoint}
      .client=${c}
      locale="en-US"
    ></credits-billing-details>`,
  'credits-billing': (c) =>
    html`<credits-billing endpoint=${endpoint} .client=${c} locale="en-US"></credits-billing>`,
  'credits-auto-top-up': (c) =>
    html`<credits-auto-top-up
      endpoint=${endpoint}
      .client=${c}
      locale="en-US"
    ></credits-auto-top-up>`,
  'credits-alerts': (c) =>
    html`<credits-alerts endpoint=${endpoint} .client=${c} locale="en-US"></credits-alerts>`,
  'credits-usage-breakdown': (c) =>
    html`<credits-usage-breakdown
      endpoint=${endpoint}
      .client=${c}
      locale="en-US"
    ></credits-usage-breakdown>`,
};

export const CASES: Record<string, SsrCase> = {
  ...Object.fromEntries(
    STANDALONE.flatMap((tag) => [
      [`${tag}-with-data`, standalone(tag, true)],
      [`${tag}-without-data`, standalone(tag, false)],
    ]),
  ),
  'balance-without-data': {
    body: () => html`<credits-balance endpoint=${endpoint} locale="en-US" admin></credits-balance>`,
  },
  'balance-with-data': {
    preload: [{ tag: 'credits-balance' }],
    body: (client) =>
      html`<credits-balance
        endpoint=${endpoint}
        .client=${client}
        locale="en-US"
        admin
      ></credits-balance>`,
  },
  // The server has the answers (the page carries them) but drew this widget without its client:
  // its skeleton. The browser's first render must draw that skeleton again, then the data.
  'balance-skeleton-answers-in-page': {
    preload: [{ tag: 'credits-balance' }],
    body: () => html`<credits-balance endpoint=${endpoint} locale="en-US" admin></credits-balance>`,
  },
  'provider-with-data': {
    preload: [
      { tag: 'credits-balance' },
      { tag: 'credits-monthly-summary' },
      { tag: 'credits-usage-table' },
      { tag: 'credits-subscription' },
      { tag: 'credits-payments' },
      { tag: 'credits-billing-details' },
    ],
    body: (client) =>
      html`<credits-provider endpoint=${endpoint} .client=${client} locale="en-US" admin>
        <credits-balance></credits-balance>
        <credits-monthly-summary></credits-monthly-summary>
        <credits-usage-table></credits-usage-table>
        <credits-subscription></credits-subscription>
        <credits-payments></credits-payments>
        <credits-billing-details></credits-billing-details>
      </credits-provider>`,
  },
  'provider-without-data': {
    body: () =>
      html`<credits-provider endpoint=${endpoint} locale="en-US">
        <credits-balance></credits-balance>
        <credits-usage-table></credits-usage-table>
      </credits-provider>`,
  },
  ...Object.fromEntries(
    (['credits', 'subscription', 'billing'] as const).map((tab) => [
      `dashboard-${tab}`,
      {
        preload: [{ tag: 'credits-dashboard', attributes: { tab } }],
        body: (client: CreditsClient | undefined) =>
          html`<credits-dashboard
            endpoint=${endpoint}
            .client=${client}
            locale="en-US"
            tab=${tab}
            admin
          ></credits-dashboard>`,
      } satisfies SsrCase,
    ]),
  ),
  'balance-german': {
    preload: [{ tag: 'credits-balance' }],
    locale: 'de-DE',
    body: (client) =>
      html`<credits-balance
        endpoint=${endpoint}
        .client=${client}
        locale="de-DE"
      ></credits-balance>`,
  },
};

/** The page's HTML for `name`: the script with the server's answers, and the widgets. */
export async function renderCase(
  name: string,
  asked: string[] = [],
  at = ENDPOINT,
): Promise<{ head: string; body: string }> {
  endpoint = at;
  const spec = CASES[name];
  if (!spec) throw new Error(`no server-rendering case ${name}`);
  enableCreditsServerRendering();
  if (spec.locale) await loadCreditsLocale(spec.locale);
  const client = spec.preload ? serverClient(asked) : undefined;
  if (client && spec.preload) await preloadCredits(client, spec.preload);
  const body = await collectResult(render(spec.body(client)));
  return { head: client ? creditsCacheScript(client, at) : '', body };
}

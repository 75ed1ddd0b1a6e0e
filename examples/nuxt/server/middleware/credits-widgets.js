// Renders the credits widgets with their data for the page at /credits, before Vue renders
// it: a CreditsClient per request fetches what the dashboard draws, @lit-labs/ssr renders
// it (declarative shadow DOM), and the HTML goes to the page in event.context, with the
// client's answers for the browser's widgets in front of it. app/app.vue inserts it with
// v-html; in the browser, app/plugins/credits-widgets.client.js loads Lit's hydration support
// and the elements, and Lit hydrates them without asking the API again. See README.md.
import { defineEventHandler, getRequestURL } from '#imports';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'credits-widgets';
import { CreditsClient } from 'credits-widgets';
import {
  creditsCacheScript,
  enableCreditsServerRendering,
  preloadCredits,
} from 'credits-widgets/ssr';
import { mockFetch } from '../../../shared/mock-api.mjs';

enableCreditsServerRendering();

export default defineEventHandler(async (event) => {
  if (getRequestURL(event).pathname !== '/credits') return;
  // One client per request: its cache holds this user's answers only.
  const client = new CreditsClient({
    endpoint: 'http://credits.internal/api/credits',
    fetch: mockFetch,
  });
  await preloadCredits(client, [{ tag: 'credits-dashboard', attributes: { tab: 'credits' } }]);
  const widgets = await collectResult(
    render(
      html`<credits-dashboard
        endpoint="/api/credits"
        .client=${client}
        locale="en-US"
        admin
      ></credits-dashboard>`,
    ),
  );
  event.context.creditsWidgets = creditsCacheScript(client, '/api/credits') + widgets;
});

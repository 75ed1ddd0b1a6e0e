// On the server only: the dashboard rendered with its data by @lit-labs/ssr (Lit's Node build,
// which Vite leaves external), through a CreditsClient made for this request.
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

enableCreditsServerRendering();

export async function load({ fetch, url }) {
  // One client per request; SvelteKit's fetch calls the app's own API route (with the
  // user's cookies) without a round trip over the network.
  const client = new CreditsClient({ endpoint: new URL('/api/credits', url).href, fetch });
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
  return { widgets, cache: creditsCacheScript(client, '/api/credits') };
}

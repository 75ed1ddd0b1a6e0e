// A server component: fetches what the widgets draw through a CreditsClient of this request,
// puts the answers in the page for the browser's widgets, and hands them to the client
// component that renders the widgets.
import { CreditsClient } from 'credits-widgets';
import { creditsCacheScript, preloadCredits } from 'credits-widgets/ssr';
import { mockFetch } from '../../shared/mock-api.mjs';
import Credits from './credits';
import Purchases from './purchases';

export const dynamic = 'force-dynamic'; // per user, per request

export default async function Page() {
  const client = new CreditsClient({
    endpoint: 'http://credits.internal/api/credits', // how the server reaches the API
    fetch: mockFetch,
  });
  await preloadCredits(client, [
    { tag: 'credits-subscription' },
    { tag: 'credits-balance' },
    { tag: 'credits-usage-table' },
  ]);
  return (
    <main>
      <div
        hidden
        dangerouslySetInnerHTML={{ __html: creditsCacheScript(client, '/api/credits') }}
      />
      <Credits snapshot={client.snapshot()} />
      <Purchases />
    </main>
  );
}

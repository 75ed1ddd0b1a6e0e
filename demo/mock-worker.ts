/**
 * The mock API in the page, for the static demo (`npm run build:demo`): Mock Service Worker
 * answers `/api/<scenario>/…` with the same `answer()` the dev server uses (and the same
 * sessions: the `X-Demo-Session` header), so a static host needs no server of ours.
 */
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { answer, SCENARIOS, type Scenario } from './mock-api.js';

export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(
    http.all(/\/api\/([a-z]+)(\/.*)$/, async ({ request }) => {
      const url = new URL(request.url);
      const [, scenario, path] = /\/api\/([a-z]+)(\/.*)$/.exec(url.pathname)!;
      if (!(SCENARIOS as readonly string[]).includes(scenario!)) return undefined;
      const body = ['PUT', 'POST'].includes(request.method)
        ? await request.json().catch(() => undefined)
        : undefined;
      const session = request.headers.get('x-demo-session') ?? '';
      const result = answer(scenario as Scenario, request.method, path!, url, body, session);
      if (result.delay) await delay(result.delay);
      return HttpResponse.json(result.body as Record<string, unknown>, { status: result.status });
    }),
  );
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

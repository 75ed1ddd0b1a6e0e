// The Express server of the Angular SSR build. It answers the Credits API, lets Angular
// render the page, and puts the credits widgets, rendered with their data by @lit-labs/ssr,
// into the page's <div id="credits-widgets">, after the widgets' answers for the browser. In the
// browser, src/polyfills.ts installs Lit's hydration support, main.ts imports the elements, and
// Lit hydrates them without asking the API again. See README.md.
import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import 'credits-widgets';
import { CreditsClient } from 'credits-widgets';
import {
  creditsCacheScript,
  enableCreditsServerRendering,
  preloadCredits,
} from 'credits-widgets/ssr';
import express from 'express';
import { html } from 'lit';
import { join } from 'node:path';
import { handleCreditsApi, mockFetch } from '../../shared/mock-api.mjs';

enableCreditsServerRendering();

const SLOT = '<div id="credits-widgets">';

/** The widgets with their data, and their client's answers for the browser's widgets. */
async function creditsWidgets(): Promise<string> {
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
  return creditsCacheScript(client, '/api/credits') + widgets;
}

const app = express();
const angularApp = new AngularNodeAppEngine();

app.use((req, res, next) => {
  if (!handleCreditsApi(req, res)) next();
});

app.use(
  express.static(join(import.meta.dirname, '../browser'), {
    maxAge: '1y',
    index: false,
    redirect: false,
  }),
);

app.use(async (req, res, next) => {
  try {
    const response = await angularApp.handle(req);
    if (!response) return next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) {
      return await writeResponseToNodeResponse(response, res);
    }
    const page = await response.text();
    const body = page.includes(SLOT) ? page.replace(SLOT, SLOT + (await creditsWidgets())) : page;
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    await writeResponseToNodeResponse(
      new Response(body, { status: response.status, headers }),
      res,
    );
  } catch (error) {
    next(error);
  }
});

if (isMainModule(import.meta.url)) {
  const port = Number(process.env['PORT'] ?? 4332);
  app.listen(port, '127.0.0.1', (error) => {
    if (error) throw error;
    console.log(`Listening on http://127.0.0.1:${port}`);
  });
}

/** The request handler the Angular CLI uses (dev server, build). */
export const reqHandler = createNodeRequestHandler(app);

// A plain Node server (node:http) that renders the credits dashboard with its data in the
// first HTML: a CreditsClient per request fetches what the dashboard draws, @lit-labs/ssr
// renders it, and the page carries the client's answers for the browser's widgets.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
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
import { handleCreditsApi, mockFetch } from '../shared/mock-api.mjs';

enableCreditsServerRendering();

async function page() {
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
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Credits</title>
    ${creditsCacheScript(client, '/api/credits')}
    <script type="module" src="/app.js"></script>
  </head>
  <body>
    ${widgets}
  </body>
</html>`;
}

createServer(async (req, res) => {
  try {
    if (handleCreditsApi(req, res)) return;
    const path = new URL(req.url, 'http://localhost').pathname;
    if (path === '/credits' || path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(await page());
      return;
    }
    if (/^\/[\w.-]+\.js$/.test(path)) {
      const body = await readFile(join('public', path));
      res.writeHead(200, {
        'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'text/plain',
      });
      res.end(body);
      return;
    }
    res.writeHead(404);
    res.end();
  } catch (error) {
    console.error(error);
    res.writeHead(500);
    res.end();
  }
}).listen(Number(process.env.PORT ?? 4301), '127.0.0.1');

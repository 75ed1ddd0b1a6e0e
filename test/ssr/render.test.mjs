// The widgets rendered on a server (Node, @lit-labs/ssr), from test/ssr/cases.ts loaded
// through Vite (the sources are TypeScript): with their data when the server's client has it,
// their skeleton (aria-busy="true") when it does not; children of a provider and of the
// dashboard draw what they will draw in the browser, never "no data source".
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createServer } from 'vite';

let vite;
let cases;
before(async () => {
  vite = await createServer({
    server: { middlewareMode: true, ws: false },
    appType: 'custom',
    logLevel: 'error',
    configFile: false,
  });
  cases = await vite.ssrLoadModule('/test/ssr/cases.ts');
});
after(() => vite?.close());

/** The text a reader would see in `html`, tags and style sheets left out. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const busy = (html) => [...html.matchAll(/aria-busy="(true|false)"/g)].map((m) => m[1]);

describe('server rendering', () => {
  test('every element alone: its data when the server has it, else its skeleton, never an error', async () => {
    for (const tag of cases.STANDALONE) {
      const without = (await cases.renderCase(`${tag}-without-data`)).body;
      assert.ok(busy(without).length > 0, `${tag} drew no card without data`);
      assert.ok(
        busy(without).every((b) => b === 'true'),
        `${tag} without data: ${busy(without)}`,
      );
      assert.doesNotMatch(without, /role="alert"/, `${tag} drew an error without data`);
      const withData = await cases.renderCase(`${tag}-with-data`);
      assert.ok(
        busy(withData.body).every((b) => b === 'false'),
        `${tag}: ${busy(withData.body)}`,
      );
      assert.doesNotMatch(withData.body, /role="alert"/, `${tag} drew an error`);
      const markup = withData.body.replace(/<style>[\s\S]*?<\/style>/g, '');
      assert.doesNotMatch(markup, /class="[^"]*skeleton/, `${tag} drew a skeleton with its data`);
      assert.ok(withData.head.includes('data-credits-cache'), `${tag}: no cache script`);
    }
  });

  test('a widget without data renders its skeleton, busy, with no error', async () => {
    const { body, head } = await cases.renderCase('balance-without-data');
    assert.equal(head, '');
    assert.match(body, /<template shadowroot="open" shadowrootmode="open">/);
    assert.deepEqual(busy(body), ['true']);
    assert.match(body, /skeleton-text/);
    assert.doesNotMatch(body, /role="alert"/);
  });

  test('a widget whose client has the data renders the numbers, not busy', async () => {
    const asked = [];
    const { body, head } = await cases.renderCase('balance-with-data', asked);
    assert.deepEqual(busy(body), ['false']);
    assert.match(text(body), /12,480/);
    assert.match(text(body), /Purchase Credits/);
    assert.deepEqual(asked.sort(), ['/balance', '/usage/monthly?months=4']);
    assert.match(
      head,
      /^<script type="application\/json" data-credits-cache data-endpoint="\/api\/ssr">/,
    );
    const snapshot = JSON.parse(head.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''));
    assert.deepEqual(Object.keys(snapshot.entries).sort(), ['/balance', '/usage/monthly?months=4']);
  });

  test('children of a provider draw their data, as in the browser', async () => {
    const { body } = await cases.renderCase('provider-with-data');
    const words = text(body);
    assert.doesNotMatch(words, /no data source/i);
    assert.doesNotMatch(body, /role="alert"/);
    assert.ok(busy(body).length >= 6, 'every child drew its card');
    assert.ok(
      busy(body).every((b) => b === 'false'),
      `busy: ${busy(body)}`,
    );
    for (const seen of [
      '12,480',
      'Harbour Lights Wedding',
      'Pay As You Go',
      'pay_7QK2M',
      'billing@lumen.example',
    ]) {
      assert.ok(words.includes(seen), `${seen} is not in the server's HTML`);
    }
  });

  test('children of a provider without data draw their skeletons, never "no data source"', async () => {
    const { body } = await cases.renderCase('provider-without-data');
    assert.doesNotMatch(text(body), /no data source/i);
    assert.doesNotMatch(body, /role="alert"/);
    assert.ok(
      busy(body).length >= 2 && busy(body).every((b) => b === 'true'),
      `busy: ${busy(body)}`,
    );
  });

  for (const [tab, seen] of [
    ['credits', ['12,480', 'Harbour Lights Wedding', 'Where the credits went', 'Campus Portraits']],
    ['subscription', ['Flexible usage-based pricing']],
    ['billing', ['pay_7QK2M', 'billing@lumen.example']],
  ]) {
    test(`the dashboard on its ${tab} tab draws that tab's data and its plan header`, async () => {
      const { body } = await cases.renderCase(`dashboard-${tab}`);
      const words = text(body);
      assert.doesNotMatch(words, /Current Plan unavailable|no data source/i);
      assert.doesNotMatch(body, /role="alert"/);
      assert.match(words, /Pay As You Go/);
      for (const s of seen) assert.ok(words.includes(s), `${s} is not on the ${tab} tab`);
    });
  }

  test('a widget in another language renders its words in it when the server loaded them', async () => {
    const { body } = await cases.renderCase('balance-german');
    assert.match(text(body), /12\.480/);
    assert.match(text(body), /Guthaben|Credits/);
    assert.doesNotMatch(text(body), /Available Credits/);
  });

  test('the cache script cannot be ended early by an answer', async () => {
    const ssr = await vite.ssrLoadModule('/src/ssr.ts');
    const client = cases.serverClient();
    client.seed({
      entries: { '/balance': { available: 1, note: '</script><script>alert(1)</script>' } },
    });
    const script = ssr.creditsCacheScript(client, '/api/"x"');
    assert.equal(script.match(/<\/script>/g).length, 1);
    assert.match(script, /data-endpoint="\/api\/&quot;x&quot;"/);
  });
});

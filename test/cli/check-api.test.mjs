// The contract checker (src/cli/check-api.ts) against the demo's mock API, over real HTTP on
// 127.0.0.1: a conforming scenario passes; a broken one, an expired session and a page origin
// without CORS headers are each named. Node's test runner; Vite loads the TypeScript sources.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createServer as createViteServer } from 'vite';

let vite;
let server;
let base;
let checker;

before(async () => {
  vite = await createViteServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'silent',
  });
  const { mockApiMiddleware } = await vite.ssrLoadModule('/demo/mock-api.ts');
  checker = await vite.ssrLoadModule('/src/cli/check-api.ts');
  server = createServer((req, res) =>
    mockApiMiddleware(req, res, () => {
      res.writeHead(404);
      res.end();
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  server?.close();
  await vite?.close();
});

const failures = (lines) =>
  Object.fromEntries(lines.filter((l) => !l.ok).map((l) => [l.what, l.detail]));

describe('credits-widgets check-api', () => {
  it('passes an API that speaks the contract, second pages and writes included', async () => {
    const lines = await checker.checkApi({ endpoint: `${base}/api/credits`, write: true });
    assert.deepEqual(failures(lines), {});
    const checked = lines.map((l) => l.what);
    assert.ok(checked.includes('GET /transactions?kind=usage (next page)'));
    assert.ok(checked.includes('PUT /billing-details (the same details)'));
    assert.ok(checked.some((w) => /^POST \/payments\/.+\/recheck$/.test(w)));
    assert.match(
      checker.formatReport(lines),
      /All \d+ checks passed: the API speaks the contract\./,
    );
  });

  it('reads and writes the resources of contract 1.1: auto top-up, alerts, breakdown', async () => {
    const lines = await checker.checkApi({ endpoint: `${base}/api/credits`, write: true });
    const byWhat = Object.fromEntries(lines.map((l) => [l.what, l]));
    for (const what of [
      'GET /auto-top-up',
      'GET /alerts',
      'PUT /auto-top-up (the same rule)',
      'PUT /alerts (the same settings)',
    ]) {
      assert.equal(byWhat[what]?.ok, true, what);
      assert.equal(byWhat[what]?.notOffered, undefined, what);
    }
    const breakdown = lines.find((l) => l.what.startsWith('GET /usage/breakdown?by=event&from='));
    assert.deepEqual(breakdown?.detail, ['ok']);
  });

  it('says "not offered" for a 404 of a contract 1.1 resource, which is no failure', async () => {
    const lines = await checker.checkApi({ endpoint: `${base}/api/legacy`, write: true });
    assert.deepEqual(failures(lines), {});
    const absent = lines.filter((l) => l.notOffered).map((l) => l.what.replace(/\?.*/, ''));
    assert.deepEqual(absent, ['GET /auto-top-up', 'GET /alerts', 'GET /usage/breakdown']);
    const report = checker.formatReport(lines);
    assert.match(report, /^– GET \/alerts: not offered \(404\)/m);
    assert.match(
      report,
      /checks passed \(3 of contract 1\.1 not offered\): the API speaks the contract\.$/,
    );
    assert.ok(
      !lines.some((l) => l.what.startsWith('PUT /alerts')),
      'no write of what is not offered',
    );
  });

  it('names the contract 1.1 fields a backend gets wrong', async () => {
    const failed = failures(await checker.checkApi({ endpoint: `${base}/api/broken` }));
    assert.ok(failed['GET /auto-top-up'].includes('enabled: expected true or false, got "yes"'));
    assert.ok(
      failed['GET /alerts'].includes('runway.days: expected an integer from 1 to 90, got 365'),
    );
  });

  it('names each field that breaks the contract, and what was wrong with it', async () => {
    const lines = await checker.checkApi({ endpoint: `${base}/api/broken` });
    const failed = failures(lines);
    assert.deepEqual(failed['GET /balance'], ['available: expected an integer, got "lots"']);
    assert.deepEqual(failed['GET /subscription'], [
      'plan.name: is missing',
      'expiresAt: expected an RFC 3339 date-time with an offset, got "soon"',
    ]);
    assert.ok(
      failed['GET /transactions?kind=usage'].includes('items[0].id: expected a string, got 1'),
    );
    const report = checker.formatReport(lines);
    assert.match(report, /^✗ GET \/balance\n {4}available: expected an integer, got "lots"$/m);
    assert.match(report, /checks failed: the widgets would show an error for these\.$/);
  });

  it('says a 401 needs credentials', async () => {
    const lines = await checker.checkApi({ endpoint: `${base}/api/expired` });
    assert.deepEqual(failures(lines)['GET /balance'], [
      '401 Unauthorized: Session expired.: pass the credentials with --header',
    ]);
  });

  it('reports the CORS headers a page of another origin needs', async () => {
    const lines = await checker.checkApi({
      endpoint: `${base}/api/credits`,
      origin: 'https://app.example.com',
    });
    const failed = failures(lines);
    assert.ok(failed['CORS: Access-Control-Allow-Origin for https://app.example.com']);
    assert.ok(failed['CORS: preflight of PUT /billing-details']);
  });

  it('reads its arguments, and refuses a relative endpoint', () => {
    assert.deepEqual(
      checker.parseArgs([
        'https://api.example.com/credits',
        '--header',
        'Authorization: Bearer a:b',
        '--write',
      ]),
      {
        endpoint: 'https://api.example.com/credits',
        headers: { Authorization: 'Bearer a:b' },
        write: true,
      },
    );
    assert.match(checker.parseArgs(['/api/credits']), /absolute URL/);
    assert.match(checker.parseArgs(['https://x.example', '--nope']), /unknown option --nope/);
  });
});

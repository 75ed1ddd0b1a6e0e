import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import '../helpers/setup.js';
import * as fx from '../fixtures.js';
import { fakeServer, restoreFetch, type FakeServer } from '../helpers/fake-server.js';
import type { Transaction } from '../../src/api/types.js';
import { CreditsClient } from '../../src/data/client.js';
import {
  ExportController,
  type CsvField,
  type ExportFile,
  type ExportJob,
  type ExportState,
} from '../../src/controllers/export-controller.js';
import { CreditsError, userMessage } from '../../src/data/errors.js';
import { DEFAULT_PAGE_BOUNDS, type CursorPage, type PageBounds } from '../../src/data/pages.js';

interface Row {
  id: string;
  note: string;
  credits: number;
}

const fields: CsvField<Row>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'Note', value: (r) => r.note },
  { header: 'Credits', value: (r) => r.credits },
];

const page1: CursorPage<Row> = {
  items: [
    { id: 'tx_1', note: 'plain', credits: -420 },
    { id: 'tx_2', note: 'Harbour, "Lights"', credits: -35 },
  ],
  nextCursor: 'c2',
  total: 3,
};
const page2: CursorPage<Row> = {
  items: [{ id: 'tx_3', note: '=HYPERLINK("x")', credits: 5000 }],
  nextCursor: null,
  total: 3,
};

/** The host records the controller's state at every update it is asked for. */
class TestHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  states: ExportState[] = [];
  exporter?: ExportController<Row>;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers = this.controllers.filter((c) => c !== controller);
  }
  requestUpdate(): void {
    if (this.exporter) this.states.push(this.exporter.state);
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

function setup() {
  const host = new TestHost();
  const delivered: ExportFile[] = [];
  const exporter = new ExportController<Row>(host, (file) => delivered.push(file));
  host.exporter = exporter;
  return { host, exporter, delivered };
}

function job(pages: ExportJob<Row>['pages'], filename = 'usage.csv'): ExportJob<Row> {
  return { filename, fields, pages };
}

async function* twoPages(): AsyncGenerator<CursorPage<Row>> {
  yield page1;
  yield page2;
}

/** A page walk that waits for the signal to abort, as the client's does, after its first page. */
function pagesUntilAborted(signals: AbortSignal[]) {
  return async function* (signal: AbortSignal): AsyncGenerator<CursorPage<Row>> {
    signals.push(signal);
    yield page1;
    await new Promise((_, reject) => {
      signal.addEventListener('abort', () =>
        reject(new DOMException('The operation was aborted.', 'AbortError')),
      );
    });
  };
}

/** Resolves once the run has taken its first page (its state says so). */
async function firstPageTaken(exporter: ExportController<Row>): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (exporter.state.status === 'running' && exporter.state.rows > 0) return;
    await Promise.resolve();
  }
  throw new Error('the export never took its first page');
}

describe('ExportController', () => {
  it('starts idle', () => {
    const { exporter } = setup();
    expect(exporter.state).to.deep.equal({ status: 'idle' });
    expect(exporter.running).to.be.false;
  });

  it('walks every page, reporting rows and total, then is done', async () => {
    const { host, exporter } = setup();
    await exporter.run(job(twoPages));
    expect(host.states).to.deep.equal([
      { status: 'running', rows: 0 },
      { status: 'running', rows: 2, total: 3 },
      { status: 'running', rows: 3, total: 3 },
      { status: 'done', rows: 3, filename: 'usage.csv' },
    ]);
    expect(exporter.running).to.be.false;
  });

  it('delivers the whole list as RFC 4180 CSV, header first, CRLF line ends', async () => {
    const { exporter, delivered } = setup();
    await exporter.run(job(twoPages));
    expect(delivered.length).to.equal(1);
    expect(delivered[0]).to.deep.equal({
      filename: 'usage.csv',
      rows: 3,
      separator: ',',
      csv:
        'ID,Note,Credits\r\n' +
        'tx_1,plain,-420\r\n' +
        'tx_2,"Harbour, ""Lights""",-35\r\n' +
        `tx_3,"'=HYPERLINK(""x"")",5000\r\n`,
    });
  });

  it('delivers a header-only file for an empty list', async () => {
    const { exporter, delivered } = setup();
    await exporter.run(
      job(async function* () {
        yield { items: [], nextCursor: null };
      }, 'empty.csv'),
    );
    expect(delivered).to.deep.equal([
      { filename: 'empty.csv', rows: 0, separator: ',', csv: 'ID,Note,Credits\r\n' },
    ]);
    expect(exporter.state).to.deep.equal({ status: 'done', rows: 0, filename: 'empty.csv' });
  });

  it('ignores a second run() while one is running', async () => {
    const { exporter, delivered } = setup();
    const signals: AbortSignal[] = [];
    const first = exporter.run(job(pagesUntilAborted(signals), 'first.csv'));
    await firstPageTaken(exporter);

    let secondWalked = false;
    await exporter.run(
      job(async function* () {
        secondWalked = true;
        yield page2;
      }, 'second.csv'),
    );
    expect(secondWalked, 'the second job never starts').to.be.false;
    expect(exporter.state).to.deep.equal({ status: 'running', rows: 2, total: 3 });

    exporter.cancel();
    await first;
    expect(delivered).to.deep.equal([]);
  });

  it('cancel() aborts the walk: the state is cancelled and nothing is delivered', async () => {
    const { exporter, delivered } = setup();
    const signals: AbortSignal[] = [];
    const running = exporter.run(job(pagesUntilAborted(signals)));
    await firstPageTaken(exporter);

    exporter.cancel();
    await running;

    expect(signals[0]!.aborted, 'the walk got an aborted signal').to.be.true;
    expect(exporter.state).to.deep.equal({ status: 'cancelled' });
    expect(delivered).to.deep.equal([]);
  });

  it('delivers nothing after cancel() even when the pages ignore the signal', async () => {
    const { exporter, delivered } = setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = exporter.run(
      job(async function* () {
        yield page1;
        await gate;
        yield page2;
      }),
    );
    await firstPageTaken(exporter);
    exporter.cancel();
    release();
    await running;
    expect(exporter.state).to.deep.equal({ status: 'cancelled' });
    expect(delivered).to.deep.equal([]);
  });

  it('can run again after a cancelled export', async () => {
    const { exporter, delivered } = setup();
    const running = exporter.run(job(pagesUntilAborted([])));
    await firstPageTaken(exporter);
    exporter.cancel();
    await running;

    await exporter.run(job(twoPages, 'again.csv'));
    expect(exporter.state).to.deep.equal({ status: 'done', rows: 3, filename: 'again.csv' });
    expect(delivered.map((f) => f.filename)).to.deep.equal(['again.csv']);
  });

  it('fails with the error of a page that fails, and delivers nothing', async () => {
    const { exporter, delivered } = setup();
    const error = new CreditsError('http', 'Server error', { status: 500 });
    await exporter.run(
      job(async function* () {
        yield page1;
        throw error;
      }),
    );
    expect(exporter.state.status).to.equal('failed');
    expect((exporter.state as { error: unknown }).error === error, 'the same error').to.be.true;
    expect(delivered).to.deep.equal([]);
  });

  it('counts a CreditsError of kind aborted as a cancel, not a failure', async () => {
    const { exporter } = setup();
    await exporter.run(
      job(async function* () {
        yield page1;
        throw new CreditsError('aborted', 'The request was cancelled.');
      }),
    );
    expect(exporter.state).to.deep.equal({ status: 'cancelled' });
  });

  describe('on a LitElement host', () => {
    class ExportHost extends LitElement {
      delivered: ExportFile[] = [];
      exporter = new ExportController<Row>(this, (file) => this.delivered.push(file));
    }
    customElements.define('test-export-host', ExportHost);

    it('cancels the export when the host leaves the page', async () => {
      const el = await fixture<ExportHost>(html`<test-export-host></test-export-host>`);
      const signals: AbortSignal[] = [];
      const running = el.exporter.run(job(pagesUntilAborted(signals)));
      await firstPageTaken(el.exporter);

      el.remove();
      await running;

      expect(signals[0]!.aborted).to.be.true;
      expect(el.exporter.state).to.deep.equal({ status: 'cancelled' });
      expect(el.delivered).to.deep.equal([]);
    });
  });

  describe('over the client and a server at the fetch boundary', () => {
    const usageFields: CsvField<Transaction>[] = [{ header: 'ID', value: (r) => r.id }];
    /**
     * Requests a runaway walk may make before the fake server answers 500 instead, so a walk
     * without a bound fails these tests by its request count rather than hanging them.
     */
    const RUNAWAY = 1_000;
    afterEach(restoreFetch);

    /** `GET /transactions` answered by `page(n)` for the n-th request (0-based), cursors `c<n>`. */
    function pagedServer(page: (n: number) => { items: unknown[]; last?: boolean }): FakeServer {
      const server: FakeServer = fakeServer({
        'GET /transactions': (req) => {
          const cursor = req.url.searchParams.get('cursor');
          const n = cursor ? Number(cursor.slice(1)) : 0;
          if (server.calls.length > RUNAWAY) return fx.errorReply(500, 'runaway walk');
          const { items, last } = page(n);
          return { body: { items, nextCursor: last ? null : `c${n + 1}` } };
        },
      });
      return server;
    }

    function exportOf(server: FakeServer, bounds: PageBounds = {}) {
      const host = new TestHost();
      const delivered: ExportFile[] = [];
      const exporter = new ExportController<Transaction>(host, (file) => delivered.push(file));
      const client = new CreditsClient({ endpoint: server.endpoint });
      const run = () =>
        exporter.run({
          filename: 'usage.csv',
          fields: usageFields,
          pages: (signal) =>
            client.transactionPages({ kind: 'usage', limit: 100 }, { signal, ...bounds }),
        });
      return { exporter, delivered, run };
    }

    const rowsFrom = (first: number, count: number) =>
      Array.from({ length: count }, (_, i) => fx.usageRow(first + i));

    it('fails after 10 empty pages in a row that each bring a new cursor, downloading nothing', async () => {
      // The server of the report: two rows, then empty pages with a fresh cursor each, forever.
      const server = pagedServer((n) => ({ items: n === 0 ? rowsFrom(1, 2) : [] }));
      const { exporter, delivered, run } = exportOf(server);
      await run();

      expect(server.calls.length, 'requests: the first page, then the empty ones').to.equal(
        1 + DEFAULT_PAGE_BOUNDS.maxEmptyPages,
      );
      expect(exporter.state.status).to.equal('failed');
      const { error } = exporter.state as { error: CreditsError };
      expect(error.kind).to.equal('contract');
      expect(error.walkBound).to.deep.equal({ bound: 'maxEmptyPages', count: 10 });
      expect(userMessage(error)).to.equal(
        'The server kept sending pages without rows, each pointing to another one, so loading stopped after 10 empty pages in a row. If it keeps happening, tell the site’s support.',
      );
      expect(delivered).to.deep.equal([]);
    });

    it('fails a list that never ends at its page bound (here 40), saying after how many pages', async () => {
      const server = pagedServer((n) => ({ items: rowsFrom(n, 1) }));
      const { exporter, delivered, run } = exportOf(server, { maxPages: 40 });
      await run();

      expect(server.calls.length).to.equal(40);
      const { error } = exporter.state as { error: CreditsError };
      expect(exporter.state.status).to.equal('failed');
      expect(error.kind).to.equal('limit');
      expect(userMessage(error)).to.equal(
        'Loading stopped after 40 pages without reaching the end of the list. If the list really is that long, narrow it with a filter; otherwise tell the site’s support.',
      );
      expect(delivered).to.deep.equal([]);
    });

    it('exports a long list whole: 30 full pages of 100 rows', async () => {
      const server = pagedServer((n) => ({ items: rowsFrom(n * 100, 100), last: n === 29 }));
      const { exporter, delivered, run } = exportOf(server);
      await run();

      expect(server.calls.length).to.equal(30);
      expect(exporter.state).to.deep.equal({ status: 'done', rows: 3000, filename: 'usage.csv' });
      expect(delivered.length).to.equal(1);
      const lines = delivered[0]!.csv.split('\r\n');
      expect(lines.length, 'header, 3000 rows and the final line end').to.equal(3002);
      expect([lines[1], lines[3000]]).to.deep.equal(['tx_0', 'tx_2999']);
    });

    it('follows 9 empty pages in a row and exports the rows after them', async () => {
      // Rows, 9 empty pages, rows, 9 empty pages, rows: each run is one short of the bound.
      const server = pagedServer((n) => ({
        items: n % 10 === 0 ? rowsFrom(n, 3) : [],
        last: n === 20,
      }));
      const { exporter, delivered, run } = exportOf(server);
      await run();

      expect(server.calls.length).to.equal(21);
      expect(exporter.state).to.deep.equal({ status: 'done', rows: 9, filename: 'usage.csv' });
      expect(delivered[0]!.rows).to.equal(9);
    });
  });
});

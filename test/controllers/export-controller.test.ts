import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import '../helpers/setup.js';
import {
  ExportController,
  type CsvField,
  type ExportFile,
  type ExportJob,
  type ExportState,
} from '../../src/controllers/export-controller.js';
import { CreditsError } from '../../src/data/errors.js';
import type { CursorPage } from '../../src/data/pages.js';

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
      { filename: 'empty.csv', rows: 0, csv: 'ID,Note,Credits\r\n' },
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
});

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CursorPage } from '../data/pages.js';
import { isAbort } from '../data/errors.js';
import { CSV_COMMA, toCsv, type CsvCell, type CsvDialect } from '../internal/csv.js';

/** One column of a CSV file. */
export interface CsvField<T> {
  header: string;
  value: (row: T) => CsvCell;
}

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; rows: number; total?: number }
  | { status: 'done'; rows: number; filename: string }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

export interface ExportJob<T> {
  filename: string;
  fields: readonly CsvField<T>[];
  /** Separator and decimal mark (see `csvDialect`); RFC 4180's comma and point by default. */
  dialect?: CsvDialect;
  /** Every page of the list to export (`CreditsClient.transactionPages`, say). */
  pages: (signal: AbortSignal) => AsyncIterable<CursorPage<T>>;
}

/** The finished file, handed to `deliver`. */
export interface ExportFile {
  filename: string;
  csv: string;
  rows: number;
  /** The column separator written: `,` or `;`. */
  separator: ',' | ';';
}

/**
 * Exports a whole cursor list as CSV: walks every page (progress in `state`), writes the file,
 * then hands it to `deliver` (which fires the host's event and downloads it). One export at a
 * time; `cancel()` stops the walk, and so does the host leaving the page.
 */
export class ExportController<T> implements ReactiveController {
  state: ExportState = { status: 'idle' };
  readonly #host: ReactiveControllerHost;
  readonly #deliver: (file: ExportFile) => void;
  #controller?: AbortController;

  constructor(host: ReactiveControllerHost, deliver: (file: ExportFile) => void) {
    this.#host = host;
    this.#deliver = deliver;
    host.addController(this);
  }

  get running(): boolean {
    return this.state.status === 'running';
  }

  hostDisconnected(): void {
    this.cancel();
  }

  async run(job: ExportJob<T>): Promise<void> {
    if (this.running) return;
    const controller = new AbortController();
    this.#controller = controller;
    this.#set({ status: 'running', rows: 0 });
    const rows: T[] = [];
    try {
      for await (const page of job.pages(controller.signal)) {
        if (controller.signal.aborted) break;
        for (const row of page.items) rows.push(row);
        this.#set({ status: 'running', rows: rows.length, total: page.total });
      }
      // Cancelled: nothing is delivered, even if the pages did not listen to the signal.
      if (controller.signal.aborted) {
        this.#set({ status: 'cancelled' });
        return;
      }
      const dialect = job.dialect ?? CSV_COMMA;
      const csv = toCsv(
        job.fields.map((f) => f.header),
        rows.map((row) => job.fields.map((f) => f.value(row))),
        dialect,
      );
      this.#deliver({
        filename: job.filename,
        csv,
        rows: rows.length,
        separator: dialect.separator,
      });
      this.#set({ status: 'done', rows: rows.length, filename: job.filename });
    } catch (error) {
      this.#set(isAbort(error) ? { status: 'cancelled' } : { status: 'failed', error });
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
  }

  /** Stops an export under way; nothing is delivered. */
  cancel(): void {
    this.#controller?.abort();
  }

  #set(state: ExportState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}

import type { CreditsClient, RequestOptions } from '../../data/client.js';
import type { CursorPage } from '../../data/pages.js';
import type { CsvSeparatorChoice } from '../../internal/csv.js';
import type { Column } from './columns.js';

export type Paging = 'pages' | 'scroll';

/** What a table lists, and how: everything about the list that is not how it is shown. */
export interface TableSource<T> {
  /** Inputs of the query besides the page size (filters): a change starts again at page 1. */
  query(): readonly unknown[];
  /** What is wrong with the query, stopping the load (a filter that is not valid), or null. */
  problem?(): string | null;
  /** One page of the list (`opts`: the load's signal, and `fresh` on a Retry). */
  fetch(
    client: CreditsClient,
    cursor: string | null,
    limit: number,
    opts: RequestOptions,
  ): Promise<CursorPage<T>>;
  /** The first page from the client's cache, if it holds it (drawn at once, no skeleton). */
  peek?(client: CreditsClient, limit: number): CursorPage<T> | undefined;
  /** Every page of the list, for the export. */
  pages(client: CreditsClient, signal: AbortSignal): AsyncIterable<CursorPage<T>>;
  /** The export's file name. */
  exportName(): string;
  /** What the empty list says, in the element's language. */
  emptyText(): string;
  /** Controls before the export button (filters). */
  renderFilters?(): unknown;
  /** Whether a filter narrows the list: an empty list no filter narrowed shows no filters. */
  filtered?(): boolean;
  /** What the empty state offers besides its sentence (clear the filters). */
  renderEmptyActions?(): unknown;
  /** A page has come from the server: its rows are now the truth. */
  loaded?(): void;
}

export interface TableOptions<T> {
  /** The caption and heading, `Credit Usage`, in the element's language now. */
  caption: () => string;
  columns: readonly Column<T>[];
  source: TableSource<T>;
  /** The element's `page-size`, `paging` and `csv-separator`. */
  settings: () => { pageSize: number; paging: Paging; csvSeparator?: CsvSeparatorChoice };
  /** The name and content of a row's info pop-out (rows get an info button from their cells). */
  popout?: { label: (row: T) => string; content: (row: T) => unknown };
  /**
   * Rows the skeleton draws in the paged view when this browser has not shown the list before:
   * a full page unless a table expects fewer. After that, the rows its first page had.
   */
  skeletonRows?: number;
}

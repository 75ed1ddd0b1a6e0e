/**
 * English source: the table engine (`table.*`: toolbar, filters, pager, export, shared
 * columns), `<credits-usage-table>` (`usage.*`) and `<credits-purchase-history>` (`purchases.*`).
 */
import { defineSource } from '../messages.js';

export const tables = defineSource({
  'table.toolbar': 'Filters',
  'table.export': 'Export CSV',
  'table.from': 'From',
  'table.to': 'To',
  'table.filterEventId': 'Event ID',
  'table.clearFilters': 'Clear filters',
  'table.fromInvalid': 'From must be a date (YYYY-MM-DD), not "{value}".',
  'table.toInvalid': 'To must be a date (YYYY-MM-DD), not "{value}".',
  'table.fromAfterTo': 'From must be on or before To.',
  'table.eventIdInvalid': 'Event ID must be a whole number, not "{value}".',
  'table.emptyPage': 'No rows on this page. There are more after it: use Next.',
  'table.scrollable': '{caption}, scrollable',
  'table.loadingCaption': 'Loading {caption}…',
  'table.pages': '{caption} pages',
  'table.rowsLoaded': {
    one: '{count} row loaded',
    other: '{count} rows loaded',
  },
  /** `count`: the rows loaded (the words agree with it, in every language); `{total}`: all rows. */
  'table.rowsLoadedOf': {
    one: '{count} row of {total} loaded',
    other: '{count} rows of {total} loaded',
  },
  'table.loadMore': 'Load more',
  'table.loadingRows': 'Loading rows…',
  'table.range': 'Rows {first}–{last}',
  'table.rangeOf': {
    one: 'Rows {first}–{last} of {count}',
    other: 'Rows {first}–{last} of {count}',
  },
  'table.noRows': 'No rows',
  'table.noRowsOf': {
    one: 'No rows of {count}',
    other: 'No rows of {count}',
  },
  'table.previous': 'Previous',
  'table.next': 'Next',
  'table.pageFailed': 'Page {page} could not be loaded: {message}',
  'table.moreFailed': 'More rows could not be loaded: {message}',
  'table.exportProgress': 'Export progress',
  'table.exporting': {
    one: 'Exporting… {count} row',
    other: 'Exporting… {count} rows',
  },
  /** `count`: the rows exported so far (the words agree with it); `{total}`: all rows. */
  'table.exportingOf': {
    one: 'Exporting… {count} row of {total}',
    other: 'Exporting… {count} rows of {total}',
  },
  'table.cancelExport': 'Cancel export',
  'table.exported': {
    one: 'Exported {count} row to {filename}.',
    other: 'Exported {count} rows to {filename}.',
  },
  'table.exportCancelled': 'Export cancelled.',
  'table.exportFailed': 'Export failed: {message}',
  'table.retryExport': 'Retry export',
  'table.type': 'Type',
  'table.credits': 'Credits',
  'table.event': 'Event',
  'table.eventId': 'Event ID',
  'table.date': 'Date',
  'table.noEvent': 'No event',
  'table.sampleEvent': 'Harbour Lights Wedding',

  'usage.title': 'Credit Usage',
  'usage.empty': 'No usage yet.',
  'usage.emptyFiltered': 'No usage matches these filters.',
  'usage.badge': 'Usage',
  'usage.usageType': 'Usage type',
  'usage.about': 'Usage type: {type}',
  'usage.user': 'User',
  'usage.system': 'System',
  'usage.sampleUser': 'Asha Verma',

  'purchases.title': 'Purchase History',
  'purchases.empty': 'No purchases yet.',
  'purchases.emptyFiltered': 'No purchases match these filters.',
  'purchases.paymentDetails': 'Payment details: {type}',
  'purchases.about': 'About {type}',
  'purchases.noDetails': '{note} No payment details were recorded for it.',
  'purchases.copy': 'Copy {label}',
  'purchases.copied': '{label} copied',

  // The export's file name, in parts (characters a file system refuses are replaced).
  'usage.fileName': 'credit-usage',
  'purchases.fileName': 'purchase-history',
  'table.fileRange': '{from}_to_{to}',
  'table.fileFrom': 'from_{from}',
  'table.fileTo': 'to_{to}',
  'table.fileAllDates': 'all-dates',
  'table.fileEvent': 'event-{id}',
});

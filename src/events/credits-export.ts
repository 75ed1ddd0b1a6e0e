export interface CreditsExportDetail {
  /** `credit-usage_2026-10-01_to_2026-10-31.csv` */
  filename: string;
  /** The whole CSV text. */
  csv: string;
  /** Number of transactions in it. */
  rows: number;
  /**
   * The column separator: `;` where the element's locale writes a decimal comma (decimals then
   * written `12,50`, as a spreadsheet there reads them), else `,`; or as `csv-separator` says.
   */
  separator: ',' | ';';
}

/**
 * A CSV export is complete and about to be downloaded. Cancel it to handle the file yourself
 * (upload it, say) instead of the browser download.
 */
export class CreditsExportEvent extends Event {
  static readonly eventName = 'credits-export' as const;
  readonly detail: CreditsExportDetail;
  constructor(detail: CreditsExportDetail) {
    super(CreditsExportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credits-export': CreditsExportEvent;
  }
}

// React 19: the credits elements type-check as JSX, with typed events; misuse is rejected.
import type {} from 'credits-widgets/react';
import type { CreditsPurchaseEvent, DashboardTab } from 'credits-widgets';

export function App() {
  return (
    <>
      <credits-provider endpoint="/api/credits" admin={false}>
        <credits-balance
          show-cost
          low-balance={1000}
          purchase-href="/top-up"
          oncredits-purchase={(e) => {
            const detail: CreditsPurchaseEvent['detail'] = e.detail;
            return detail.available;
          }}
        />
      </credits-provider>
      <credits-usage-table paging="scroll" page-size={100} event-href="/events/{id}" />
      <credits-usage-breakdown
        by="user"
        from="2026-01-01"
        to="2026-03-31"
        limit={3}
        oncredits-event-open={(e) => e.detail.eventId}
      />
      <credits-dashboard
        endpoint="/api/credits"
        tab="billing"
        oncredits-tab-change={(e) => {
          const tab: DashboardTab = e.detail.tab;
          return tab;
        }}
      />
      {/* @ts-expect-error admin is a boolean, not any string */}
      <credits-balance admin="nope" />
      {/* @ts-expect-error paging is 'pages' or 'scroll' */}
      <credits-usage-table paging="infinite" />
      {/* @ts-expect-error by is event, user or type */}
      <credits-usage-breakdown by="month" />
      {/* @ts-expect-error the detail of credits-purchase has no "amount" */}
      <credits-balance oncredits-purchase={(e) => e.detail.amount} />
    </>
  );
}

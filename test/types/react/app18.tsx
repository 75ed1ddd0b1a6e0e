// React 18: the @lit/react wrappers, with on* event props typed by our event classes.
import { CreditsBalance, CreditsBilling, CreditsDashboard } from 'credits-widgets/react18';

export function App18() {
  return (
    <>
      <CreditsBalance
        endpoint="/api/credits"
        admin={false}
        onCreditsPurchase={(e) => e.detail.available}
      />
      <CreditsDashboard tab="billing" onCreditsTabChange={(e) => e.detail.tab} />
      {/* The events of the parts inside a composite element are its own events too. */}
      <CreditsDashboard onCreditsPurchase={(e) => e.detail.available} />
      <CreditsBilling
        refreshInterval={30}
        paging="scroll"
        onCreditsEditBilling={(e) => e.preventDefault()}
        onCreditsExport={(e) => e.detail.rows}
      />
      {/* @ts-expect-error the dashboard's tab is one of three */}
      <CreditsDashboard tab="settings" />
    </>
  );
}

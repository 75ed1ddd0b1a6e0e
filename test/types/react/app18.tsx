// React 18: the @lit/react wrappers, with on* event props typed by our event classes.
import { CreditsBalance, CreditsDashboard } from 'credits-widgets/react18';

export function App18() {
  return (
    <>
      <CreditsBalance
        endpoint="/api/credits"
        admin={false}
        onCreditsPurchase={(e) => e.detail.available}
      />
      <CreditsDashboard tab="billing" onCreditsTabChange={(e) => e.detail.tab} />
      {/* @ts-expect-error the dashboard's tab is one of three */}
      <CreditsDashboard tab="settings" />
    </>
  );
}

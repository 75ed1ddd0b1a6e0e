'use client';
// React 18's recipe: the @lit/react wrappers. Nothing is preloaded for it: it loads in the browser.
import { CreditsPurchaseHistory } from 'credits-widgets/react18';

export default function Purchases() {
  return <CreditsPurchaseHistory endpoint="/api/credits" locale="en-US" />;
}

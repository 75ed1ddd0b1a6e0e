'use client';
// React 19's recipe: the tag itself. Nothing is preloaded for it: it loads in the browser.
import 'credits-widgets';

export default function Purchases() {
  return <credits-purchase-history endpoint="/api/credits" locale="en-US" />;
}

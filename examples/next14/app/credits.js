'use client';
// Rendered on the server by @lit-labs/nextjs with the server's answers (the `client` property,
// which the @lit/react wrappers hand to Lit's server renderer), then hydrated in the browser,
// where the widgets take the same answers from the page.
import { useState } from 'react';
import { CreditsClient } from 'credits-widgets';
import { CreditsBalance, CreditsSubscription, CreditsUsageTable } from 'credits-widgets/react18';

/** A client holding the answers the server component fetched for this request. */
function serverClient(snapshot) {
  const client = new CreditsClient({ endpoint: 'http://credits.internal/api/credits' });
  client.seed(snapshot);
  return client;
}

export default function Credits({ snapshot }) {
  // On the server: this request's client. In the browser: none, the widgets use `endpoint` and
  // the answers in the page.
  const [client] = useState(() =>
    typeof window === 'undefined' ? serverClient(snapshot) : undefined,
  );
  const props = { endpoint: '/api/credits', locale: 'en-US', ...(client && { client }) };
  return (
    <>
      <CreditsSubscription {...props} />
      <CreditsBalance {...props} admin />
      <CreditsUsageTable {...props} />
    </>
  );
}

// The Credits API, answered by the app itself from the examples' fixtures.
import { json } from '@sveltejs/kit';
import { answer } from '$shared/mock-api.mjs';

export function GET({ params, url }) {
  const body = answer(`/${params.path}`, url.searchParams);
  return body ? json(body) : json({ error: { message: 'Not found' } }, { status: 404 });
}

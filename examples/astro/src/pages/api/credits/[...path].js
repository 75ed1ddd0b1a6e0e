// The Credits API, answered by the app itself from the examples' fixtures.
import { answer } from '../../../../../shared/mock-api.mjs';

export function GET({ params, url }) {
  const body = answer(`/${params.path}`, url.searchParams);
  return Response.json(body ?? { error: { message: 'Not found' } }, { status: body ? 200 : 404 });
}

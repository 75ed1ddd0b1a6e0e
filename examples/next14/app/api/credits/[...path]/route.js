// The Credits API for this example: fixed answers (../shared/mock-api.mjs).
import { mockFetch } from '../../../../../shared/mock-api.mjs';

export function GET(request) {
  return mockFetch(request.url);
}

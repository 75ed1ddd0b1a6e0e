// The Credits API, answered by the app itself from the examples' fixtures.
import { createError, defineEventHandler, getRequestURL } from '#imports';
import { answer } from '../../../../shared/mock-api.mjs';

export default defineEventHandler((event) => {
  const url = getRequestURL(event);
  const body = answer(url.pathname.slice('/api/credits'.length), url.searchParams);
  if (!body) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  return body;
});

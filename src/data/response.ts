import type * as v from 'valibot';
import { ErrorBodySchema, ValidationErrorBodySchema } from '../api/schemas.js';
import { validate } from '../api/validate.js';
import { CreditsError } from './errors.js';

/** What an answer of the Credits API means: its body read against the contract, or its error. */

/**
 * The body of a 2xx answer as `schema` describes it. A body that is not JSON, or that breaks the
 * contract, is a `contract` error naming where; none of it is returned.
 */
export function readBody<S extends v.GenericSchema>(
  schema: S,
  text: string,
  status: number,
  request: string,
): v.InferOutput<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new CreditsError('contract', `${request}: the response is not JSON.`, {
      status,
      issues: [
        {
          path: '',
          problem: 'expected JSON, got text that is not JSON',
          sentence: 'the response is not JSON',
        },
      ],
      request,
      cause,
    });
  }
  const result = validate(schema, json);
  if (!result.ok) {
    const error = new CreditsError('contract', '', { status, issues: result.issues, request });
    error.message = `${request} broke the contract: ${error.issueSummary}`;
    throw error;
  }
  return result.value;
}

/**
 * The error of a non-2xx answer: 401 `unauthenticated`, 403 `forbidden`, a 422 with field
 * messages `validation`, anything else `http`; with the server's ErrorBody where it sent one.
 */
export function errorFromStatus(status: number, text: string, request: string): CreditsError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (status === 422) {
    const invalid = validate(ValidationErrorBodySchema, json);
    if (invalid.ok) {
      const { message, code, fields } = invalid.value.error;
      return new CreditsError('validation', `${request}: ${message}`, {
        status,
        code,
        serverMessage: message,
        fields,
        request,
      });
    }
  }
  const body = validate(ErrorBodySchema, json);
  const serverMessage = body.ok ? body.value.error.message : undefined;
  const code = body.ok ? body.value.error.code : undefined;
  const setupUrl = body.ok ? body.value.error.setupUrl : undefined;
  const kind = status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'http';
  return new CreditsError(
    kind,
    `${request}: HTTP ${status}${serverMessage ? ` ${serverMessage}` : ''}`,
    {
      status,
      code,
      serverMessage,
      setupUrl,
      request,
    },
  );
}

/**
 * A request that got no answer: kind `timeout` when it ran out of `timeout` ms, else `network`
 * (offline, DNS, or CORS when the endpoint is on another origin).
 */
export function transportError(
  cause: unknown,
  request: string,
  at: { timeout?: number; crossOrigin: boolean },
): CreditsError {
  if (at.timeout !== undefined) {
    return new CreditsError('timeout', `${request}: no answer within ${at.timeout} ms.`, {
      request,
      cause,
    });
  }
  return new CreditsError('network', `${request}: the request failed (${String(cause)}).`, {
    request,
    cause,
    crossOrigin: at.crossOrigin,
  });
}

import * as v from 'valibot';
import {
  AUTH_SCHEME,
  ErrorResponseSchema,
  PROTOCOL_VERSION,
  PullResponseSchema,
  PushResponseSchema,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../protocol.ts';

/** How the client reaches the server: one push, one page of pull, each with the device's token. */
export interface SyncTransport {
  push(request: PushRequest, token: string): Promise<PushResponse>;
  pull(cursor: string, token: string): Promise<PullResponse>;
}

/** A request the server refused as a whole (4xx/5xx), with its message for the officer. */
export class SyncHttpError extends Error {
  override readonly name = 'SyncHttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A request to the server with the device's token. A refusal becomes a SyncHttpError with the
 * server's Vietnamese message; with `unreachable`, a server that cannot be reached at all
 * (offline, DNS, a dropped connection) becomes one too, status 0, else that error is thrown as is.
 */
export async function serverResponse(fetchImpl: typeof fetch, url: string, init: RequestInit, token: string, unreachable?: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, headers: { ...init.headers, authorization: `${AUTH_SCHEME} ${token}` } });
  } catch (error) {
    if (unreachable === undefined) throw error;
    throw new SyncHttpError(0, unreachable);
  }
  if (!response.ok) {
    const parsed = v.safeParse(ErrorResponseSchema, await response.json().catch(() => null));
    throw new SyncHttpError(response.status, parsed.success ? parsed.output.error : `Máy chủ trả lỗi ${response.status}.`);
  }
  return response;
}

/** The JSON body of a server's answer, checked against `schema` (a SyncHttpError when it does not fit). */
export async function serverJson<T>(response: Response, schema: v.GenericSchema<unknown, T>): Promise<T> {
  const parsed = v.safeParse(schema, await response.json().catch(() => null));
  if (!parsed.success) throw new SyncHttpError(response.status, 'Máy chủ trả lời không đúng định dạng.');
  return parsed.output;
}

/** The real transport: `POST /api/sync` and `GET /api/pull` with `fetch`. */
export function httpSyncTransport(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): SyncTransport {
  const call = async <T>(path: string, init: RequestInit, token: string, schema: v.GenericSchema<unknown, T>): Promise<T> =>
    serverJson(await serverResponse(fetchImpl, `${baseUrl}${path}`, init, token), schema);
  return {
    push: (request, token) =>
      call('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) }, token, PushResponseSchema),
    pull: (cursor, token) =>
      call(`/api/pull?protocol=${PROTOCOL_VERSION}&since=${encodeURIComponent(cursor)}`, { method: 'GET' }, token, PullResponseSchema),
  };
}

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

/** The real transport: `POST /api/sync` and `GET /api/pull` with `fetch`. */
export function httpSyncTransport(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): SyncTransport {
  const call = async <T>(path: string, init: RequestInit, token: string, schema: v.GenericSchema<unknown, T>): Promise<T> => {
    const response = await fetchImpl(`${baseUrl}${path}`, { ...init, headers: { ...init.headers, authorization: `${AUTH_SCHEME} ${token}` } });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = v.safeParse(ErrorResponseSchema, body);
      throw new SyncHttpError(response.status, parsed.success ? parsed.output.error : `Máy chủ trả lỗi ${response.status}.`);
    }
    const parsed = v.safeParse(schema, body);
    if (!parsed.success) throw new SyncHttpError(response.status, 'Máy chủ trả lời không đúng định dạng.');
    return parsed.output;
  };
  return {
    push: (request, token) =>
      call('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) }, token, PushResponseSchema),
    pull: (cursor, token) =>
      call(`/api/pull?protocol=${PROTOCOL_VERSION}&since=${encodeURIComponent(cursor)}`, { method: 'GET' }, token, PullResponseSchema),
  };
}

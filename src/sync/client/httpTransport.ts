import * as v from 'valibot';
import { ErrorResponseSchema, PushResponseSchema, type PushRequest, type PushResponse } from '../protocol.ts';

/** Sends one push and returns the server's receipts. */
export type PushTransport = (request: PushRequest) => Promise<PushResponse>;

/** A push the server refused as a whole (4xx/5xx), with its message for the officer. */
export class SyncHttpError extends Error {
  override readonly name = 'SyncHttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The real transport: `POST /api/sync` with `fetch`. */
export function httpPushTransport(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): PushTransport {
  return async (request) => {
    const response = await fetchImpl(`${baseUrl}/api/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = v.safeParse(ErrorResponseSchema, body);
      throw new SyncHttpError(response.status, parsed.success ? parsed.output.error : `Máy chủ trả lỗi ${response.status}.`);
    }
    const parsed = v.safeParse(PushResponseSchema, body);
    if (!parsed.success) throw new SyncHttpError(response.status, 'Máy chủ trả lời không đúng định dạng.');
    return parsed.output;
  };
}

import { PROTOCOL_VERSION } from '../../sync/protocol.ts';

/** Why a push speaks another protocol version, with the HTTP status to answer. */
export interface ProtocolMismatch {
  readonly status: 426 | 400;
  readonly error: string;
}

/**
 * Looks only at `protocol`, before the rest of the body is checked, so that an old app whose
 * push has another shape still learns that it must update (426) rather than getting a 400.
 * A newer protocol than the server's is the server's fault: 400 asking to update the server.
 */
export function protocolMismatch(body: unknown): ProtocolMismatch | null {
  if (typeof body !== 'object' || body === null || !('protocol' in body)) return null;
  const { protocol } = body;
  if (typeof protocol !== 'number' || protocol === PROTOCOL_VERSION) return null;
  if (protocol < PROTOCOL_VERSION) return { status: 426, error: 'Ứng dụng đã cũ, hãy cập nhật phiên bản mới.' };
  return { status: 400, error: 'Máy chủ chưa hỗ trợ phiên bản ứng dụng này, hãy báo quản trị viên cập nhật máy chủ.' };
}

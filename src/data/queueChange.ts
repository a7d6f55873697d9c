import { uuidv7 } from '../domain/uuidv7.ts';
import type { Entity, RegisterClocks } from '../sync/protocol.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { takeNextSeq } from './deviceIdentity.ts';

/** What a local write queues for the server. */
export interface QueuedContent {
  readonly entity: Entity;
  readonly entityId: string;
  readonly at: string;
  readonly payload: unknown;
  readonly clocks: RegisterClocks;
  readonly hash: string;
}

/** Appends one change to the outbox with the next gap-free sequence number. Call inside the writing transaction. */
export async function queueChange(db: SoMotCuaDatabase, deviceId: string, content: QueuedContent): Promise<void> {
  const seq = await takeNextSeq(db);
  await db.outbox.add({ seq, changeId: uuidv7(), deviceId, ...content, state: 'pending' });
}

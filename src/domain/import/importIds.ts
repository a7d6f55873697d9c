import { uuidv7 } from '../uuidv7.ts';

/**
 * A UUIDv7 that is the same every time for the same inputs: the time bits from `timeMs` (so
 * ids still sort by receipt time, as DESIGN.md wants of every id), the 74 "random" bits from
 * SHA-256 of `seed`. Importing the same row twice therefore finds the same id.
 */
export async function derivedUuidv7(timeMs: number, seed: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(seed));
  return uuidv7(timeMs, new Uint8Array(digest).subarray(0, 10));
}

/** The id of an imported dossier: its receipt time, its identifying content, and which repeat of that content it is in the file. */
export function importedDossierId(receivedAt: string, identity: string, occurrence: number): Promise<string> {
  return derivedUuidv7(Date.parse(receivedAt), `so-mot-cua/import/dossier|${identity}|${occurrence}`);
}

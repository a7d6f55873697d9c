import { canonicalJson } from './canonicalJson.ts';

/** What a change's content hash covers: the entity it touches, the new content and its register clocks. */
export interface HashedContent {
  readonly entity: string;
  readonly entityId: string;
  readonly payload: unknown;
  /** Absent on changes queued before merging existed, whose hash covers the rest only. */
  readonly clocks?: unknown;
}

/** SHA-256 (hex) of the canonical JSON of a change's content, via Web Crypto (browser and Node). */
export async function contentHash(content: HashedContent): Promise<string> {
  const { entity, entityId, payload, clocks } = content;
  const bytes = new TextEncoder().encode(canonicalJson(clocks === undefined ? { entity, entityId, payload } : { entity, entityId, payload, clocks }));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

import { canonicalJson } from './canonicalJson.ts';

/** What a change's content hash covers: the entity it touches and the new content. */
export interface HashedContent {
  readonly entity: string;
  readonly entityId: string;
  readonly payload: unknown;
}

/** SHA-256 (hex) of the canonical JSON of a change's content, via Web Crypto (browser and Node). */
export async function contentHash(content: HashedContent): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson({ entity: content.entity, entityId: content.entityId, payload: content.payload }));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

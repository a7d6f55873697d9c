import type { Channel } from '../channel.ts';
import type { BucketDims } from './bucket.ts';

/** Narrowing of an indicator to some fields, officers or channels (empty or absent = all). */
export interface IndicatorFilter {
  readonly fields?: readonly string[];
  readonly officerIds?: readonly string[];
  readonly channels?: readonly Channel[];
}

/** True when a bucket's dimensions pass the filter. */
export function matchesFilter(dims: BucketDims, filter: IndicatorFilter): boolean {
  if (filter.fields?.length && !filter.fields.includes(dims.field)) return false;
  if (filter.officerIds?.length && !filter.officerIds.includes(dims.officerId)) return false;
  if (filter.channels?.length && (dims.channel === '' || !filter.channels.includes(dims.channel))) return false;
  return true;
}

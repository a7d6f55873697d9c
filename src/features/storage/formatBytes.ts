import { formatNumber } from '../../ui/format.ts';

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** "12,3 MB", "1,5 GB" (vi-VN decimal comma): GB from 1 GB up. */
export function formatBytes(bytes: number): string {
  return bytes >= GB ? `${formatNumber(bytes / GB, 1)} GB` : `${formatNumber(bytes / MB, 1)} MB`;
}

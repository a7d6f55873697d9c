import { foldVietnamese } from '../csv/normalizeHeader.ts';
import { VIETNAM_OFFSET_MS } from '../vietnamTime.ts';

/**
 * "so-mot-cua-sao-luu-ubnd-xa-cam-thinh-tay-20261126-1645.json": the unit's name without
 * diacritics, then the Vietnam date and time of the backup, so files sort by time.
 */
export function backupFileName(unitName: string | null, createdAt: string): string {
  const local = new Date(Date.parse(createdAt) + VIETNAM_OFFSET_MS).toISOString();
  const stamp = `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}`;
  const slug = unitName === null ? '' : foldVietnamese(unitName).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `so-mot-cua-sao-luu-${slug === '' ? '' : `${slug}-`}${stamp}.json`;
}

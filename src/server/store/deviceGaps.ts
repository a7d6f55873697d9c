/** The gaps query's rows as inclusive ranges of missing seqs. */
export function gapRanges(rows: readonly { readonly first: number | string; readonly last: number | string }[]): [number, number][] {
  return rows.map((r) => [Number(r.first), Number(r.last)]);
}

/** What the server keeps of a device in a unit. */
export interface DeviceRow {
  readonly maxSeq: number;
  readonly minSeq: number;
  readonly changeCount: number;
}

/** Whether some seq between the device's first and highest in this unit never arrived. */
export function hasGaps(device: DeviceRow): boolean {
  return device.changeCount < device.maxSeq - device.minSeq + 1;
}

/**
 * The gaps query for one device (placeholders for unit and device), at most `limit` ranges,
 * oldest first, between the first and the highest seq stored from it in this unit (a phone that
 * recorded before enrolling here starts above 1).
 */
export function gapsQuery(placeholder: (n: number) => string, limit: number): string {
  return `SELECT prev + 1 AS first, seq - 1 AS last FROM (
      SELECT seq, lag(seq) OVER (ORDER BY seq) AS prev
        FROM changes WHERE unit_id = ${placeholder(1)} AND device_id = ${placeholder(2)}) AS s
    WHERE prev IS NOT NULL AND seq > prev + 1 ORDER BY first LIMIT ${limit}`;
}

import type { DeviceState } from '../protocol.ts';

/** What the device knows of its own sequence numbers. */
export interface LocalSeqState {
  /** The highest `seq` this device has handed out (0 before its first record). */
  readonly highestSeq: number;
  /** Sequence numbers the device knows never reached the server on purpose or yet: queued, quarantined, or discarded by the officer. */
  readonly unsentSeqs: ReadonlySet<number>;
  /** The first seq this unit's server should hold (see Enrollment.firstSeq); earlier ones went elsewhere. */
  readonly firstSeq: number;
}

/** A sign that changes were lost, on either side (sync issue, item 7). */
export type DataLossFinding =
  /** The server has more from this device than the device remembers handing out: its storage was wiped or restored from an old copy. */
  | { readonly kind: 'device_behind'; readonly serverMaxSeq: number; readonly localHighestSeq: number }
  /** Changes the device made that the server never got, and the device no longer holds. */
  | { readonly kind: 'lost_before_sending'; readonly ranges: readonly (readonly [number, number])[] }
  /** Changes the server acknowledged that it no longer holds: it was restored from an old backup. */
  | { readonly kind: 'server_behind'; readonly from: number; readonly to: number };

/** Compares the server's record of this device with the device's own; empty when nothing was lost. */
export function findDataLoss(server: DeviceState, local: LocalSeqState): DataLossFinding[] {
  const findings: DataLossFinding[] = [];
  if (server.maxSeq > local.highestSeq) {
    findings.push({ kind: 'device_behind', serverMaxSeq: server.maxSeq, localHighestSeq: local.highestSeq });
  }
  const lost = server.missing.flatMap(([from, to]) => withoutSeqs(Math.max(from, local.firstSeq), to, local.unsentSeqs));
  if (lost.length > 0) findings.push({ kind: 'lost_before_sending', ranges: lost });
  const acknowledgedAbove = withoutSeqs(Math.max(server.maxSeq + 1, local.firstSeq), local.highestSeq, local.unsentSeqs);
  const first = acknowledgedAbove[0];
  const last = acknowledgedAbove.at(-1);
  if (first !== undefined && last !== undefined) findings.push({ kind: 'server_behind', from: first[0], to: last[1] });
  return findings;
}

/**
 * The opening of the `device_behind` sentence: the same words as the phone's own wiped-storage
 * check (src/features/storage), so both signals lead to the same message and ways back.
 */
export const DEVICE_WIPED_LEAD = 'Dữ liệu trên máy đã bị xóa hoặc khôi phục từ bản cũ.';

/** The officer's sentence for the findings, or null when there are none. */
export function describeDataLoss(findings: readonly DataLossFinding[]): string | null {
  const sentences = findings.map((finding) => {
    switch (finding.kind) {
      case 'device_behind':
        return `${DEVICE_WIPED_LEAD} Máy chủ đã nhận ${finding.serverMaxSeq} thay đổi từ máy này, nhưng máy chỉ còn nhớ ${finding.localHighestSeq}. Hồ sơ đã gửi được tải lại từ máy chủ; hãy kiểm tra những gì ghi sau lần đồng bộ cuối.`;
      case 'lost_before_sending':
        return `Có ${countOf(finding.ranges)} thay đổi ghi trên máy này chưa bao giờ tới máy chủ và máy không còn giữ (số thứ tự ${rangesText(finding.ranges)}). Hãy báo quản trị viên.`;
      case 'server_behind':
        return `Máy chủ thiếu các thay đổi số ${rangeText([finding.from, finding.to])} mà máy này đã gửi thành công: máy chủ có thể đã được khôi phục từ bản sao lưu cũ. Hãy báo quản trị viên.`;
    }
  });
  return sentences.length === 0 ? null : sentences.join(' ');
}

/** The inclusive ranges of [from, to] left after removing `seqs`. */
function withoutSeqs(from: number, to: number, seqs: ReadonlySet<number>): [number, number][] {
  const ranges: [number, number][] = [];
  let start: number | null = null;
  for (let seq = from; seq <= to; seq++) {
    if (seqs.has(seq)) {
      if (start !== null) ranges.push([start, seq - 1]);
      start = null;
    } else if (start === null) start = seq;
  }
  if (start !== null && start <= to) ranges.push([start, to]);
  return ranges;
}

function countOf(ranges: readonly (readonly [number, number])[]): number {
  return ranges.reduce((n, [from, to]) => n + to - from + 1, 0);
}

function rangeText([from, to]: readonly [number, number]): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

function rangesText(ranges: readonly (readonly [number, number])[]): string {
  return ranges.map(rangeText).join(', ');
}

import { describe, expect, it } from 'vitest';
import type { StoredHistoryEntry } from '../../data/historyStore.ts';
import type { AuditEntry } from '../../sync/protocol.ts';
import { mergedHistory } from './mergedHistory.ts';

const PHONE = '0190a000-0000-7000-8000-000000000001';
const OTHER = '0190a000-0000-7000-8000-000000000002';
const ID = '0190a000-0000-7000-8000-0000000000aa';

const local = (id: number, action: StoredHistoryEntry['action'], at: string, extra: Partial<StoredHistoryEntry> = {}): StoredHistoryEntry => ({
  id, dossierId: ID, at, officerId: 'lan', action, changes: [], ...extra,
});

const server = (auditSeq: number, deviceId: string, action: string, at: string, officerName: string | null): AuditEntry => ({
  auditSeq, changeId: `c${auditSeq}`, deviceId, seq: auditSeq, officerId: officerName === null ? null : `id-${auditSeq}`, officerName, action, at,
  receivedAt: at, fields: action === 'resolved' ? [{ field: 'status', before: 'received', after: 'resolved' }] : [],
});

describe('the dossier history shown (local record merged with the server trail)', () => {
  // This phone received at 02:00 (pushed) and added a note at 04:00 (not pushed yet); the other
  // phone resolved at 03:00, which this phone pulled (a remote entry with no officer).
  const phone = [
    local(1, 'received', '2025-03-03T02:00:00.000Z'),
    local(2, 'resolved', '2025-03-03T03:00:00.000Z', { officerId: null, remote: true }),
    local(3, 'edited', '2025-03-03T04:00:00.000Z'),
  ];

  it('offline shows the phone\u2019s record as kept', () => {
    expect(mergedHistory(phone, null, PHONE).map((e) => [e.action, e.officer, e.source])).toEqual([
      ['received', 'lan', 'local'],
      ['resolved', null, 'local'],
      ['edited', 'lan', 'local'],
    ]);
  });

  it('online shows each change once: the server\u2019s entries by name, plus the phone\u2019s saves the server lacks', () => {
    const trail = [server(1, PHONE, 'received', '2025-03-03T02:00:00.000Z', 'Nguyễn Thị Lan'), server(2, OTHER, 'resolved', '2025-03-03T03:00:00Z', 'Trần Văn Hùng')];
    // Receipt matched by (this device, 02:00): once, from the server. The pulled resolution: once, from
    // the server, with its officer's name. The 04:00 note: only on the phone.
    expect(mergedHistory(phone, trail, PHONE).map((e) => [e.action, e.officer, e.source, e.key])).toEqual([
      ['received', 'Nguyễn Thị Lan', 'server', 's1'],
      ['resolved', 'Trần Văn Hùng', 'server', 's2'],
      ['edited', 'lan', 'device', 'd3'],
    ]);
  });

  it('does not take another phone\u2019s entry at the same instant for this phone\u2019s save', () => {
    const trail = [server(5, OTHER, 'edited', '2025-03-03T04:00:00.000Z', 'Trần Văn Hùng')];
    const shown = mergedHistory([local(3, 'edited', '2025-03-03T04:00:00.000Z')], trail, PHONE);
    expect(shown.map((e) => e.source)).toEqual(['server', 'device']);
  });

  it('reads an action it does not know as an edit', () => {
    expect(mergedHistory([], [server(1, OTHER, 'renamed', '2025-03-03T02:00:00.000Z', null)], PHONE)[0]).toMatchObject({ action: 'edited', officer: null });
  });
});

import { describe, expect, it } from 'vitest';
import { MapStorage } from '../../test/helpers/mapStorage.ts';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import { describeDataLoss, DEVICE_WIPED_LEAD } from '../sync/client/dataLoss.ts';
import { obtainDeviceId } from './deviceIdentity.ts';
import { acknowledgeStorageWipe, findStorageWipe, noteRecordSaved, readStorageMarker } from './storageMarker.ts';

const freshDb = testDatabases();

describe('the storage mark', () => {
  it('finds nothing before the first record, nor while IndexedDB holds the marked device', async () => {
    const db = freshDb();
    const store = new MapStorage();
    expect(await findStorageWipe(db, store)).toBeNull();
    const deviceId = await obtainDeviceId(db);
    noteRecordSaved(deviceId, new Date('2026-11-20T01:00:00Z'), store);
    expect(readStorageMarker(store)).toEqual({ deviceId, firstRecordAt: '2026-11-20T01:00:00.000Z' });
    expect(await findStorageWipe(db, store)).toBeNull();
  });

  it('finds a wipe when localStorage remembers a device IndexedDB no longer has, until acknowledged', async () => {
    const store = new MapStorage();
    const before = freshDb();
    noteRecordSaved(await obtainDeviceId(before), new Date('2026-11-20T01:00:00Z'), store);
    // A new, empty IndexedDB under the same localStorage: what the browser leaves after evicting IndexedDB.
    const after = freshDb();
    expect(await findStorageWipe(after, store)).toEqual({ firstRecordAt: '2026-11-20T01:00:00.000Z' });
    // A record saved after the wipe does not hide it (the mark is never overwritten by a save).
    noteRecordSaved(await obtainDeviceId(after), new Date('2026-11-26T01:00:00Z'), store);
    expect(await findStorageWipe(after, store)).toEqual({ firstRecordAt: '2026-11-20T01:00:00.000Z' });
    await acknowledgeStorageWipe(after, store);
    expect(await findStorageWipe(after, store)).toBeNull();
  });

  it('the server-side signal opens with the same words as the phone’s own', () => {
    const sentence = describeDataLoss([{ kind: 'device_behind', serverMaxSeq: 12, localHighestSeq: 0 }]);
    expect(sentence?.startsWith('Dữ liệu trên máy đã bị xóa')).toBe(true);
    expect(sentence).toContain(DEVICE_WIPED_LEAD);
  });
});

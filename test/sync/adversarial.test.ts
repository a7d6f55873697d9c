import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { rateSatisfaction, resolveDossier, updateFacts } from '../../src/domain/dossierLifecycle.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { CLOCK_AHEAD } from '../../src/server/validateChange.ts';
import { canonicalJson } from '../../src/sync/canonicalJson.ts';
import { formatHlc } from '../../src/sync/merge/hybridLogicalClock.ts';
import { DOSSIER_LAYOUT } from '../../src/sync/merge/registerLayout.ts';
import { stampClocks } from '../../src/sync/merge/stampClocks.ts';
import type { Change } from '../../src/sync/protocol.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { enrolledDevice, type EnrolledDevice } from '../helpers/enrolledDevice.ts';
import { STORE_KINDS } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushTo, sampleDossier } from '../helpers/syncFixtures.ts';

/** A change from `device` carrying `dossier` with clocks stamped against `base` at `wallMs`. */
async function edit(device: EnrolledDevice, seq: number, base: Dossier | undefined, next: Dossier, wallMs: number, baseClocks?: Record<string, string>): Promise<Change> {
  const clocks = stampClocks(DOSSIER_LAYOUT, base === undefined ? undefined : { value: base, clocks: baseClocks ?? {} }, next, formatHlc({ wallMs, counter: 0, node: device.deviceId }));
  return dossierChange(next, { deviceId: device.deviceId, seq, clocks });
}

describe.each(STORE_KINDS)('adversarial pushes on $name (sync issue, item 9)', (kind) => {
  const current = appPerTest(kind);

  it('a change twice in one batch is stored once: accepted, then duplicate', async () => {
    const { app, db } = current();
    const lan = await enrolledDevice(db.stores.access);
    const change = await dossierChange(sampleDossier(), { deviceId: lan.deviceId, seq: 1 });
    const { receipts } = await pushTo(app, lan.deviceId, [change, change], lan.token);
    expect(receipts.map((r) => r.status)).toEqual(['accepted', 'duplicate']);
    expect([await db.count('changes'), await db.count('dossiers')]).toEqual([1, 1]);
  });

  it('a batch in reverse order and an old batch replayed after newer ones end in the same record as the ordered pushes', async () => {
    const { app, db } = current();
    const lan = await enrolledDevice(db.stores.access);
    const received = sampleDossier();
    const t0 = Date.parse(received.updatedAt);
    const first = await edit(lan, 1, undefined, received, t0);
    const digitized = updateFacts(received, new Date(t0 + 60_000), { digitized: true });
    const second = await edit(lan, 2, received, digitized, t0 + 60_000, first.clocks);
    const resolved = resolveDossier(digitized, new Date(t0 + 120_000), {});
    const third = await edit(lan, 3, digitized, resolved, t0 + 120_000, second.clocks);

    expect((await pushTo(app, lan.deviceId, [third, second, first], lan.token)).receipts.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    const replay = await pushTo(app, lan.deviceId, [first, second], lan.token);
    expect(replay.receipts.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(replay.device).toEqual({ maxSeq: 3, missing: [] });
    const [stored] = (await db.stores.sync.pullSince(lan.unitId, 0, 10)).records;
    expect(stored?.payload).toEqual(resolved);
  });

  it('poisoned changes are each rejected with a reason, and the rest of the batch is stored', async () => {
    const { app, db } = current();
    const lan = await enrolledDevice(db.stores.access);
    const good = await dossierChange(sampleDossier(), { deviceId: lan.deviceId, seq: 1 });
    const honest = sampleDossier();
    const tampered = { ...(await dossierChange(honest, { deviceId: lan.deviceId, seq: 2 })), payload: { ...honest, channel: honest.channel === 'postal' ? 'in_person' : 'postal' } };
    const invalid = await dossierChange({ ...sampleDossier(), status: 'resolved' }, { deviceId: lan.deviceId, seq: 3 });
    const foreignClock = await dossierChange(sampleDossier(), { deviceId: lan.deviceId, seq: 4, clocks: { password: formatHlc({ wallMs: 1, counter: 0, node: lan.deviceId }) } });
    const wrongId = await dossierChange(sampleDossier(), { deviceId: lan.deviceId, seq: 5, entityId: uuidv7() });
    // Stamped by a phone whose date is two days ahead of the server's.
    const future = await dossierChange(sampleDossier(), { deviceId: lan.deviceId, seq: 6, clocks: { digitized: formatHlc({ wallMs: Date.now() + 2 * 86_400_000, counter: 0, node: lan.deviceId }) } });
    const { receipts } = await pushTo(app, lan.deviceId, [tampered, good, invalid, foreignClock, wrongId, future], lan.token);
    expect(receipts.map((r) => r.status)).toEqual(['rejected', 'accepted', 'rejected', 'rejected', 'rejected', 'rejected']);
    expect(receipts[5]?.reason).toBe(CLOCK_AHEAD);
    expect(receipts[0]?.reason).toBe('Mã băm không khớp nội dung');
    expect(receipts[2]?.reason).toMatch(/^Hồ sơ không hợp lệ/);
    expect(receipts[3]?.reason).toBe('clocks.password: không phải trường của hồ sơ');
    expect(receipts[4]?.reason).toBe('payload.id phải trùng với entityId của thay đổi');
    expect([await db.count('changes'), await db.count('dossiers')]).toEqual([1, 1]);
  });

  it('any interleaving, batching and duplication of three officers\u2019 changes converges on the same records', async () => {
    const { db } = current();
    const officers = await Promise.all(['lan', 'minh', 'hoa'].map((officerId) => enrolledDevice(db.stores.access, { officerId })));
    const received = sampleDossier();
    const t0 = Date.parse(received.updatedAt);
    const base = await edit(officers[0]!, 1, undefined, received, t0);
    // Each officer edits the received dossier on their own phone, offline from the others.
    const edits = [
      base,
      await edit(officers[0]!, 2, received, updateFacts(received, new Date(t0 + 60_000), { digitized: true }), t0 + 60_000, base.clocks),
      await edit(officers[1]!, 1, received, resolveDossier(received, new Date(t0 + 90_000), { electronicResult: true }), t0 + 90_000, base.clocks),
      await edit(officers[2]!, 1, received, rateSatisfaction(received, new Date(t0 + 30_000), 'satisfied'), t0 + 30_000, base.clocks),
      await edit(officers[2]!, 2, received, updateFacts(received, new Date(t0 + 120_000), { syncedToPortal: true }), t0 + 120_000, base.clocks),
    ];
    let expected: string | null = null;
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(edits, { minLength: edits.length, maxLength: edits.length }),
        fc.array(fc.constantFrom(...edits), { maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        async (order, replays, batchSize) => {
          const fresh = await db.reopen();
          const unit = `xa-${uuidv7().slice(-12)}`;
          await fresh.access.createUnit({ id: unit, name: unit, kind: 'commune', parentId: null });
          const all = [...order, ...replays];
          for (let i = 0; i < all.length; i += batchSize) {
            const batch = all.slice(i, i + batchSize).map((c) => ({ ...c, entity: 'dossier' as const, payload: c.payload as Dossier }));
            await fresh.sync.applyChanges(unit, batch, '2025-03-10T00:00:00.000Z');
          }
          const [record] = (await fresh.sync.pullSince(unit, 0, 10)).records;
          const state = canonicalJson({ payload: record?.payload, clocks: record?.clocks });
          expected ??= state;
          expect(state).toBe(expected);
          expect(record?.payload).toMatchObject({ status: 'resolved', digitized: true, electronicResult: true, satisfaction: 'satisfied', syncedToPortal: true });
        },
      ),
      { numRuns: kind.name === 'SQLite' ? 25 : 8 },
    );
  });
});

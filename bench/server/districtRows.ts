import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { DossierSchema } from '../../src/domain/dossier.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import type { AccessStore } from '../../src/server/store/accessStore.ts';
import { changeRow, dossierRow, type ChangeRow, type DossierRow } from '../../src/server/store/rows.ts';
import { validateChange } from '../../src/server/validateChange.ts';
import { canonicalJson } from '../../src/sync/canonicalJson.ts';
import { prng } from '../browser/generateDossiers.ts';
import { mixedDossiers } from './dossierMix.ts';
import type { RowPair } from './rowInserts.ts';
import { newDossierChange } from './wireChanges.ts';

/** Officers (and so devices) per unit. */
const OFFICERS = ['can-bo-1', 'can-bo-2', 'can-bo-3'] as const;
const PLACEHOLDER_UNIT = 'placeholder-unit';
const PLACEHOLDER_DEVICE = '01000000-0000-7000-8000-000000000000';

/** A district: its id and the communes and wards below it. */
export interface District {
  readonly districtId: string;
  readonly unitIds: readonly string[];
}

/** Creates the district and `units` communes / wards below it, each with its officers, through the AccessStore. */
export async function createDistrict(access: AccessStore, units: number): Promise<District> {
  const districtId = 'huyen-bench';
  await access.createUnit({ id: districtId, name: 'UBND huyện Bench', kind: 'district', parentId: null });
  const unitIds: string[] = [];
  const now = new Date();
  for (let u = 1; u <= units; u += 1) {
    const id = `xa-${String(u).padStart(3, '0')}`;
    await access.createUnit({ id, name: `UBND ${u % 5 === 0 ? 'phường' : 'xã'} số ${u}`, kind: u % 5 === 0 ? 'ward' : 'commune', parentId: districtId });
    for (const officerId of OFFICERS) await access.createOfficer({ unitId: id, officerId, name: `Cán bộ ${officerId.slice(-1)}`, role: 'officer' }, now);
    unitIds.push(id);
  }
  return { districtId, unitIds };
}

/** A row pair built once by the real row mapping, to be copied under new ids. */
interface Template {
  readonly change: ChangeRow;
  readonly dossier: DossierRow;
  readonly receivedMs: number;
  readonly updatedMs: number;
}

/** One device's place in the sequence, and what the `devices` table must say about it. */
export interface DeviceTally {
  readonly unitId: string;
  readonly deviceId: string;
  seq: number;
  lastSeenAt: string;
}

/** What the generated history adds up to, for the `devices` and `units` rows written after it. */
export interface DistrictTotals {
  readonly devices: readonly DeviceTally[];
  /** Rows (so pull places) per unit. */
  readonly perUnit: ReadonlyMap<string, number>;
}

/**
 * `total` dossiers over the district's units, as row pairs (`changes` + `dossiers`) in chunks
 * of `chunkSize`, in the order they were received across the whole district (so rows of
 * different units interleave on disk as they would). Unit sizes vary (0.4× to 2× the mean);
 * each unit has three officers' phones, each with its own gap-free `seq`.
 *
 * Making a million dossiers through the lifecycle functions and the row mapping would take
 * minutes, so `poolSize` dossiers (`mixedDossiers`, 2024–2026) are made and mapped by the
 * real `changeRow` / `dossierRow` once, and each row is a copy of one of them under a new
 * dossier id, change id, unit, device, `seq` and pull place: `data`/`payload` get the new
 * id, `clocks` the new device, and `hash` is recomputed over the same canonical JSON
 * `contentHash` covers. `checkCopies` proves a sample of copies are what a real push stores.
 */
export function* districtRows(district: District, total: number, chunkSize: number, poolSize: number, totals: { devices: DeviceTally[]; perUnit: Map<string, number> }): Generator<RowPair[]> {
  const random = prng(2024);
  const pool: Template[] = [];
  for (const d of mixedDossiers(poolSize, { fromYear: 2024, toYear: 2026, officers: OFFICERS, seed: 31 })) {
    const change = newDossierChange(d, PLACEHOLDER_DEVICE, 1);
    const updatedMs = Date.parse(d.updatedAt);
    // The phone synced within the hour.
    const receivedAt = new Date(updatedMs + random() * 3_600_000).toISOString();
    pool.push({
      change: changeRow(PLACEHOLDER_UNIT, change, receivedAt),
      dossier: dossierRow(PLACEHOLDER_UNIT, d, { changeId: change.changeId, clocks: change.clocks ?? {}, pullSeq: 0 }),
      receivedMs: Date.parse(d.receivedAt),
      updatedMs,
    });
  }
  pool.sort((a, b) => a.receivedMs - b.receivedMs);

  const cumulative: number[] = [];
  let weightSum = 0;
  for (let u = 0; u < district.unitIds.length; u += 1) cumulative.push((weightSum += 0.4 + random() * 1.6));
  const devices = district.unitIds.map((unitId) => OFFICERS.map((_, o): DeviceTally => ({ unitId, deviceId: uuidv7(Date.UTC(2024, 0, 1) + o), seq: 0, lastSeenAt: '' })));
  totals.devices.push(...devices.flat());
  const bytes = new Uint8Array(10);
  const fill = () => {
    for (let b = 0; b < bytes.length; b += 1) bytes[b] = Math.floor(random() * 256);
    return bytes;
  };

  let chunk: RowPair[] = [];
  for (let j = 0; j < total; j += 1) {
    const template = pool[Math.floor((j * pool.length) / total)]!;
    const target = random() * weightSum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    const unitId = district.unitIds[lo]!;
    const device = devices[lo]![Math.floor(random() * OFFICERS.length)]!;
    device.seq += 1;
    device.lastSeenAt = template.change.receivedAt;
    const pullSeq = (totals.perUnit.get(unitId) ?? 0) + 1;
    totals.perUnit.set(unitId, pullSeq);
    chunk.push(copyOf(template, unitId, device.deviceId, device.seq, pullSeq, uuidv7(template.receivedMs, fill()), uuidv7(template.updatedMs, fill())));
    if (chunk.length === chunkSize) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** The template's rows under a new dossier id, change id, unit, device, seq and pull place. */
function copyOf(template: Template, unitId: string, deviceId: string, seq: number, pullSeq: number, id: string, changeId: string): RowPair {
  // The template's id occurs once in its canonical JSON, and the device only as the node of its clocks.
  const data = template.dossier.data.replace(template.dossier.id, id);
  const clocks = template.dossier.clocks.replaceAll(PLACEHOLDER_DEVICE, deviceId);
  // canonicalJson({ entity, entityId, payload, clocks }): keys in sorted order.
  const hash = createHash('sha256').update(`{"clocks":${clocks},"entity":"dossier","entityId":${JSON.stringify(id)},"payload":${data}}`).digest('hex');
  return {
    change: { ...template.change, unitId, changeId, deviceId, seq, entityId: id, hash, payload: data },
    dossier: { ...template.dossier, unitId, id, data, changeId, clocks, pullSeq },
  };
}

/**
 * Proves that copied rows are what the real path writes: each sample's `data` is a valid
 * dossier in canonical form with the row's id, and the change rebuilt from its row passes the
 * server's own `validateChange` (shape, payload, hash) and maps back to the same rows.
 */
export async function checkCopies(sample: readonly RowPair[]): Promise<void> {
  for (const { change, dossier } of sample) {
    const payload: unknown = JSON.parse(dossier.data);
    const parsed = v.safeParse(DossierSchema, payload);
    if (!parsed.success || parsed.output.id !== dossier.id || canonicalJson(parsed.output) !== dossier.data || change.payload !== dossier.data) {
      throw new Error(`report bench: generated row ${dossier.id} is not a valid dossier in canonical form`);
    }
    const wire = { changeId: change.changeId, deviceId: change.deviceId, seq: change.seq, entity: 'dossier', entityId: change.entityId, at: parsed.output.updatedAt, payload, clocks: JSON.parse(dossier.clocks), hash: change.hash };
    const checked = await validateChange(wire, change.deviceId);
    if (!checked.ok || checked.change.entity !== 'dossier') throw new Error(`report bench: generated change ${change.changeId} is refused: ${checked.ok ? 'not a dossier' : checked.reason}`);
    const again = { change: changeRow(change.unitId, checked.change, change.receivedAt), dossier: dossierRow(dossier.unitId, checked.change.payload, { changeId: change.changeId, clocks: checked.change.clocks ?? {}, pullSeq: dossier.pullSeq }) };
    if (canonicalJson(again) !== canonicalJson({ change, dossier })) throw new Error(`report bench: generated rows of ${dossier.id} differ from what the store would write`);
  }
}

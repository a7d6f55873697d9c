import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../../domain/calendar/vietnamWorkingCalendar.ts';
import { DossierSchema, type Dossier } from '../../domain/dossier.ts';
import { rateSatisfaction, receiveDossier, resolveDossier, updateFacts, requestSupplement, endDossier } from '../../domain/dossierLifecycle.ts';
import { STARTER_PROCEDURES } from '../../domain/starterProcedures.ts';
import { arbitraryDossier } from '../../../test/helpers/arbitraryDossier.ts';
import { canonicalJson } from '../canonicalJson.ts';
import { formatHlc } from './hybridLogicalClock.ts';
import { mergeSnapshots, type ClockedSnapshot } from './mergeSnapshots.ts';
import { DOSSIER_LAYOUT, type RegisterLayout } from './registerLayout.ts';
import { stampClocks } from './stampClocks.ts';

const calendar = createVietnamWorkingCalendar();
const LAN = '019a0000-0000-7000-8000-00000000000a';
const MINH = '019a0000-0000-7000-8000-00000000000b';
const clock = (wallMs: number, node: string, counter = 0) => formatHlc({ wallMs, counter, node });

function fold(layout: RegisterLayout, snapshots: readonly ClockedSnapshot[]): ClockedSnapshot {
  const [first, ...rest] = snapshots;
  if (first === undefined) throw new Error('nothing to fold');
  return rest.reduce((acc, s) => mergeSnapshots(layout, acc, s), first);
}

function edited(base: ClockedSnapshot, next: Dossier, at: string): ClockedSnapshot {
  return { value: next, clocks: stampClocks(DOSSIER_LAYOUT, base, next, at) };
}

describe('merging two officers\u2019 edits of one dossier (sync issue, item 2)', () => {
  const received = receiveDossier(
    { id: '019a0000-0000-7000-8000-000000000001', procedure: STARTER_PROCEDURES[0]!, channel: 'in_person', receivedAt: new Date('2026-11-23T02:00:00Z'), officerId: 'lan' },
    calendar,
  );
  const base: ClockedSnapshot = { value: received, clocks: stampClocks(DOSSIER_LAYOUT, undefined, received, clock(Date.parse('2026-11-23T02:00:00Z'), LAN)) };

  it('keeps both edits when they touch different fields', () => {
    // Lan marks the file digitized; Minh, on another phone, resolves it a minute later.
    const byLan = edited(base, updateFacts(received, new Date('2026-11-24T02:00:00Z'), { digitized: true }), clock(Date.parse('2026-11-24T02:00:00Z'), LAN));
    const byMinh = edited(base, resolveDossier(received, new Date('2026-11-24T02:01:00Z'), {}), clock(Date.parse('2026-11-24T02:01:00Z'), MINH));
    const merged = mergeSnapshots(DOSSIER_LAYOUT, byLan, byMinh);
    const dossier = v.parse(DossierSchema, merged.value);
    expect(dossier.digitized).toBe(true);
    expect(dossier.status).toBe('resolved');
    expect(dossier.resolvedAt).toBe('2026-11-24T02:01:00.000Z');
    expect(dossier.updatedAt).toBe('2026-11-24T02:01:00.000Z');
  });

  it('lets the later clock win the same field, whichever copy arrives first', () => {
    const early = edited(base, rateSatisfaction(received, new Date('2026-11-24T02:00:00Z'), 'satisfied'), clock(Date.parse('2026-11-24T02:00:00Z'), LAN));
    const late = edited(base, rateSatisfaction(received, new Date('2026-11-24T03:00:00Z'), 'very_satisfied'), clock(Date.parse('2026-11-24T03:00:00Z'), MINH));
    expect(mergeSnapshots(DOSSIER_LAYOUT, early, late).value['satisfaction']).toBe('very_satisfied');
    expect(mergeSnapshots(DOSSIER_LAYOUT, late, early).value['satisfaction']).toBe('very_satisfied');
  });

  it('takes conflicting lifecycle steps as a whole, so the result is a dossier the schema accepts', () => {
    // Both end the same dossier differently: status and its times must come from one of them.
    const resolved = edited(base, resolveDossier(received, new Date('2026-11-24T02:00:00Z'), {}), clock(Date.parse('2026-11-24T02:00:00Z'), LAN));
    const withdrawn = edited(base, endDossier(received, 'withdrawn', new Date('2026-11-24T01:00:00Z'), 'Công dân rút'), clock(Date.parse('2026-11-24T01:00:00Z'), MINH));
    const merged = v.parse(DossierSchema, mergeSnapshots(DOSSIER_LAYOUT, resolved, withdrawn).value);
    expect(merged.status).toBe('resolved');
    expect(merged.endedAt).toBeUndefined();
    expect(merged.endReason).toBeUndefined();
  });

  it('removes an optional field when the later edit removed it', () => {
    const rated = edited(base, rateSatisfaction(received, new Date('2026-11-24T02:00:00Z'), 'satisfied'), clock(Date.parse('2026-11-24T02:00:00Z'), LAN));
    const cleared = edited(rated, rateSatisfaction(rated.value as Dossier, new Date('2026-11-24T03:00:00Z'), null), clock(Date.parse('2026-11-24T03:00:00Z'), LAN));
    expect('satisfaction' in mergeSnapshots(DOSSIER_LAYOUT, rated, cleared).value).toBe(false);
    expect('satisfaction' in mergeSnapshots(DOSSIER_LAYOUT, cleared, rated).value).toBe(false);
  });
});

/** A small generic layout whose values and clocks collide often, to stress ties. */
const SMALL_LAYOUT: RegisterLayout = { fields: ['id', 'updatedAt', 'a', 'b', 'c'], structural: ['id', 'updatedAt'], groups: { pair: ['a', 'b'] } };
const smallSnapshot: fc.Arbitrary<ClockedSnapshot> = fc
  .record({
    a: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    b: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
    c: fc.option(fc.boolean(), { nil: undefined }),
    updatedAt: fc.integer({ min: 0, max: 3 }).map((s) => new Date(Date.UTC(2026, 10, 26, 0, 0, s)).toISOString()),
    pairClock: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    cClock: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    node: fc.constantFrom(LAN, MINH),
  })
  .map(({ pairClock, cClock, node, ...fields }) => {
    const value: Record<string, unknown> = { id: 'r' };
    for (const [key, fieldValue] of Object.entries(fields)) if (fieldValue !== undefined) value[key] = fieldValue;
    const clocks: Record<string, string> = {};
    if (pairClock !== undefined) clocks['pair'] = clock(pairClock, node);
    if (cClock !== undefined) clocks['c'] = clock(cClock, node);
    return { value, clocks };
  });

/** The snapshots in a random order, some of them several times (replays, duplicated batches). */
function shuffledWithRepeats<T>(items: T[]): fc.Arbitrary<T[]> {
  return fc
    .tuple(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), fc.array(fc.constantFrom(...items), { maxLength: items.length }))
    .chain(([all, repeats]) => fc.shuffledSubarray([...all, ...repeats], { minLength: all.length + repeats.length, maxLength: all.length + repeats.length }));
}

describe('convergence (sync issue, item 9)', () => {
  it('any order and any duplication of the same snapshots gives the same record (small values, many ties)', () => {
    fc.assert(
      fc.property(
        fc.array(smallSnapshot, { minLength: 1, maxLength: 6 }).chain((snapshots) => fc.tuple(shuffledWithRepeats(snapshots), shuffledWithRepeats(snapshots))),
        ([orderOne, orderTwo]) => {
          expect(canonicalJson(fold(SMALL_LAYOUT, orderOne))).toBe(canonicalJson(fold(SMALL_LAYOUT, orderTwo)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('officers editing one real dossier on several phones converge on a dossier the schema accepts', () => {
    const edit = fc.record({
      node: fc.constantFrom(LAN, MINH, '019a0000-0000-7000-8000-00000000000c'),
      minutes: fc.integer({ min: 1, max: 60 * 24 * 5 }),
      action: fc.constantFrom('resolve', 'supplement', 'withdraw', 'digitize', 'rate', 'portal'),
    });
    fc.assert(
      fc.property(
        arbitraryDossier(calendar).filter((d) => d.status === 'received' && d.supplementRequests.every((r) => r.returnedAt !== undefined)),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (received, edits, seed) => {
          const start = Date.parse(received.updatedAt);
          const base: ClockedSnapshot = { value: received, clocks: stampClocks(DOSSIER_LAYOUT, undefined, received, clock(start, LAN)) };
          const snapshots = edits.map(({ node, minutes, action }, i) => {
            const at = new Date(start + minutes * 60_000);
            const d = received;
            const next =
              action === 'resolve' ? resolveDossier(d, at, { electronicResult: true })
              : action === 'supplement' ? requestSupplement(d, at)
              : action === 'withdraw' ? endDossier(d, 'withdrawn', at, 'rút')
              : action === 'digitize' ? updateFacts(d, at, { digitized: !d.digitized })
              : action === 'rate' ? rateSatisfaction(d, at, 'satisfied')
              : updateFacts(d, at, { syncedToPortal: true });
            return edited(base, next, clock(at.getTime(), node, i));
          });
          const all = [base, ...snapshots];
          const rng = fc.sample(fc.tuple(shuffledWithRepeats(all), shuffledWithRepeats(all)), { numRuns: 1, seed })[0]!;
          const one = fold(DOSSIER_LAYOUT, rng[0]);
          const two = fold(DOSSIER_LAYOUT, rng[1]);
          expect(canonicalJson(one)).toBe(canonicalJson(two));
          expect(v.safeParse(DossierSchema, one.value).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

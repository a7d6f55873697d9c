import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.ts';
import { contentHash } from './contentHash.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });

  it('writes exactly what JSON.stringify writes of the key-sorted value (hashes made by older apps stay valid)', () => {
    // The straightforward definition, as the first version of the app computed it.
    const sortKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(sortKeys);
      if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
      }
      return value;
    };
    const values = fc.anything({ withNullPrototype: false, withMap: false, withSet: false, withBigInt: false, withDate: false, withTypedArray: false, withSparseArray: false, withBoxedValues: false, withObjectString: false });
    fc.assert(fc.property(values, (value) => {
      expect(canonicalJson(value)).toBe(JSON.stringify(sortKeys(value)) ?? 'null');
    }), { numRuns: 2000 });
  });
});

describe('contentHash', () => {
  it('is the SHA-256 of the canonical JSON', async () => {
    // sha256('{"entity":"dossier","entityId":"x","payload":{"a":1}}'), computed with `sha256sum`.
    const expected = '853f6b6575e8ebeb44e59c9054752f1b176bbc4537d0d6011c58d62a4d9cb629';
    const actual = await contentHash({ entity: 'dossier', entityId: 'x', payload: { a: 1 } });
    expect(actual).toHaveLength(64);
    expect(actual).toBe(expected);
  });

  it('does not depend on key order', async () => {
    const a = await contentHash({ entity: 'dossier', entityId: 'x', payload: { a: 1, b: 2 } });
    const b = await contentHash({ entity: 'dossier', entityId: 'x', payload: { b: 2, a: 1 } });
    expect(a).toBe(b);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatEnrollmentCode, isEnrollmentCode } from '../../src/server/access/enrollmentCode.ts';
import { secretHash } from '../../src/server/access/secretHash.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { AccessError, type AccessStore } from '../../src/server/store/accessStore.ts';
import type { SyncStore, ValidatedDossierChange } from '../../src/server/store/syncStore.ts';
import type { StoresUnderTest } from '../helpers/storesUnderTest.ts';
import { dossierChange, sampleDossier } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T04:00:00.000Z');
const SEVEN_DAYS_LATER = '2025-03-17T04:00:00.000Z';

/** The behaviour every AccessStore must have, run against a fresh database per test. */
export function describeAccessStore(name: string, create: () => Promise<StoresUnderTest>): void {
  describe(`${name} access store`, () => {
    let db: StoresUnderTest;
    let access: AccessStore;
    let sync: SyncStore;

    beforeEach(async () => {
      db = await create();
      access = db.stores.access;
      sync = db.stores.sync;
    });

    afterEach(async () => {
      await db.remove();
    });

    /** District `huyen-a` with communes `xa-a1` and `xa-a2`, district `huyen-b` with `xa-b1`, officer `lan` in `xa-a1`. */
    async function twoDistricts(): Promise<void> {
      await access.createUnit({ id: 'huyen-a', name: 'UBND huyện A', kind: 'district', parentId: null });
      await access.createUnit({ id: 'huyen-b', name: 'UBND huyện B', kind: 'district', parentId: null });
      await access.createUnit({ id: 'xa-a1', name: 'UBND xã A1', kind: 'commune', parentId: 'huyen-a' });
      await access.createUnit({ id: 'xa-a2', name: 'UBND phường A2', kind: 'ward', parentId: 'huyen-a' });
      await access.createUnit({ id: 'xa-b1', name: 'UBND xã B1', kind: 'commune', parentId: 'huyen-b' });
      await access.createOfficer({ unitId: 'xa-a1', officerId: 'lan', name: 'Nguyễn Thị Lan', role: 'officer' }, NOW);
    }

    async function refusal(promise: Promise<unknown>): Promise<string> {
      const error: unknown = await promise.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AccessError);
      return error instanceof Error ? error.message : '';
    }

    describe('units', () => {
      it('keeps the built-in unit and lists units by id, with kind and parent', async () => {
        await twoDistricts();
        expect(await access.listUnits()).toEqual([
          { id: 'default', name: 'Đơn vị mặc định', kind: 'commune', parentId: null },
          { id: 'huyen-a', name: 'UBND huyện A', kind: 'district', parentId: null },
          { id: 'huyen-b', name: 'UBND huyện B', kind: 'district', parentId: null },
          { id: 'xa-a1', name: 'UBND xã A1', kind: 'commune', parentId: 'huyen-a' },
          { id: 'xa-a2', name: 'UBND phường A2', kind: 'ward', parentId: 'huyen-a' },
          { id: 'xa-b1', name: 'UBND xã B1', kind: 'commune', parentId: 'huyen-b' },
        ]);
      });

      it('trims the name', async () => {
        expect(await access.createUnit({ id: 'xa-c', name: '  UBND xã C ', kind: 'commune', parentId: null })).toEqual({
          id: 'xa-c',
          name: 'UBND xã C',
          kind: 'commune',
          parentId: null,
        });
      });

      it('refuses a duplicate id, an unknown parent, a commune as parent, a bad id, kind or name, and writes nothing', async () => {
        await twoDistricts();
        const before = await db.count('units');
        expect(await refusal(access.createUnit({ id: 'xa-a1', name: 'Khác', kind: 'commune', parentId: null }))).toBe('Đơn vị "xa-a1" đã có.');
        expect(await refusal(access.createUnit({ id: 'xa-x', name: 'X', kind: 'commune', parentId: 'huyen-z' }))).toContain('Không có đơn vị "huyen-z"');
        expect(await refusal(access.createUnit({ id: 'xa-x', name: 'X', kind: 'commune', parentId: 'xa-a1' }))).toBe(
          'Đơn vị cấp trên "xa-a1" phải là cấp huyện (district) hoặc cơ quan (office).',
        );
        expect(await refusal(access.createUnit({ id: 'xã an bình', name: 'X', kind: 'commune', parentId: null }))).toContain('Mã đơn vị "xã an bình" không hợp lệ');
        const badKind = { id: 'xa-x', name: 'X', kind: 'province', parentId: null } as unknown as Parameters<AccessStore['createUnit']>[0];
        expect(await refusal(access.createUnit(badKind))).toContain('Loại đơn vị phải là một trong commune, ward, district, office');
        expect(await refusal(access.createUnit({ id: 'xa-x', name: '  ', kind: 'commune', parentId: null }))).toContain('Tên đơn vị không được để trống');
        expect(await refusal(access.createUnit({ id: 'xa-x', name: 'X', kind: 'district', parentId: 'xa-x' }))).toBe('Một đơn vị không thể trực thuộc chính nó.');
        expect(await db.count('units')).toBe(before);
      });

      it('answers the readable units: a district and every unit below it, a commune itself, an unknown unit none', async () => {
        await twoDistricts();
        expect(await access.readableUnits('huyen-a')).toEqual(['huyen-a', 'xa-a1', 'xa-a2']);
        expect(await access.readableUnits('huyen-b')).toEqual(['huyen-b', 'xa-b1']);
        expect(await access.readableUnits('xa-a1')).toEqual(['xa-a1']);
        expect(await access.readableUnits('nowhere')).toEqual([]);
      });
    });

    describe('officers', () => {
      it('adds officers to a unit and lists them by id', async () => {
        await twoDistricts();
        await access.createOfficer({ unitId: 'huyen-a', officerId: 'giamsat', name: 'Trần Văn Giám', role: 'supervisor' }, NOW);
        await access.createOfficer({ unitId: 'xa-a1', officerId: 'an', name: ' Lê Văn An ', role: 'officer' }, NOW);
        expect(await access.listOfficers('xa-a1')).toEqual([
          { unitId: 'xa-a1', officerId: 'an', name: 'Lê Văn An', role: 'officer', createdAt: NOW.toISOString() },
          { unitId: 'xa-a1', officerId: 'lan', name: 'Nguyễn Thị Lan', role: 'officer', createdAt: NOW.toISOString() },
        ]);
        expect((await access.listOfficers('huyen-a')).map((o) => [o.officerId, o.role])).toEqual([['giamsat', 'supervisor']]);
        expect(await access.listOfficers('xa-b1')).toEqual([]);
      });

      it('keeps the same officer id apart in two units', async () => {
        await twoDistricts();
        await access.createOfficer({ unitId: 'xa-b1', officerId: 'lan', name: 'Phạm Thị Lan', role: 'officer' }, NOW);
        expect((await access.listOfficers('xa-b1')).map((o) => o.name)).toEqual(['Phạm Thị Lan']);
        expect((await access.listOfficers('xa-a1')).map((o) => o.name)).toEqual(['Nguyễn Thị Lan']);
      });

      it('refuses an unknown unit, a duplicate officer and a bad role', async () => {
        await twoDistricts();
        expect(await refusal(access.createOfficer({ unitId: 'xa-z', officerId: 'an', name: 'An', role: 'officer' }, NOW))).toContain('Không có đơn vị "xa-z"');
        expect(await refusal(access.createOfficer({ unitId: 'xa-a1', officerId: 'lan', name: 'Lan', role: 'officer' }, NOW))).toBe(
          'Cán bộ "lan" đã có ở đơn vị "xa-a1".',
        );
        const badRole = { unitId: 'xa-a1', officerId: 'an', name: 'An', role: 'admin' } as unknown as Parameters<AccessStore['createOfficer']>[0];
        expect(await refusal(access.createOfficer(badRole, NOW))).toContain('Vai trò phải là một trong officer, supervisor');
        expect(await refusal(access.listOfficers('xa-z'))).toContain('Không có đơn vị "xa-z"');
        expect(await db.count('officers')).toBe(1);
      });
    });

    describe('enrollment codes', () => {
      it('issues a 10-character Crockford code valid 7 days, storing only its hash', async () => {
        await twoDistricts();
        const issued = await access.issueEnrollmentCode('xa-a1', 'lan', NOW);
        expect(issued).toEqual({ code: expect.any(String), unitId: 'xa-a1', officerId: 'lan', expiresAt: SEVEN_DAYS_LATER });
        expect(isEnrollmentCode(issued.code)).toBe(true);
        const rows = await db.rows('enrollment_codes');
        expect(rows).toEqual([
          {
            unit_id: 'xa-a1',
            code_hash: secretHash(issued.code),
            officer_id: 'lan',
            created_at: NOW.toISOString(),
            expires_at: SEVEN_DAYS_LATER,
            used_at: null,
            used_by_device: null,
          },
        ]);
        expect(JSON.stringify(rows)).not.toContain(issued.code);
      });

      it('issues a code for the days asked, and refuses days out of 1–90, an unknown unit or officer', async () => {
        await twoDistricts();
        expect((await access.issueEnrollmentCode('xa-a1', 'lan', NOW, 1)).expiresAt).toBe('2025-03-11T04:00:00.000Z');
        expect(await refusal(access.issueEnrollmentCode('xa-a1', 'lan', NOW, 0))).toContain('từ 1 đến 90');
        expect(await refusal(access.issueEnrollmentCode('xa-a1', 'lan', NOW, 91))).toContain('từ 1 đến 90');
        expect(await refusal(access.issueEnrollmentCode('xa-z', 'lan', NOW))).toContain('Không có đơn vị "xa-z"');
        expect(await refusal(access.issueEnrollmentCode('xa-b1', 'lan', NOW))).toBe('Đơn vị "xa-b1" không có cán bộ "lan".');
        expect(await db.count('enrollment_codes')).toBe(1);
      });

      it('trades a code for a token bound to the device, storing only the token hash', async () => {
        await twoDistricts();
        const { code } = await access.issueEnrollmentCode('xa-a1', 'lan', NOW);
        const deviceId = uuidv7();
        const later = new Date('2025-03-11T00:00:00.000Z');

        const redeemed = await access.redeemEnrollmentCode(code, deviceId, later);

        expect(redeemed).toEqual({
          token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
          role: 'officer',
          unit: { id: 'xa-a1', name: 'UBND xã A1' },
          officer: { id: 'lan', name: 'Nguyễn Thị Lan' },
        });
        const token = redeemed?.token ?? '';
        const tokens = await db.rows('tokens');
        expect(tokens).toEqual([
          { unit_id: 'xa-a1', token_hash: secretHash(token), officer_id: 'lan', device_id: deviceId, role: 'officer', created_at: later.toISOString(), revoked_at: null },
        ]);
        expect(JSON.stringify(tokens)).not.toContain(token);
        expect(await db.rows('enrollment_codes')).toEqual([
          expect.objectContaining({ used_at: later.toISOString(), used_by_device: deviceId }),
        ]);
        expect(await access.findToken(secretHash(token))).toEqual({ unitId: 'xa-a1', officerId: 'lan', role: 'officer', deviceId, revoked: false });
      });

      it('reads the code as people type it: any case, dashes and spaces, O for 0 and I or L for 1', async () => {
        await twoDistricts();
        const { code } = await access.issueEnrollmentCode('xa-a1', 'lan', NOW);
        const typed = ` ${formatEnrollmentCode(code).toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l').replace('-', ' - ')} `;
        expect(await access.redeemEnrollmentCode(typed, uuidv7(), NOW)).not.toBeNull();
      });

      it('refuses a code a second time, even for the same device, and writes no second token', async () => {
        await twoDistricts();
        const { code } = await access.issueEnrollmentCode('xa-a1', 'lan', NOW);
        const deviceId = uuidv7();
        expect(await access.redeemEnrollmentCode(code, deviceId, NOW)).not.toBeNull();
        expect(await access.redeemEnrollmentCode(code, uuidv7(), NOW)).toBeNull();
        expect(await access.redeemEnrollmentCode(code, deviceId, NOW)).toBeNull();
        expect(await db.count('tokens')).toBe(1);
        expect(await db.rows('enrollment_codes')).toEqual([expect.objectContaining({ used_by_device: deviceId })]);
      });

      it('lets exactly one of two simultaneous redeems of a code win', async () => {
        await twoDistricts();
        const { code } = await access.issueEnrollmentCode('xa-a1', 'lan', NOW);
        const other = (await db.reopen()).access;
        const results = await Promise.all([access.redeemEnrollmentCode(code, uuidv7(), NOW), other.redeemEnrollmentCode(code, uuidv7(), NOW)]);
        expect(results.filter((r) => r !== null)).toHaveLength(1);
        expect(await db.count('tokens')).toBe(1);
      });

      it('refuses an expired code (valid until the millisecond before its expiry)', async () => {
        await twoDistricts();
        const expired = await access.issueEnrollmentCode('xa-a1', 'lan', NOW);
        const almost = await access.issueEnrollmentCode('xa-a1', 'lan', NOW);
        expect(await access.redeemEnrollmentCode(expired.code, uuidv7(), new Date(SEVEN_DAYS_LATER))).toBeNull();
        expect(await access.redeemEnrollmentCode(almost.code, uuidv7(), new Date(Date.parse(SEVEN_DAYS_LATER) - 1))).not.toBeNull();
        expect(await db.count('tokens')).toBe(1);
      });

      it('refuses unknown and malformed codes', async () => {
        await twoDistricts();
        await access.issueEnrollmentCode('xa-a1', 'lan', NOW);
        for (const typed of ['', 'ABCD-EFGH-JK', 'not a code', 'UUUU-UUUU-UU', 'x'.repeat(64)]) {
          expect(await access.redeemEnrollmentCode(typed, uuidv7(), NOW)).toBeNull();
        }
        expect(await db.count('tokens')).toBe(0);
      });

      it("gives a supervisor's device a supervisor token", async () => {
        await twoDistricts();
        await access.createOfficer({ unitId: 'huyen-a', officerId: 'giamsat', name: 'Trần Văn Giám', role: 'supervisor' }, NOW);
        const { code } = await access.issueEnrollmentCode('huyen-a', 'giamsat', NOW);
        const redeemed = await access.redeemEnrollmentCode(code, uuidv7(), NOW);
        expect(redeemed).toMatchObject({ role: 'supervisor', unit: { id: 'huyen-a', name: 'UBND huyện A' } });
        expect((await access.findToken(secretHash(redeemed?.token ?? '')))?.role).toBe('supervisor');
      });
    });

    describe('tokens and devices', () => {
      async function enroll(unitId: string, officerId: string, deviceId: string, at: Date = NOW): Promise<string> {
        const { code } = await access.issueEnrollmentCode(unitId, officerId, at);
        const redeemed = await access.redeemEnrollmentCode(code, deviceId, at);
        if (redeemed === null) throw new Error('not redeemed');
        return redeemed.token;
      }

      it('finds nothing for an unknown hash', async () => {
        expect(await access.findToken(secretHash('nobody'))).toBeNull();
      });

      it("revokes every token of a device in its unit, and nobody else's", async () => {
        await twoDistricts();
        await access.createOfficer({ unitId: 'xa-b1', officerId: 'lan', name: 'Phạm Thị Lan', role: 'officer' }, NOW);
        const phone = uuidv7();
        const other = uuidv7();
        const first = await enroll('xa-a1', 'lan', phone);
        const second = await enroll('xa-a1', 'lan', phone);
        const otherToken = await enroll('xa-a1', 'lan', other);
        const inOtherUnit = await enroll('xa-b1', 'lan', phone);
        const at = new Date('2025-03-12T00:00:00.000Z');

        expect(await access.revokeDevice('xa-a1', phone, at)).toBe(2);
        expect(await access.revokeDevice('xa-a1', phone, at)).toBe(0);

        expect(await access.findToken(secretHash(first))).toMatchObject({ revoked: true });
        expect(await access.findToken(secretHash(second))).toMatchObject({ revoked: true });
        expect(await access.findToken(secretHash(otherToken))).toMatchObject({ revoked: false });
        expect(await access.findToken(secretHash(inOtherUnit))).toMatchObject({ unitId: 'xa-b1', revoked: false });
        expect(await refusal(access.revokeDevice('xa-z', phone, at))).toContain('Không có đơn vị "xa-z"');
      });

      it('lists a unit\'s devices with officer, enrollment, last push, highest seq and revocation', async () => {
        await twoDistricts();
        await access.createOfficer({ unitId: 'xa-a1', officerId: 'an', name: 'Lê Văn An', role: 'officer' }, NOW);
        const pushed = uuidv7();
        const silent = uuidv7();
        await enroll('xa-a1', 'lan', pushed, new Date('2025-03-10T01:00:00.000Z'));
        await enroll('xa-a1', 'an', silent, new Date('2025-03-10T02:00:00.000Z'));
        await enroll('xa-a1', 'an', uuidv7(), new Date('2025-03-10T03:00:00.000Z'));
        const dossier = sampleDossier();
        const change: ValidatedDossierChange = { ...(await dossierChange(dossier, { deviceId: pushed, seq: 3 })), entity: 'dossier', payload: dossier };
        await sync.applyChanges('xa-a1', [change], '2025-03-11T05:00:00.000Z');
        await access.revokeDevice('xa-a1', silent, new Date('2025-03-12T00:00:00.000Z'));

        const devices = await access.listDevices('xa-a1');

        expect(devices.slice(0, 2)).toEqual([
          {
            deviceId: pushed,
            officerId: 'lan',
            officerName: 'Nguyễn Thị Lan',
            role: 'officer',
            enrolledAt: '2025-03-10T01:00:00.000Z',
            revokedAt: null,
            lastSeenAt: '2025-03-11T05:00:00.000Z',
            maxSeq: 3,
          },
          {
            deviceId: silent,
            officerId: 'an',
            officerName: 'Lê Văn An',
            role: 'officer',
            enrolledAt: '2025-03-10T02:00:00.000Z',
            revokedAt: '2025-03-12T00:00:00.000Z',
            lastSeenAt: null,
            maxSeq: null,
          },
        ]);
        expect(devices).toHaveLength(3);
        expect(await access.listDevices('xa-b1')).toEqual([]);
        expect(await refusal(access.listDevices('xa-z'))).toContain('Không có đơn vị "xa-z"');
      });
    });
  });
}

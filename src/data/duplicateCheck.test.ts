import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import type { Dossier } from '../domain/dossier.ts';
import { receiveDossier, voidDossier } from '../domain/dossierLifecycle.ts';
import { findStarterProcedure } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { saveDossier } from './dossierStore.ts';
import { duplicateReason, findPossibleDuplicate } from './duplicateCheck.ts';

const freshDb = testDatabases();

const khaiSinh = findStarterProcedure('khai-sinh')!;
const ketHon = findStarterProcedure('ket-hon')!;

function stored(options: { procedure?: typeof khaiSinh; at?: string; code?: string; name?: string } = {}): Dossier {
  return receiveDossier(
    {
      id: uuidv7(),
      procedure: options.procedure ?? khaiSinh,
      channel: 'in_person',
      receivedAt: new Date(options.at ?? '2026-11-26T02:00:00Z'), // Thu 26/11, 09:00 in Vietnam
      ...(options.code !== undefined ? { code: options.code } : {}),
      ...(options.name !== undefined ? { applicant: { name: options.name } } : {}),
    },
    weekendOnlyCalendar,
  );
}

describe('duplicateReason', () => {
  const at = new Date('2026-11-26T08:00:00Z'); // Thu 15:00 in Vietnam

  it('matches the same code whatever the procedure, ignoring case and spaces', () => {
    const existing = stored({ procedure: ketHon, code: 'H23.22-251126-0001' });
    expect(duplicateReason({ procedureId: 'khai-sinh', receivedAt: at, code: ' h23.22-251126-0001 ' }, existing)).toBe('same_code');
    expect(duplicateReason({ procedureId: 'khai-sinh', receivedAt: at, code: 'H23.22-251126-0002' }, existing)).toBeNull();
  });

  it('matches the same applicant for the same procedure on the same Vietnam day, diacritics aside', () => {
    const existing = stored({ name: 'Nguyễn Thị Đào' });
    expect(duplicateReason({ procedureId: 'khai-sinh', receivedAt: at, applicantName: 'nguyen thi  dao' }, existing)).toBe('same_applicant');
    expect(duplicateReason({ procedureId: 'ket-hon', receivedAt: at, applicantName: 'Nguyễn Thị Đào' }, existing)).toBeNull();
    expect(duplicateReason({ procedureId: 'khai-sinh', receivedAt: at, applicantName: 'Nguyễn Thị Đan' }, existing)).toBeNull();
    // 27/11 00:30 in Vietnam is the next day, although still 26/11 in UTC.
    expect(duplicateReason({ procedureId: 'khai-sinh', receivedAt: new Date('2026-11-26T17:30:00Z'), applicantName: 'Nguyễn Thị Đào' }, existing)).toBeNull();
  });

  it('never matches on empty fields or a voided entry', () => {
    expect(duplicateReason({ procedureId: 'khai-sinh', receivedAt: at, code: ' ', applicantName: '' }, stored())).toBeNull();
    const voided = voidDossier(stored({ code: 'A1', name: 'Lê Văn Tám' }), at);
    expect(duplicateReason({ procedureId: 'khai-sinh', receivedAt: at, code: 'A1', applicantName: 'Lê Văn Tám' }, voided)).toBeNull();
  });
});

describe('findPossibleDuplicate', () => {
  it('finds a stored dossier with the same code, before one with the same applicant', async () => {
    const db = freshDb();
    const sameName = stored({ name: 'Trần Văn Bình', at: '2026-11-26T01:00:00Z' });
    const sameCode = stored({ procedure: ketHon, code: 'HS-0042', at: '2026-10-01T02:00:00Z' });
    await saveDossier(db, sameName);
    await saveDossier(db, sameCode);
    const at = new Date('2026-11-26T03:00:00Z');
    expect(await findPossibleDuplicate(db, { procedureId: 'khai-sinh', receivedAt: at, code: 'hs-0042', applicantName: 'Tran Van Binh' })).toEqual({
      dossier: sameCode,
      reason: 'same_code',
    });
    expect(await findPossibleDuplicate(db, { procedureId: 'khai-sinh', receivedAt: at, code: 'HS-0043', applicantName: 'Tran Van Binh' })).toEqual({
      dossier: sameName,
      reason: 'same_applicant',
    });
  });

  it('finds nothing for a different day, a voided twin, or no code and no name', async () => {
    const db = freshDb();
    await saveDossier(db, stored({ name: 'Trần Văn Bình', at: '2026-11-25T02:00:00Z' }));
    await saveDossier(db, voidDossier(stored({ code: 'HS-1', name: 'Phạm An' }), new Date('2026-11-26T02:01:00Z')));
    const at = new Date('2026-11-26T03:00:00Z');
    expect(await findPossibleDuplicate(db, { procedureId: 'khai-sinh', receivedAt: at, applicantName: 'Trần Văn Bình' })).toBeNull();
    expect(await findPossibleDuplicate(db, { procedureId: 'khai-sinh', receivedAt: at, code: 'HS-1', applicantName: 'Phạm An' })).toBeNull();
    expect(await findPossibleDuplicate(db, { procedureId: 'khai-sinh', receivedAt: at })).toBeNull();
  });
});

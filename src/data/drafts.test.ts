import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MapStorage } from '../../test/helpers/mapStorage.ts';
import { clearDraft, loadDraft, saveDraft } from './drafts.ts';

const Form = v.object({ procedureId: v.nullable(v.string()), name: v.string() });

describe('drafts', () => {
  it('round-trip: saved, loaded with its time, cleared', () => {
    const store = new MapStorage();
    expect(saveDraft('receive', { procedureId: 'p1', name: 'Nguyễn Văn A' }, new Date('2026-11-26T02:00:00Z'), store)).toBe(true);
    expect(loadDraft('receive', Form, store)).toEqual({ savedAt: '2026-11-26T02:00:00.000Z', value: { procedureId: 'p1', name: 'Nguyễn Văn A' } });
    clearDraft('receive', store);
    expect(loadDraft('receive', Form, store)).toBeNull();
  });

  it('reads a draft that no longer fits the form as none, and reports a full store without throwing', () => {
    const store = new MapStorage(10);
    expect(saveDraft('receive', { procedureId: null, name: 'quá dài cho kho' }, new Date(), store)).toBe(false);
    const roomy = new MapStorage();
    roomy.setItem('so-mot-cua:draft:receive', JSON.stringify({ savedAt: 'x', value: { procedureId: 3 } }));
    expect(loadDraft('receive', Form, roomy)).toBeNull();
  });
});

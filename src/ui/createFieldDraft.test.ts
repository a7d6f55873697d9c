import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { MapStorage } from '../../test/helpers/mapStorage.ts';
import { createFieldDraft, dossierDraftKey, type FieldDraft } from './createFieldDraft.ts';

const inRoot = (make: () => FieldDraft): FieldDraft => createRoot(make);

describe('createFieldDraft', () => {
  it('keeps what is typed and restores it in the next form opened under the same key', () => {
    const store = new MapStorage();
    const key = dossierDraftKey('d1', 'end-rejected');
    expect(key).toBe('dossier:d1:end-rejected');
    const first = inRoot(() => createFieldDraft(key, store));
    expect([first.value(), first.restored()]).toEqual(['', false]);
    first.input('Thiếu giấy tờ');
    first.input('Thiếu giấy tờ tùy thân');
    // The form is closed, the page reloaded: a new field under the key starts from the kept text.
    const again = inRoot(() => createFieldDraft(key, store));
    expect([again.value(), again.restored()]).toEqual(['Thiếu giấy tờ tùy thân', true]);
    // Another dossier's or another form's field is not touched.
    expect(inRoot(() => createFieldDraft(dossierDraftKey('d2', 'end-rejected'), store)).value()).toBe('');
    expect(inRoot(() => createFieldDraft(dossierDraftKey('d1', 'apology'), store)).value()).toBe('');
  });

  it('forgets the draft after a save or "Bỏ bản nháp", and when the field is emptied', () => {
    const store = new MapStorage();
    const key = dossierDraftKey('d1', 'supplement');
    const field = inRoot(() => createFieldDraft(key, store));
    field.input('Bản sao CCCD');
    const restored = inRoot(() => createFieldDraft(key, store));
    restored.clear();
    expect([restored.value(), restored.restored()]).toEqual(['', false]);
    expect(inRoot(() => createFieldDraft(key, store)).value()).toBe('');

    field.input('Bản sao sổ hộ khẩu');
    const emptied = inRoot(() => createFieldDraft(key, store));
    emptied.input('   ');
    expect(emptied.restored()).toBe(false);
    expect(inRoot(() => createFieldDraft(key, store)).restored()).toBe(false);
  });

  it('still takes typing when localStorage refuses it (full): the field works, nothing is restored', () => {
    const store = new MapStorage(10);
    const field = inRoot(() => createFieldDraft('feedback:new', store));
    field.input('Niêm yết thủ tục chưa đủ, thiếu lệ phí');
    expect(field.value()).toBe('Niêm yết thủ tục chưa đủ, thiếu lệ phí');
    expect(inRoot(() => createFieldDraft('feedback:new', store)).value()).toBe('');
  });
});

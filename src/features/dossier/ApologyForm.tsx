import { createSignal, createUniqueId } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { apologize } from '../../domain/dossierLifecycle.ts';
import { addCalendarDays, isDateKey } from '../../domain/vietnamTime.ts';
import { formatDay } from '../../ui/format.ts';
import { createFieldDraft, dossierDraftKey } from '../../ui/createFieldDraft.ts';
import { DraftNotice } from '../../ui/DraftNotice.tsx';
import { t } from '../../ui/i18n/t.ts';
import { ActionForm } from './ActionForm.tsx';
import { InputError } from './actionError.ts';
import { useCommitChange } from './dossierActions.ts';
import { NoteField } from './NoteField.tsx';
import { formatShortDay } from './shortDay.ts';

/** "Xin lỗi, hẹn lại" (Mẫu 04): a new appointment after the due date, with the reason. */
export function ApologyForm(props: { dossier: Dossier; labelledBy: string; onDone: () => void }) {
  const commit = useCommitChange();
  const [newDate, setNewDate] = createSignal('');
  // The typed reason survives a reload or a crash until it is saved or discarded.
  const reason = createFieldDraft(dossierDraftKey(props.dossier.id, 'apology'));
  const hintId = createUniqueId();

  const run = async () => {
    const d = props.dossier;
    const day = newDate();
    if (!isDateKey(day)) throw new InputError(t('Hãy chọn ngày hẹn trả mới.'));
    if (reason.value().trim() === '') throw new InputError(t('Hãy ghi lý do xin lỗi, hẹn lại.'));
    await commit(d, apologize(d, new Date(), day, reason.value()), t('Đã hẹn lại ngày {day}.', { day: formatShortDay(day) }));
    reason.clear();
  };

  return (
    <ActionForm labelledBy={props.labelledBy} submitLabel={t('Lưu ngày hẹn mới')} run={run} onDone={props.onDone}>
      <label class="field">
        <span>{t('Ngày hẹn trả mới')}</span>
        <input
          type="date"
          min={addCalendarDays(props.dossier.dueDate, 1)}
          aria-describedby={hintId}
          value={newDate()}
          onInput={(e) => setNewDate(e.currentTarget.value)}
        />
      </label>
      <p id={hintId} class="hint">
        {t('Phải sau hạn giải quyết ({day}).', { day: formatDay(props.dossier.dueDate) })}
      </p>
      <DraftNotice draft={reason} />
      <NoteField label={t('Lý do xin lỗi, hẹn lại (bắt buộc)')} value={reason.value()} onInput={reason.input} required />
    </ActionForm>
  );
}

import type { Dossier } from '../../domain/dossier.ts';
import { requestSupplement } from '../../domain/dossierLifecycle.ts';
import { createFieldDraft, dossierDraftKey } from '../../ui/createFieldDraft.ts';
import { DraftNotice } from '../../ui/DraftNotice.tsx';
import { t } from '../../ui/i18n/t.ts';
import { ActionForm } from './ActionForm.tsx';
import { useCommitChange } from './dossierActions.ts';
import { NoteField } from './NoteField.tsx';

/** "Yêu cầu bổ sung" (Mẫu 02): the clock stops until the documents come back. */
export function SupplementRequestForm(props: { dossier: Dossier; labelledBy: string; onDone: () => void }) {
  const commit = useCommitChange();
  // The typed note survives a reload or a crash until it is saved or discarded.
  const note = createFieldDraft(dossierDraftKey(props.dossier.id, 'supplement'));
  return (
    <ActionForm
      labelledBy={props.labelledBy}
      submitLabel={t('Gửi yêu cầu bổ sung')}
      run={async () => {
        const d = props.dossier;
        await commit(d, requestSupplement(d, new Date(), note.value()), t('Đã yêu cầu bổ sung.'));
        note.clear();
      }}
      onDone={props.onDone}
    >
      <p class="hint">{t('Thời hạn giải quyết tạm dừng đến khi công dân nộp đủ giấy tờ.')}</p>
      <DraftNotice draft={note} />
      <NoteField label={t('Giấy tờ cần bổ sung (không bắt buộc)')} value={note.value()} onInput={note.input} />
    </ActionForm>
  );
}

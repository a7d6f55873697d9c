import { createSignal } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { requestSupplement } from '../../domain/dossierLifecycle.ts';
import { t } from '../../ui/i18n/t.ts';
import { ActionForm } from './ActionForm.tsx';
import { useCommitChange } from './dossierActions.ts';
import { NoteField } from './NoteField.tsx';

/** "Yêu cầu bổ sung" (Mẫu 02): the clock stops until the documents come back. */
export function SupplementRequestForm(props: { dossier: Dossier; labelledBy: string; onDone: () => void }) {
  const commit = useCommitChange();
  const [note, setNote] = createSignal('');
  return (
    <ActionForm
      labelledBy={props.labelledBy}
      submitLabel={t('Gửi yêu cầu bổ sung')}
      run={() => {
        const d = props.dossier;
        return commit(d, requestSupplement(d, new Date(), note()), t('Đã yêu cầu bổ sung.'));
      }}
      onDone={props.onDone}
    >
      <p class="hint">{t('Thời hạn giải quyết tạm dừng đến khi công dân nộp đủ giấy tờ.')}</p>
      <NoteField label={t('Giấy tờ cần bổ sung (không bắt buộc)')} value={note()} onInput={setNote} />
    </ActionForm>
  );
}

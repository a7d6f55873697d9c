import type { Dossier } from '../../domain/dossier.ts';
import { endDossier } from '../../domain/dossierLifecycle.ts';
import { createFieldDraft, dossierDraftKey } from '../../ui/createFieldDraft.ts';
import { DraftNotice } from '../../ui/DraftNotice.tsx';
import { t } from '../../ui/i18n/t.ts';
import { ActionForm } from './ActionForm.tsx';
import { useCommitChange } from './dossierActions.ts';
import { NoteField } from './NoteField.tsx';

/** The ways a dossier ends without a result. */
export type EndStatus = 'rejected' | 'withdrawn' | 'stopped';

const WORDS: Readonly<Record<EndStatus, () => { reason: string; submit: string; done: string }>> = {
  rejected: () => ({ reason: t('Lý do từ chối (bắt buộc)'), submit: t('Xác nhận từ chối'), done: t('Đã từ chối hồ sơ.') }),
  withdrawn: () => ({ reason: t('Lý do rút hồ sơ (bắt buộc)'), submit: t('Xác nhận công dân rút hồ sơ'), done: t('Đã ghi nhận công dân rút hồ sơ.') }),
  stopped: () => ({ reason: t('Lý do dừng giải quyết (bắt buộc)'), submit: t('Xác nhận dừng giải quyết'), done: t('Đã dừng giải quyết.') }),
};

/** "Từ chối" (Mẫu 03), "Công dân rút hồ sơ", "Dừng giải quyết" (Mẫu 05): a reason is required. */
export function EndForm(props: { dossier: Dossier; status: EndStatus; labelledBy: string; onDone: () => void }) {
  const commit = useCommitChange();
  // The typed reason survives a reload or a crash until it is saved or discarded.
  const reason = createFieldDraft(dossierDraftKey(props.dossier.id, `end-${props.status}`));
  return (
    <ActionForm
      labelledBy={props.labelledBy}
      submitLabel={WORDS[props.status]().submit}
      danger
      run={async () => {
        const d = props.dossier;
        await commit(d, endDossier(d, props.status, new Date(), reason.value()), WORDS[props.status]().done);
        reason.clear();
      }}
      onDone={props.onDone}
    >
      <DraftNotice draft={reason} />
      <NoteField label={WORDS[props.status]().reason} value={reason.value()} onInput={reason.input} required />
    </ActionForm>
  );
}

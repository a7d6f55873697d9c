import { createSignal } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { endDossier } from '../../domain/dossierLifecycle.ts';
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
  const [reason, setReason] = createSignal('');
  return (
    <ActionForm
      labelledBy={props.labelledBy}
      submitLabel={WORDS[props.status]().submit}
      danger
      run={async () => {
        const d = props.dossier;
        await commit(d, endDossier(d, props.status, new Date(), reason()), WORDS[props.status]().done);
      }}
      onDone={props.onDone}
    >
      <NoteField label={WORDS[props.status]().reason} value={reason()} onInput={setReason} required />
    </ActionForm>
  );
}

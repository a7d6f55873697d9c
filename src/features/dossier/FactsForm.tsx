import { createSignal, Show } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { updateFacts, type ResultFlags } from '../../domain/dossierLifecycle.ts';
import { t } from '../../ui/i18n/t.ts';
import { ActionForm } from './ActionForm.tsx';
import { InputError } from './actionError.ts';
import { useCommitChange } from './dossierActions.ts';
import { flagsOf } from './resultFlags.ts';
import { ResultFlagsFields } from './ResultFlagsFields.tsx';

/** "Sửa thông tin kết quả": corrects the result's facts after resolution, records a complaint, and (once returned) how. */
export function FactsForm(props: { dossier: Dossier; labelledBy: string; onDone: () => void }) {
  const commit = useCommitChange();
  const [flags, setFlags] = createSignal<ResultFlags>(flagsOf(props.dossier));
  const [byPost, setByPost] = createSignal(props.dossier.returnedByPost);
  // Decision 766: a dossier complained about counts against the satisfaction formula.
  const [complaint, setComplaint] = createSignal(props.dossier.complaint);
  const returned = () => props.dossier.status === 'returned';

  const run = () => {
    const d = props.dossier;
    const facts = returned() ? { ...flags(), complaint: complaint(), returnedByPost: byPost() } : { ...flags(), complaint: complaint() };
    const changed = (Object.keys(facts) as Array<keyof typeof facts>).some((k) => facts[k] !== d[k]);
    if (!changed) throw new InputError(t('Chưa có thông tin nào thay đổi.'));
    return commit(d, updateFacts(d, new Date(), facts), t('Đã sửa thông tin kết quả.'));
  };

  return (
    <ActionForm labelledBy={props.labelledBy} submitLabel={t('Lưu thông tin kết quả')} run={async () => run()} onDone={props.onDone}>
      <ResultFlagsFields legend={t('Thông tin kết quả')} procedure={props.dossier.procedure} flags={flags()} onChange={setFlags} />
      <label class="toggle">
        <input type="checkbox" checked={complaint()} onChange={(e) => setComplaint(e.currentTarget.checked)} />
        {t('Có phản ánh, khiếu nại về hồ sơ này')}
      </label>
      <Show when={returned()}>
        <label class="toggle">
          <input type="checkbox" checked={byPost()} onChange={(e) => setByPost(e.currentTarget.checked)} />
          {t('Trả qua bưu chính công ích')}
        </label>
      </Show>
    </ActionForm>
  );
}

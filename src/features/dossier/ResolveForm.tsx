import { createSignal } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { resolveDossier, type ResultFlags } from '../../domain/dossierLifecycle.ts';
import { t } from '../../ui/i18n/t.ts';
import { ActionForm } from './ActionForm.tsx';
import { useCommitChange } from './dossierActions.ts';
import { NO_RESULT_FLAGS } from './resultFlags.ts';
import { ResultFlagsFields } from './ResultFlagsFields.tsx';

/** "Giải quyết xong": the result's facts, then resolve. */
export function ResolveForm(props: { dossier: Dossier; labelledBy: string }) {
  const commit = useCommitChange();
  const [flags, setFlags] = createSignal<ResultFlags>({ ...NO_RESULT_FLAGS });
  return (
    <ActionForm
      labelledBy={props.labelledBy}
      submitLabel={t('Xác nhận giải quyết xong')}
      primary
      run={() => {
        const d = props.dossier;
        return commit(d, resolveDossier(d, new Date(), flags()), t('Đã giải quyết xong.'));
      }}
    >
      <ResultFlagsFields legend={t('Thông tin kết quả')} procedure={props.dossier.procedure} flags={flags()} onChange={setFlags} />
    </ActionForm>
  );
}

import { createSignal } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { returnDossier } from '../../domain/dossierLifecycle.ts';
import { t } from '../../ui/i18n/t.ts';
import { ActionForm } from './ActionForm.tsx';
import { useCommitChange } from './dossierActions.ts';

/** "Trả kết quả": at the one-stop desk or through the public postal service. */
export function ReturnForm(props: { dossier: Dossier; labelledBy: string }) {
  const commit = useCommitChange();
  // A dossier sent by post most likely goes back by post.
  const [byPost, setByPost] = createSignal(props.dossier.channel === 'postal');
  return (
    <ActionForm
      labelledBy={props.labelledBy}
      submitLabel={t('Xác nhận trả kết quả')}
      primary
      run={() => {
        const d = props.dossier;
        const done = byPost() ? t('Đã trả kết quả qua bưu chính công ích.') : t('Đã trả kết quả.');
        return commit(d, returnDossier(d, new Date(), { byPost: byPost() }), done);
      }}
    >
      <fieldset class="choices">
        <legend>{t('Nơi trả kết quả')}</legend>
        <label class="choice">
          <input type="radio" name="return-place" checked={!byPost()} onChange={() => setByPost(false)} />
          <span>{t('Tại bộ phận một cửa')}</span>
        </label>
        <label class="choice">
          <input type="radio" name="return-place" checked={byPost()} onChange={() => setByPost(true)} />
          <span>{t('Qua bưu chính công ích')}</span>
        </label>
      </fieldset>
    </ActionForm>
  );
}

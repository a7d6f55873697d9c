import { createSignal } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { returnDossier } from '../../domain/dossierLifecycle.ts';
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
      submitLabel="Xác nhận trả kết quả"
      primary
      run={() => {
        const d = props.dossier;
        const done = byPost() ? 'Đã trả kết quả qua bưu chính công ích.' : 'Đã trả kết quả.';
        return commit(d, returnDossier(d, new Date(), { byPost: byPost() }), done);
      }}
    >
      <fieldset class="choices">
        <legend>Nơi trả kết quả</legend>
        <label class="choice">
          <input type="radio" name="return-place" checked={!byPost()} onChange={() => setByPost(false)} />
          <span>Tại bộ phận một cửa</span>
        </label>
        <label class="choice">
          <input type="radio" name="return-place" checked={byPost()} onChange={() => setByPost(true)} />
          <span>Qua bưu chính công ích</span>
        </label>
      </fieldset>
    </ActionForm>
  );
}

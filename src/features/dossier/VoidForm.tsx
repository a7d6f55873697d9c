import type { Dossier } from '../../domain/dossier.ts';
import { voidDossier } from '../../domain/dossierLifecycle.ts';
import { navigate } from '../../app/router.ts';
import { t } from '../../ui/i18n/t.ts';
import { ActionForm } from './ActionForm.tsx';
import { useCommitChange } from './dossierActions.ts';

/** "Hủy hồ sơ nhập nhầm": undoes a receipt typed by mistake, then goes back to "Hôm nay". */
export function VoidForm(props: { dossier: Dossier; labelledBy: string }) {
  const commit = useCommitChange();
  return (
    <ActionForm
      labelledBy={props.labelledBy}
      submitLabel={t('Xác nhận hủy hồ sơ')}
      danger
      run={() => {
        const d = props.dossier;
        return commit(d, voidDossier(d, new Date()), t('Đã hủy hồ sơ nhập nhầm: {procedure}.', { procedure: d.procedure.name }), () => navigate('today'));
      }}
    >
      <p class="hint">{t('Chỉ dùng khi vừa tiếp nhận nhầm. Hồ sơ bị hủy không được tính vào số liệu nào.')}</p>
    </ActionForm>
  );
}

import { Show } from 'solid-js';
import { openSupplementRequest, type Dossier } from '../../domain/dossier.ts';
import { supplementReturned } from '../../domain/dossierLifecycle.ts';
import { useServices } from '../../app/services.ts';
import { formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { ActionForm } from './ActionForm.tsx';
import { useCommitChange } from './dossierActions.ts';
import { formatShortDay } from './shortDay.ts';

/** "Đã nhận đủ hồ sơ bổ sung": the clock runs again and the dates are recomputed. */
export function SupplementReturnedForm(props: { dossier: Dossier; labelledBy: string }) {
  const { calendar } = useServices();
  const commit = useCommitChange();
  const request = () => openSupplementRequest(props.dossier);
  return (
    <ActionForm
      labelledBy={props.labelledBy}
      submitLabel={t('Đã nhận đủ hồ sơ bổ sung')}
      primary
      run={() => {
        const d = props.dossier;
        const next = supplementReturned(d, new Date(), calendar());
        return commit(d, next, t('Đã nhận đủ hồ sơ bổ sung. Hẹn trả {day}.', { day: formatShortDay(next.appointmentDate) }));
      }}
    >
      <Show when={request()}>
        {(r) => (
          <p class="hint">
            {r().note
              ? t('Yêu cầu lúc {time}: {note}.', { time: formatDateTime(r().requestedAt), note: r().note ?? '' })
              : t('Yêu cầu lúc {time}.', { time: formatDateTime(r().requestedAt) })}{' '}
            {t('Khi công dân nộp đủ, hạn giải quyết được tính lại.')}
          </p>
        )}
      </Show>
    </ActionForm>
  );
}

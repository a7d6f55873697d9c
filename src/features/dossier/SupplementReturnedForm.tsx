import { Show } from 'solid-js';
import { openSupplementRequest, type Dossier } from '../../domain/dossier.ts';
import { supplementReturned } from '../../domain/dossierLifecycle.ts';
import { useServices } from '../../app/services.ts';
import { formatDateTime } from '../../ui/format.ts';
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
      submitLabel="Đã nhận đủ hồ sơ bổ sung"
      primary
      run={() => {
        const d = props.dossier;
        const next = supplementReturned(d, new Date(), calendar());
        return commit(d, next, `Đã nhận đủ hồ sơ bổ sung. Hẹn trả ${formatShortDay(next.appointmentDate)}.`);
      }}
    >
      <Show when={request()}>
        {(r) => (
          <p class="hint">
            Yêu cầu lúc {formatDateTime(r().requestedAt)}
            <Show when={r().note}>{(note) => <>: {note()}</>}</Show>. Khi công dân nộp đủ, hạn giải quyết được tính lại.
          </p>
        )}
      </Show>
    </ActionForm>
  );
}

import { createSignal, Show } from 'solid-js';
import { CHANNEL_LABELS } from '../../domain/channel.ts';
import type { Dossier } from '../../domain/dossier.ts';
import { useServices } from '../../app/services.ts';
import { formatDay, formatTime } from '../../ui/format.ts';
import { markResolved, markReturned } from './dossierActions.ts';

/** One open dossier with the next action on it: resolve (with its flags), then return. */
export function OpenDossierItem(props: { dossier: Dossier; onError: (text: string) => void }) {
  const { db, sync } = useServices();
  const [resolving, setResolving] = createSignal(false);
  const [digitized, setDigitized] = createSignal(false);
  const [electronicResult, setElectronicResult] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const label = () => `${props.dossier.procedure.name}, nhận lúc ${formatTime(props.dossier.receivedAt)}`;

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
      setResolving(false);
      void sync.syncNow();
    } catch (error) {
      props.onError(`Chưa lưu được: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="dossier" aria-label={label()}>
      <p class="dossier-title">{props.dossier.procedure.name}</p>
      <p class="dossier-meta">
        {CHANNEL_LABELS[props.dossier.channel]} · nhận {formatTime(props.dossier.receivedAt)} · hẹn {formatDay(props.dossier.appointmentDate)}
      </p>
      <Show when={props.dossier.status === 'received'}>
        <Show
          when={resolving()}
          fallback={
            <button type="button" aria-label={`Giải quyết xong: ${label()}`} onClick={() => setResolving(true)}>
              Giải quyết xong…
            </button>
          }
        >
          <div class="resolve-panel">
            <label class="toggle">
              <input type="checkbox" checked={digitized()} onChange={(e) => setDigitized(e.currentTarget.checked)} />
              Đã số hóa hồ sơ, kết quả
            </label>
            <label class="toggle">
              <input type="checkbox" checked={electronicResult()} onChange={(e) => setElectronicResult(e.currentTarget.checked)} />
              Có kết quả điện tử
            </label>
            <div class="row">
              <button type="button" onClick={() => setResolving(false)}>
                Hủy
              </button>
              <button
                type="button"
                class="primary"
                disabled={busy()}
                onClick={() => act(() => markResolved(db, props.dossier, { digitized: digitized(), electronicResult: electronicResult() }))}
              >
                Xác nhận giải quyết
              </button>
            </div>
          </div>
        </Show>
      </Show>
      <Show when={props.dossier.status === 'resolved'}>
        <button type="button" aria-label={`Trả kết quả: ${label()}`} disabled={busy()} onClick={() => act(() => markReturned(db, props.dossier))}>
          Trả kết quả
        </button>
      </Show>
    </li>
  );
}

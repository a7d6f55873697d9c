import { createSignal, Show } from 'solid-js';
import { CHANNEL_LABELS } from '../../domain/channel.ts';
import type { Dossier } from '../../domain/dossier.ts';
import { resolveDossier, returnDossier } from '../../domain/dossierLifecycle.ts';
import { navigate, pathOf } from '../../app/router.ts';
import { formatDay, formatTime } from '../../ui/format.ts';
import { actionErrorText } from './actionError.ts';
import { useCommitChange } from './dossierActions.ts';
import { ensureUndoToastHost } from './undoToast.tsx';
import './dossier.css';

/** One open dossier, its title linking to the dossier screen, with the next action on it: resolve (with its flags), then return. */
export function OpenDossierItem(props: { dossier: Dossier; onError: (text: string) => void }) {
  ensureUndoToastHost();
  const commit = useCommitChange();
  const [resolving, setResolving] = createSignal(false);
  const [digitized, setDigitized] = createSignal(false);
  const [electronicResult, setElectronicResult] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const label = () => `${props.dossier.procedure.name}, nhận lúc ${formatTime(props.dossier.receivedAt)}`;
  const path = () => pathOf({ name: 'dossier', id: props.dossier.id });

  const act = async (next: (d: Dossier) => Dossier, done: string) => {
    setBusy(true);
    try {
      const d = props.dossier;
      await commit(d, next(d), done);
      setResolving(false);
    } catch (error) {
      props.onError(`${props.dossier.procedure.name}: ${actionErrorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="dossier" aria-label={label()}>
      <p class="dossier-title">
        <a href={path()} onClick={(e) => (e.preventDefault(), navigate({ name: 'dossier', id: props.dossier.id }))}>
          {props.dossier.procedure.name}
        </a>
      </p>
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
                onClick={() =>
                  act((d) => resolveDossier(d, new Date(), { digitized: digitized(), electronicResult: electronicResult() }), `Đã giải quyết xong: ${props.dossier.procedure.name}.`)
                }
              >
                Xác nhận giải quyết
              </button>
            </div>
          </div>
        </Show>
      </Show>
      <Show when={props.dossier.status === 'resolved'}>
        <button
          type="button"
          aria-label={`Trả kết quả: ${label()}`}
          disabled={busy()}
          onClick={() => act((d) => returnDossier(d, new Date()), `Đã trả kết quả: ${props.dossier.procedure.name}.`)}
        >
          Trả kết quả
        </button>
      </Show>
    </li>
  );
}

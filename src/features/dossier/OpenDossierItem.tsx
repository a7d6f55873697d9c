import { createSignal, Show } from 'solid-js';
import { CHANNEL_LABELS } from '../../domain/channel.ts';
import type { Dossier } from '../../domain/dossier.ts';
import { resolveDossier, returnDossier } from '../../domain/dossierLifecycle.ts';
import { navigate, pathOf } from '../../app/router.ts';
import { formatDay, formatTime } from '../../ui/format.ts';
import { t, tc } from '../../ui/i18n/t.ts';
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
  const label = () => t('{procedure}, nhận lúc {time}', { procedure: props.dossier.procedure.name, time: formatTime(props.dossier.receivedAt) });
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
        {t('{channel} · nhận {time} · hẹn {day}', {
          channel: t(CHANNEL_LABELS[props.dossier.channel]),
          time: formatTime(props.dossier.receivedAt),
          day: formatDay(props.dossier.appointmentDate),
        })}
      </p>
      <Show when={props.dossier.status === 'received'}>
        <Show
          when={resolving()}
          fallback={
            <button type="button" aria-label={t('Giải quyết xong: {dossier}', { dossier: label() })} onClick={() => setResolving(true)}>
              {t('Giải quyết xong…')}
            </button>
          }
        >
          <div class="resolve-panel">
            <label class="toggle">
              <input type="checkbox" checked={digitized()} onChange={(e) => setDigitized(e.currentTarget.checked)} />
              {t('Đã số hóa hồ sơ, kết quả')}
            </label>
            <label class="toggle">
              <input type="checkbox" checked={electronicResult()} onChange={(e) => setElectronicResult(e.currentTarget.checked)} />
              {t('Có kết quả điện tử')}
            </label>
            <div class="row">
              <button type="button" onClick={() => setResolving(false)}>
                {t('Hủy')}
              </button>
              <button
                type="button"
                class="primary"
                disabled={busy()}
                onClick={() =>
                  act((d) => resolveDossier(d, new Date(), { digitized: digitized(), electronicResult: electronicResult() }), t('Đã giải quyết xong: {procedure}.', { procedure: props.dossier.procedure.name }))
                }
              >
                {t('Xác nhận giải quyết')}
              </button>
            </div>
          </div>
        </Show>
      </Show>
      <Show when={props.dossier.status === 'resolved'}>
        <button
          type="button"
          aria-label={t('Trả kết quả: {dossier}', { dossier: label() })}
          disabled={busy()}
          onClick={() => act((d) => returnDossier(d, new Date()), t('Đã trả kết quả: {procedure}.', { procedure: props.dossier.procedure.name }))}
        >
          {tc('action', 'Trả kết quả')}
        </button>
      </Show>
    </li>
  );
}

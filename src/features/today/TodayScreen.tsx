import { createMemo, createSignal, For, Show } from 'solid-js';
import { tallyDay } from '../../domain/dailyTally.ts';
import { watchDossiersTouchedOn, watchOpenDossiers } from '../../data/dossierQueries.ts';
import { useServices } from '../../app/services.ts';
import { navigate } from '../../app/router.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatDay } from '../../ui/format.ts';
import { OpenDossierItem } from '../dossier/OpenDossierItem.tsx';
import { FeedbackCard } from '../feedback/FeedbackCard.tsx';
import { createCurrentDay } from './currentDay.ts';
import { DailyTallyCard } from './DailyTallyCard.tsx';

/** "Hôm nay": the day's tally and the dossiers still open. */
export function TodayScreen() {
  const { db } = useServices();
  const day = createCurrentDay();
  const touched = createMemo(() => createLiveSignal(() => watchDossiersTouchedOn(db, day()), []));
  const open = createLiveSignal(() => watchOpenDossiers(db), []);
  const tally = createMemo(() => tallyDay(touched().value(), day()));
  // Keyed by id, not by object: a fresh read must not remount an item the officer is acting on.
  const openIds = createMemo(() => open.value().map((d) => d.id));
  const openById = createMemo(() => new Map(open.value().map((d) => [d.id, d])));
  const [actionError, setActionError] = createSignal<string | null>(null);
  const readError = () => touched().error() ?? open.error();

  return (
    <div class="screen">
      <h1>Hôm nay</h1>
      <p class="subtitle">{formatDay(day())}</p>
      <Show when={readError()}>
        <p class="notice error" role="alert">
          Không đọc được dữ liệu trên máy. Hãy tải lại ứng dụng.
        </p>
      </Show>
      <DailyTallyCard tally={tally()} />
      <section class="card" aria-labelledby="open-title">
        <h2 id="open-title">Hồ sơ đang xử lý</h2>
        <p class="notice error" role="alert" hidden={actionError() === null}>
          {actionError()}
        </p>
        <Show
          when={open.value().length > 0}
          fallback={
            <p>
              Chưa có hồ sơ nào đang xử lý.{' '}
              <a href="/tiep-nhan" onClick={(e) => (e.preventDefault(), navigate('receive'))}>
                Tiếp nhận hồ sơ
              </a>
            </p>
          }
        >
          <ul class="dossiers">
            <For each={openIds()}>
              {(id) => <Show when={openById().get(id)}>{(d) => <OpenDossierItem dossier={d()} onError={setActionError} />}</Show>}
            </For>
          </ul>
        </Show>
      </section>
      <FeedbackCard />
    </div>
  );
}

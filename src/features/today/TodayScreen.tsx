import { createMemo, createSignal, For, lazy, Show, Suspense } from 'solid-js';
import { tallyDay } from '../../domain/dailyTally.ts';
import { ACTION_LISTS, actionLists } from '../../data/actionLists.ts';
import { watchDossiersTouchedOn, watchOpenDossiers } from '../../data/dossierQueries.ts';
import { watchSetting } from '../../data/settings.ts';
import { useServices } from '../../app/services.ts';
import { navigate } from '../../app/router.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatDay } from '../../ui/format.ts';
import { ActionListSection } from './ActionListSection.tsx';
import { createCurrentDay } from '../../ui/currentDay.ts';
import { t } from '../../ui/i18n/t.ts';
import { createCurrentInstant } from './currentInstant.ts';
import { DailyTallyCard } from './DailyTallyCard.tsx';
import './today.css';

// The close-out and feedback cards sit below the day's work: they load after it, keeping the first visit small.
const CloseOutCard = lazy(() => import('./CloseOutCard.tsx').then((m) => ({ default: m.CloseOutCard })));
const FeedbackCard = lazy(() => import('../feedback/FeedbackCard.tsx').then((m) => ({ default: m.FeedbackCard })));

/** "Hôm nay": the day's tally, then the open dossiers sorted into the lists that need action. */
export function TodayScreen() {
  const { db } = useServices();
  const day = createCurrentDay();
  const now = createCurrentInstant();
  const touched = createMemo(() => createLiveSignal(() => watchDossiersTouchedOn(db, day()), []));
  const open = createLiveSignal(() => watchOpenDossiers(db), []);
  const apologyRule = createLiveSignal(() => watchSetting(db, 'apologyRule'), 'judge_by_due_date');
  const tally = createMemo(() => tallyDay(touched().value(), day()));
  // Read the clock on every change, not only on the tick: a dossier resolved a second ago has ended.
  const lists = createMemo(() => (now(), actionLists(open.value(), new Date().toISOString(), apologyRule.value())));
  const idsOf = (name: (typeof ACTION_LISTS)[number]) => lists()[name].map((d) => d.id);
  const openById = createMemo(() => new Map(open.value().map((d) => [d.id, d])));
  const [actionError, setActionError] = createSignal<string | null>(null);
  const readError = () => touched().error() ?? open.error();

  return (
    <div class="screen today">
      <h1>{t('Hôm nay')}</h1>
      <p class="subtitle">{formatDay(day())}</p>
      <Show when={readError()}>
        <p class="notice error" role="alert">
          {t('Không đọc được dữ liệu trên máy. Hãy tải lại ứng dụng.')}
        </p>
      </Show>
      <DailyTallyCard tally={tally()} />
      <section class="open-dossiers" aria-labelledby="open-title">
        <div class="open-dossiers-header">
          <h2 id="open-title">{t('Hồ sơ đang xử lý')}</h2>
          <p class="open-total">{t('{count} hồ sơ', { count: open.value().length })}</p>
        </div>
        <p class="notice error" role="alert" hidden={actionError() === null}>
          {actionError()}
        </p>
        <Show
          when={open.value().length > 0}
          fallback={
            <p class="card">
              {t('Chưa có hồ sơ nào đang xử lý.')}{' '}
              <a href="/tiep-nhan" onClick={(e) => (e.preventDefault(), navigate('receive'))}>
                {t('Tiếp nhận hồ sơ')}
              </a>
            </p>
          }
        >
          <For each={ACTION_LISTS}>{(name) => <ActionListSection name={name} ids={idsOf(name)} byId={openById()} onError={setActionError} />}</For>
        </Show>
      </section>
      <Suspense>
        <CloseOutCard />
        <FeedbackCard />
      </Suspense>
    </div>
  );
}

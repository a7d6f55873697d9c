import { createSignal, For, Show } from 'solid-js';
import { handleFeedback, receiveFeedback } from '../../domain/feedback.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';
import { saveFeedback, watchOpenFeedback } from '../../data/feedbackStore.ts';
import { useServices } from '../../app/services.ts';
import { syncAfterSave } from '../../app/backgroundSync.ts';
import { createFieldDraft } from '../../ui/createFieldDraft.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { DraftNotice } from '../../ui/DraftNotice.tsx';
import { formatDay } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

/**
 * Feedback on administrative rules (phản ánh, kiến nghị): record it, see what is open with
 * its due date, mark it handled. Feeds "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn".
 */
export function FeedbackCard() {
  const { db, calendar, sync } = useServices();
  const open = createLiveSignal(() => watchOpenFeedback(db), []);
  // The typed subject survives a reload or a crash until it is recorded or discarded.
  const subject = createFieldDraft('feedback:new');
  const [error, setError] = createSignal<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
      syncAfterSave(sync);
    } catch (e) {
      setError(t('Chưa lưu được: {reason}', { reason: e instanceof Error ? t(e.message) : String(e) }));
    }
  };

  const add = (event: SubmitEvent) => {
    event.preventDefault();
    if (subject.value().trim() === '') {
      setError(t('Hãy ghi nội dung phản ánh, kiến nghị.'));
      return;
    }
    void run(async () => {
      await saveFeedback(db, receiveFeedback({ id: uuidv7(), receivedAt: new Date(), subject: subject.value() }, calendar()));
      subject.clear();
    });
  };

  return (
    <section class="card" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('Phản ánh, kiến nghị')}</h2>
      <form onSubmit={add}>
        <DraftNotice draft={subject} />
        <label class="field">
          <span>{t('Nội dung phản ánh, kiến nghị mới')}</span>
          <input value={subject.value()} maxlength="300" onInput={(e) => subject.input(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('Ghi nhận phản ánh')}</button>
      </form>
      <p class="notice error" role="alert" hidden={error() === null}>
        {error()}
      </p>
      <Show when={open.value().length > 0} fallback={<p>{t('Không có phản ánh nào đang chờ xử lý.')}</p>}>
        <ul class="dossiers">
          <For each={open.value()}>
            {(f) => (
              <li class="dossier">
                <p class="dossier-title">{f.subject}</p>
                <p class="dossier-meta">{t('Hạn xử lý {day}', { day: formatDay(f.dueDate) })}</p>
                <button type="button" aria-label={t('Đã xử lý: {subject}', { subject: f.subject })} onClick={() => run(() => saveFeedback(db, handleFeedback(f, new Date())))}>
                  {t('Đã xử lý')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

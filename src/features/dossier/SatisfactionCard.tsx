import { createSignal, createUniqueId, For } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { rateSatisfaction } from '../../domain/dossierLifecycle.ts';
import { SATISFACTION_LABELS, SATISFACTION_LEVELS, type Satisfaction } from '../../domain/satisfaction.ts';
import { t } from '../../ui/i18n/t.ts';
import { actionErrorText } from './actionError.ts';
import { useCommitChange } from './dossierActions.ts';

const FACES: Readonly<Record<Satisfaction, string>> = {
  very_satisfied: '😀',
  satisfied: '🙂',
  acceptable: '😐',
  dissatisfied: '🙁',
};

/** "Mức độ hài lòng" in one tap: four faces; tapping the chosen one clears it. */
export function SatisfactionCard(props: { dossier: Dossier }) {
  const commit = useCommitChange();
  const titleId = createUniqueId();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const rate = async (level: Satisfaction) => {
    if (busy()) return;
    const d = props.dossier;
    const next = d.satisfaction === level ? null : level;
    setBusy(true);
    setError(null);
    try {
      const done = next === null ? t('Đã bỏ đánh giá hài lòng.') : t('Đã ghi mức độ hài lòng: {level}.', { level: t(SATISFACTION_LABELS[next]) });
      await commit(d, rateSatisfaction(d, new Date(), next), done);
    } catch (e) {
      setError(actionErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('Mức độ hài lòng')}</h2>
      <div class="faces" role="group" aria-labelledby={titleId}>
        <For each={SATISFACTION_LEVELS}>
          {(level) => (
            <button type="button" class="face" aria-pressed={props.dossier.satisfaction === level} disabled={busy()} onClick={() => void rate(level)}>
              <span class="face-emoji" aria-hidden="true">
                {FACES[level]}
              </span>
              <span class="face-label">{t(SATISFACTION_LABELS[level])}</span>
            </button>
          )}
        </For>
      </div>
      <p class="hint">{t('Chạm lại mặt đã chọn để bỏ đánh giá.')}</p>
      <p class="notice error" role="alert" hidden={error() === null}>
        {error()}
      </p>
    </section>
  );
}

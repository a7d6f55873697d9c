import { createSignal, Match, Switch } from 'solid-js';
import type { PlanTargetRow } from '../../domain/plans/planSchema.ts';
import type { PlanRowValue } from '../../domain/plans/planRowValue.ts';
import { StorageFullError } from '../../data/reopen.ts';
import { t } from '../../ui/i18n/t.ts';

/**
 * Entry of a figure no dossier can compute, for the shown period: counts (numerator and
 * denominator), a percentage, or words with "đạt / chưa đạt" for text targets.
 */
export function ManualRowInput(props: { row: PlanTargetRow; value: PlanRowValue | undefined; onSave: (value: PlanRowValue | null) => Promise<void> }) {
  const unit = () => (props.row.source.kind === 'manual' ? props.row.source.unit : 'count');
  const initial = props.value;
  const [numerator, setNumerator] = createSignal(initial && 'numerator' in initial ? String(initial.numerator) : '');
  const [denominator, setDenominator] = createSignal(initial && 'denominator' in initial ? String(initial.denominator) : '');
  const [percent, setPercent] = createSignal(initial && 'percent' in initial ? String(initial.percent) : '');
  const [text, setText] = createSignal(initial && 'text' in initial ? initial.text : '');
  const [met, setMet] = createSignal<boolean | null>(initial && 'met' in initial ? initial.met : null);
  const [error, setError] = createSignal<string | null>(null);
  const label = () => (props.row.code ? t('mục {code}', { code: props.row.code }) : props.row.label);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    let value: PlanRowValue | null;
    if (unit() === 'text') value = text().trim() === '' && met() === null ? null : { text: text(), met: met() };
    else if (unit() === 'percent') value = percent().trim() === '' ? null : { percent: Number(percent().replace(',', '.')) };
    else value = numerator().trim() === '' && denominator().trim() === '' ? null : { numerator: Number(numerator()), denominator: Number(denominator()) };
    try {
      await props.onSave(value);
    } catch (e) {
      // Validation messages come as "field: message"; a full disk's sentence is shown whole.
      setError(e instanceof StorageFullError ? t(e.message) : e instanceof Error ? t(e.message.replace(/^.*?: /, '')) : String(e));
    }
  };

  return (
    <form class="manual-entry" onSubmit={save} aria-label={t('Nhập số liệu {row}', { row: label() })}>
      <Switch>
        <Match when={unit() === 'count'}>
          <div class="row">
            <label class="field">
              <span>{t('Đạt được')}</span>
              <input inputmode="numeric" value={numerator()} onInput={(e) => setNumerator(e.currentTarget.value)} />
            </label>
            <label class="field">
              <span>{t('Trên tổng số')}</span>
              <input inputmode="numeric" value={denominator()} onInput={(e) => setDenominator(e.currentTarget.value)} />
            </label>
          </div>
        </Match>
        <Match when={unit() === 'percent'}>
          <label class="field">
            <span>{t('Tỷ lệ / điểm (%)')}</span>
            <input inputmode="decimal" value={percent()} onInput={(e) => setPercent(e.currentTarget.value)} />
          </label>
        </Match>
        <Match when={unit() === 'text'}>
          <label class="field">
            <span>{t('Kết quả')}</span>
            <input value={text()} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <fieldset class="choices inline">
            <legend>{t('Đánh giá')}</legend>
            <label class="choice">
              <input type="radio" name={`met-${props.row.id}`} checked={met() === true} onChange={() => setMet(true)} />
              <span>{t('Đạt')}</span>
            </label>
            <label class="choice">
              <input type="radio" name={`met-${props.row.id}`} checked={met() === false} onChange={() => setMet(false)} />
              <span>{t('Chưa đạt')}</span>
            </label>
          </fieldset>
        </Match>
      </Switch>
      <p class="field-error" role="alert" hidden={error() === null}>
        {error()}
      </p>
      <button type="submit">{t('Lưu số liệu')}</button>
    </form>
  );
}

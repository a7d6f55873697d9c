import { createSignal, createUniqueId } from 'solid-js';
import { MAX_OVERRIDE_NOTE_LENGTH } from '../../domain/calendar/index.ts';
import { t } from '../../ui/i18n/t.ts';

/**
 * A date and a note, added to the staged calendar. `onAdd` returns why the day cannot be
 * added (shown beside the date), or null when it was.
 */
export function AddDayForm(props: {
  legend: string;
  dateLabel: string;
  hint: string;
  submitLabel: string;
  disabled: boolean;
  onAdd: (day: string, note: string) => string | null;
}) {
  const id = createUniqueId();
  const [day, setDay] = createSignal('');
  const [note, setNote] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problem = props.onAdd(day(), note());
    setError(problem);
    if (problem === null) {
      setDay('');
      setNote('');
    } else {
      document.getElementById(`${id}-day`)?.focus();
    }
  };

  return (
    <form class="add-day" onSubmit={submit}>
      <fieldset>
        <legend>{props.legend}</legend>
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
        <div class="field">
          <label for={`${id}-day`}>{props.dateLabel}</label>
          <input
            id={`${id}-day`}
            type="date"
            aria-required="true"
            value={day()}
            aria-invalid={error() !== null}
            aria-describedby={error() !== null ? `${id}-error ${id}-hint` : `${id}-hint`}
            onInput={(e) => setDay(e.currentTarget.value)}
          />
          <p class="field-error" id={`${id}-error`} hidden={error() === null}>
            {error()}
          </p>
        </div>
        <div class="field">
          <label for={`${id}-note`}>{t('Ghi chú (không bắt buộc)')}</label>
          <input id={`${id}-note`} type="text" maxLength={MAX_OVERRIDE_NOTE_LENGTH} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <button type="submit" disabled={props.disabled}>
          {props.submitLabel}
        </button>
      </fieldset>
    </form>
  );
}

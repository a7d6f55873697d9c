import type { Procedure } from '../../domain/procedure.ts';
import { formatTimeLimit } from '../../ui/formatTimeLimit.ts';
import { t } from '../../ui/i18n/t.ts';

/** One procedure of the picker: a radio named by the procedure, and a star to keep it in "Yêu thích". */
export function ProcedureOption(props: {
  procedure: Procedure;
  selected: boolean;
  favourite: boolean;
  showField: boolean;
  onSelect: () => void;
  onToggleFavourite: () => void;
}) {
  return (
    <div class="procedure-option">
      <label class="choice">
        <input type="radio" name="procedure" value={props.procedure.id} checked={props.selected} onChange={() => props.onSelect()} />
        <span>
          {props.procedure.name}
          <small>
            {props.showField ? `${props.procedure.field} · ` : ''}
            {formatTimeLimit(props.procedure.timeLimit)}
          </small>
        </span>
      </label>
      <button
        type="button"
        class="star"
        aria-pressed={props.favourite}
        aria-label={t('Yêu thích: {procedure}', { procedure: props.procedure.name })}
        data-star-id={props.procedure.id}
        onClick={() => props.onToggleFavourite()}
      >
        <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
          <path d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z" />
        </svg>
      </button>
    </div>
  );
}

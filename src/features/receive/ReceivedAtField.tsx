import { Show } from 'solid-js';
import { t } from '../../ui/i18n/t.ts';

/** "Thời điểm tiếp nhận": follows the clock until the officer edits it; always in Vietnam time. */
export function ReceivedAtField(props: {
  value: string;
  max: string;
  following: boolean;
  problem: string | null;
  onInput: (value: string) => void;
  onNow: () => void;
}) {
  return (
    <div class="field received-at">
      <label for="received-at">{t('Thời điểm tiếp nhận')}</label>
      <div class="received-at-row">
        <input
          id="received-at"
          type="datetime-local"
          value={props.value}
          max={props.max}
          aria-describedby="received-at-hint received-at-problem"
          aria-invalid={props.problem !== null}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
        <Show when={!props.following}>
          <button type="button" onClick={() => props.onNow()}>
            {t('Bây giờ')}
          </button>
        </Show>
      </div>
      <p id="received-at-hint" class="field-hint">
        {props.following ? t('Giờ Việt Nam, đang theo giờ hiện tại.') : t('Giờ Việt Nam, đã sửa.')}
      </p>
      <p id="received-at-problem" class="field-error" hidden={props.problem === null}>
        {props.problem}
      </p>
    </div>
  );
}

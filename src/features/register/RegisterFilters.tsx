import { createEffect, createSignal, For, on, onCleanup } from 'solid-js';
import { REGISTER_STATUS_FILTERS, type RegisterStatusFilter } from '../../domain/registerFilter.ts';
import { t } from '../../ui/i18n/t.ts';
import { registerPeriodLabel, REGISTER_PERIODS, type RegisterPeriod } from './registerPeriods.ts';
import type { RegisterView } from './registerView.ts';

const STATUS_LABELS: Readonly<Record<RegisterStatusFilter, () => string>> = {
  all: () => t('Tất cả'),
  in_progress: () => t('Đang giải quyết'),
  resolved: () => t('Đã giải quyết, chờ trả'),
  returned: () => t('Đã trả'),
  ended: () => t('Từ chối, rút, dừng'),
  overdue: () => t('Quá hạn'),
};

/** How long typing pauses before the register is searched. */
const SEARCH_DELAY_MS = 250;

/**
 * The register's search box, always at hand, and its status, field and period filters folded
 * under one line that says what is chosen (the list keeps the screen).
 */
export function RegisterFilters(props: { view: RegisterView; fields: readonly string[]; periodCaption: string; onChange: (change: Partial<RegisterView>) => void }) {
  const [draft, setDraft] = createSignal(props.view.search);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sent = props.view.search;
  const searchNow = (text: string) => {
    clearTimeout(timer);
    sent = text;
    if (text !== props.view.search) props.onChange({ search: text });
  };
  // A search cleared from outside (the "Bỏ lọc" button) empties the box too.
  createEffect(on(() => props.view.search, (search) => search !== sent && (clearTimeout(timer), (sent = search), setDraft(search)), { defer: true }));
  onCleanup(() => clearTimeout(timer));

  // The period first: it is what the list is cut by, and must not be the part cut off.
  const summary = () =>
    [
      registerPeriodLabel(props.view.period),
      props.view.status === 'all' ? t('mọi trạng thái') : STATUS_LABELS[props.view.status](),
      props.view.field === '' ? t('mọi lĩnh vực') : props.view.field,
    ].join(' · ');

  return (
    <div class="register-filters">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          searchNow(draft());
          // Closes the phone's keyboard so the results can be seen.
          (document.activeElement as HTMLElement | null)?.blur();
        }}
      >
        <label class="field">
          <span>{t('Tìm trong sổ')}</span>
          <input
            type="search"
            value={draft()}
            placeholder={t('Thủ tục, mã hồ sơ, người nộp, điện thoại')}
            autocomplete="off"
            enterkeyhint="search"
            maxLength={200}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setDraft(text);
              clearTimeout(timer);
              timer = setTimeout(() => searchNow(text), SEARCH_DELAY_MS);
            }}
          />
        </label>
      </form>
      <details class="register-filter-panel">
        <summary>
          <span class="register-filter-title">{t('Lọc')}</span> <span class="register-filter-summary">{summary()}</span>
        </summary>
        <div class="register-selects">
          <label class="field register-wide">
            <span>{t('Trạng thái')}</span>
            <select value={props.view.status} onChange={(event) => props.onChange({ status: event.currentTarget.value as RegisterStatusFilter })}>
              <For each={REGISTER_STATUS_FILTERS}>{(status) => <option value={status}>{STATUS_LABELS[status]()}</option>}</For>
            </select>
          </label>
          <label class="field">
            <span>{t('Lĩnh vực')}</span>
            <select value={props.view.field} onChange={(event) => props.onChange({ field: event.currentTarget.value })}>
              <option value="">{t('Tất cả')}</option>
              <For each={props.fields}>{(field) => <option value={field}>{field}</option>}</For>
            </select>
          </label>
          <label class="field">
            <span>{t('Kỳ')}</span>
            <select value={props.view.period} onChange={(event) => props.onChange({ period: event.currentTarget.value as RegisterPeriod })}>
              <For each={REGISTER_PERIODS}>{(period) => <option value={period}>{registerPeriodLabel(period)}</option>}</For>
            </select>
          </label>
        </div>
      </details>
      <p class="register-caption">{props.periodCaption}</p>
    </div>
  );
}

import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import { isUnfiltered } from '../../domain/registerFilter.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';
import { watchProcedures } from '../../data/procedureStore.ts';
import { watchRegisterHasDossiers } from '../../data/registerQueries.ts';
import { watchSetting } from '../../data/settings.ts';
import { navigate, pathOf } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { createRegisterList, REGISTER_PAGE_SIZE, type RegisterQuery } from './createRegisterList.ts';
import { createSentinel } from './createSentinel.ts';
import { RegisterFilters } from './RegisterFilters.tsx';
import { registerPeriodCaption, registerPeriodRange } from './registerPeriods.ts';
import { RegisterRowItem } from './RegisterRowItem.tsx';
import { ReportsLink } from '../reports/ReportsLink.tsx';
import { DEFAULT_REGISTER_VIEW, keepRegisterView, restoredRegisterView, type RegisterView } from './registerView.ts';
import './register.css';

/** Rows re-read at most to put the officer back where they were. */
const RESTORE_LIMIT = 500;

/**
 * "Sổ theo dõi hồ sơ" (Mẫu 07): every dossier newest first, searched and filtered while the
 * pages are read, 50 rows at a time as the officer scrolls; a row opens its dossier.
 */
export function RegisterScreen() {
  const { db } = useServices();
  const restored = restoredRegisterView();
  const [view, setView] = createSignal<RegisterView>(choices(restored ?? DEFAULT_REGISTER_VIEW));
  const periodRule = createLiveSignal(() => watchSetting(db, 'periodRule'), 'calendar');
  const apologyRule = createLiveSignal(() => watchSetting(db, 'apologyRule'), 'judge_by_due_date');
  const procedures = createLiveSignal(() => watchProcedures(db), []);
  const hasDossiers = createLiveSignal(() => watchRegisterHasDossiers(db), true);
  const today = vietnamDateKey(Date.now());

  const query = createMemo(
    (): RegisterQuery => ({
      search: view().search,
      status: view().status,
      field: view().field,
      range: registerPeriodRange(view().period, today, periodRule.value()),
      apologyRule: apologyRule.value(),
      now: new Date().toISOString(),
    }),
  );
  let restoreRows = restored?.shown;
  const list = createRegisterList(db, query, () => {
    const rows = Math.min(Math.max(restoreRows ?? 0, REGISTER_PAGE_SIZE), RESTORE_LIMIT);
    restoreRows = undefined;
    return rows;
  });
  const fields = createMemo(() => {
    const known = new Set(procedures.value().map((p) => p.field));
    if (view().field !== '') known.add(view().field);
    return [...known].sort((a, b) => a.localeCompare(b, 'vi'));
  });

  const change = (next: Partial<RegisterView>) => {
    const kept = choices({ ...view(), ...next });
    setView(kept);
    keepRegisterView(kept);
  };

  // Back from a dossier: once its rows are read again, put the row it left from where it was
  // on screen (rows off screen are only estimated in height, so a saved scrollY would miss it).
  let restoreAnchor = restored?.anchor;
  createEffect(() => {
    if (restoreAnchor === undefined || list.loading() || list.rows().length === 0) return;
    const anchor = restoreAnchor;
    restoreAnchor = undefined;
    const align = () => {
      const row = rowElement(anchor.id);
      if (row) window.scrollBy(0, row.getBoundingClientRect().top - anchor.top);
    };
    // Twice: rows that come into view take their real height after the first jump.
    requestAnimationFrame(() => (align(), requestAnimationFrame(align)));
  });

  const sentinel = createSentinel();
  createEffect(() => {
    if (sentinel.visible() && !list.loading() && !list.finished() && list.error() === null && sentinel.near()) void list.loadMore();
  });

  let listElement: HTMLOListElement | undefined;
  const showMore = async () => {
    const before = list.rows().length;
    await list.loadMore();
    // Keyboard and screen-reader users land on the first new row, not past it.
    if (list.rows().length > before) listElement?.children[before]?.querySelector('a')?.focus();
  };

  const rowElement = (id: string) => [...(listElement?.children ?? [])].find((li) => li instanceof HTMLElement && li.dataset['id'] === id);
  const open = (id: string) => {
    const top = rowElement(id)?.getBoundingClientRect().top;
    keepRegisterView({ ...view(), shown: list.rows().length, ...(top === undefined ? {} : { anchor: { id, top } }) });
    navigate({ name: 'dossier', id });
  };

  return (
    <div class="screen register">
      <h1>{t('Sổ theo dõi hồ sơ')}</h1>
      <ReportsLink />
      <Show
        when={hasDossiers.value()}
        fallback={
          <div class="card register-empty">
            <p>{t('Sổ chưa có hồ sơ nào.')}</p>
            <a class="register-receive" href={pathOf({ name: 'receive' })} onClick={(event) => (event.preventDefault(), navigate('receive'))}>
              {t('Tiếp nhận hồ sơ')}
            </a>
          </div>
        }
      >
        <RegisterFilters view={view()} fields={fields()} periodCaption={registerPeriodCaption(view().period, today, periodRule.value())} onChange={change} />
        <p class="register-count" role="status">
          {t('Đang hiển thị {count} hồ sơ', { count: list.rows().length })}
          {list.refreshing() ? ` · ${t('Đang tìm…')}` : ''}
        </p>
        <Show when={list.error() !== null || periodRule.error() !== null}>
          <p class="notice error" role="alert">
            {t('Không đọc được sổ trên máy. Hãy tải lại ứng dụng.')}
          </p>
        </Show>
        <ol class="register-rows" role="list" aria-label={t('Hồ sơ trong sổ')} classList={{ stale: list.refreshing() }} aria-busy={list.refreshing()} ref={listElement}>
          <For each={list.rows()}>{(row) => <RegisterRowItem row={row} now={query().now} apologyRule={query().apologyRule} onOpen={open} />}</For>
        </ol>
        <div class="register-end">
          <div class="register-sentinel" ref={sentinel.ref} />
          <p class="register-progress" aria-live="polite">
            {list.loading() && !list.refreshing() ? t('Đang tìm…') : list.finished() && list.rows().length > 0 ? t('Không còn hồ sơ phù hợp.') : ''}
          </p>
          <Show when={list.finished() && list.rows().length === 0}>
            <div class="register-none">
              <p>{view().period === 'all' ? t('Không có hồ sơ phù hợp.') : t('Không có hồ sơ phù hợp trong kỳ này.')}</p>
              <div class="row wrap">
                <Show when={!isUnfiltered(view())}>
                  <button type="button" onClick={() => change({ search: '', status: 'all', field: '' })}>
                    {t('Bỏ lọc')}
                  </button>
                </Show>
                <Show when={view().period !== 'all'}>
                  <button type="button" onClick={() => change({ period: 'all' })}>
                    {t('Xem toàn bộ sổ')}
                  </button>
                </Show>
              </div>
            </div>
          </Show>
          {/* Stays in place while reading, so keyboard focus is never dropped. */}
          <Show when={!list.finished() && list.error() === null}>
            <button type="button" class="register-more" aria-disabled={list.loading()} onClick={() => void showMore()}>
              {t('Xem thêm')}
            </button>
          </Show>
        </div>
      </Show>
    </div>
  );
}

/** The officer's choices without the place to return to, which only a row being opened sets. */
function choices(view: RegisterView): RegisterView {
  const { shown: _shown, anchor: _anchor, ...rest } = view;
  return rest;
}

import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import type { Procedure } from '../../domain/procedure.ts';
import { t } from '../../ui/i18n/t.ts';
import { pickerSections } from './pickerSections.ts';
import { ProcedureOption } from './ProcedureOption.tsx';

/**
 * The "Thủ tục" radio group: a diacritic-blind search, then "Yêu thích", "Hay dùng" and the
 * rest by field. Each procedure is one radio, whichever group shows it.
 */
export function ProcedurePicker(props: {
  catalogue: readonly Procedure[];
  favourites: readonly string[];
  ranking: readonly string[];
  selectedId: string | null;
  query: string;
  onQuery: (query: string) => void;
  onSelect: (id: string) => void;
  onToggleFavourite: (id: string) => void;
}) {
  const sections = createMemo(() => pickerSections(props.catalogue, props.favourites, props.ranking, props.query));
  const starred = createMemo(() => new Set(props.favourites));
  // A star moves its procedure to another group, which redraws it: keep the focus on that star.
  const [refocus, setRefocus] = createSignal<{ id: string; favourite: boolean } | null>(null);
  createEffect(() => {
    const wanted = refocus();
    if (wanted === null || starred().has(wanted.id) !== wanted.favourite) return;
    sections();
    setRefocus(null);
    document.querySelector<HTMLButtonElement>(`button[data-star-id="${CSS.escape(wanted.id)}"]`)?.focus();
  });

  const toggle = (id: string) => {
    setRefocus({ id, favourite: !starred().has(id) });
    props.onToggleFavourite(id);
  };

  return (
    <fieldset class="choices procedure-picker">
      <legend>{t('Thủ tục')}</legend>
      <label class="field picker-search">
        <span>{t('Tìm thủ tục')}</span>
        <input
          type="search"
          value={props.query}
          placeholder={t('Ví dụ: khai sinh, chung thuc')}
          autocomplete="off"
          enterkeyhint="search"
          onInput={(e) => props.onQuery(e.currentTarget.value)}
          // Enter in a search box would submit the form: close the keyboard instead.
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), e.currentTarget.blur())}
        />
      </label>
      <For each={sections()}>
        {(section) => (
          <fieldset class="picker-section">
            <legend>{section.title}</legend>
            <For each={section.procedures}>
              {(p) => (
                <ProcedureOption
                  procedure={p}
                  selected={props.selectedId === p.id}
                  favourite={starred().has(p.id)}
                  showField={section.showField}
                  onSelect={() => props.onSelect(p.id)}
                  onToggleFavourite={() => toggle(p.id)}
                />
              )}
            </For>
            <Show when={section.procedures.length === 0}>
              <p class="picker-empty">{t('Không có thủ tục nào khớp «{query}». Hãy thử từ khác, có dấu hay không dấu đều được.', { query: props.query.trim() })}</p>
            </Show>
          </fieldset>
        )}
      </For>
    </fieldset>
  );
}

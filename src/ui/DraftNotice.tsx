import { Show } from 'solid-js';
import type { FieldDraft } from './createFieldDraft.ts';
import { t } from './i18n/t.ts';

/** "Đã khôi phục bản nháp chưa lưu." with "Bỏ bản nháp", shown while a field holds text kept from an earlier visit. */
export function DraftNotice(props: { draft: FieldDraft }) {
  return (
    <Show when={props.draft.restored()}>
      <p class="notice draft-restored" role="status">
        {t('Đã khôi phục bản nháp chưa lưu.')}{' '}
        <button type="button" onClick={() => props.draft.clear()}>
          {t('Bỏ bản nháp')}
        </button>
      </p>
    </Show>
  );
}

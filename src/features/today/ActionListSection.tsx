import { For, Show } from 'solid-js';
import type { ActionListName } from '../../data/actionLists.ts';
import type { Dossier } from '../../domain/dossier.ts';
import { formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { OpenDossierItem } from '../dossier/OpenDossierItem.tsx';

const TITLES: Readonly<Record<ActionListName, () => string>> = {
  due_today: () => t('Đến hạn hôm nay'),
  overdue: () => t('Quá hạn'),
  awaiting_supplement: () => t('Chờ bổ sung'),
  late_without_apology: () => t('Trễ hạn chưa có văn bản xin lỗi'),
  in_progress: () => t('Đang giải quyết'),
};

const HINTS: Readonly<Partial<Record<ActionListName, () => string>>> = {
  late_without_apology: () => t('Cần gửi văn bản xin lỗi và hẹn lại ngày trả (Mẫu 04).'),
};

/** One list of "Hôm nay": a region named by its title, its count, and the dossiers with their next action. */
export function ActionListSection(props: { name: ActionListName; ids: readonly string[]; byId: ReadonlyMap<string, Dossier>; onError: (text: string) => void }) {
  const titleId = () => `action-list-${props.name}`;
  return (
    <section class="action-list" classList={{ [props.name.replaceAll('_', '-')]: true, empty: props.ids.length === 0 }} aria-labelledby={titleId()}>
      <h3>
        <span id={titleId()}>{TITLES[props.name]()}</span>{' '}
        <span class="count">
          {formatCount(props.ids.length)}
          <span class="visually-hidden"> {t('hồ sơ', { count: props.ids.length })}</span>
        </span>
      </h3>
      <Show when={props.ids.length > 0}>
        <Show when={HINTS[props.name]}>{(hint) => <p class="action-list-hint">{hint()()}</p>}</Show>
        <ul class="dossiers">
          {/* Keyed by id, not by object: a fresh read must not remount an item the officer is acting on. */}
          <For each={props.ids}>{(id) => <Show when={props.byId.get(id)}>{(d) => <OpenDossierItem dossier={d()} onError={props.onError} />}</Show>}</For>
        </ul>
      </Show>
    </section>
  );
}

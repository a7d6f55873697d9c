import { createUniqueId, For, Show } from 'solid-js';
import { DOSSIER_ACTION_LABELS } from '../../domain/dossierHistory.ts';
import type { StoredHistoryEntry } from '../../data/historyStore.ts';
import { formatDateTime } from '../../ui/format.ts';
import { t, tc } from '../../ui/i18n/t.ts';
import { describeChange } from './describeChange.ts';

/** "Lịch sử hồ sơ": every save, newest first: when, what, who, and which fields changed how. */
export function HistoryCard(props: { entries: readonly StoredHistoryEntry[] }) {
  const titleId = createUniqueId();
  const newestFirst = () => [...props.entries].reverse();
  return (
    <section class="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('Lịch sử hồ sơ')}</h2>
      <Show when={props.entries.length > 0} fallback={<p>{t('Chưa có bước nào được ghi.')}</p>}>
        <ul class="history">
          <For each={newestFirst()}>
            {(entry) => (
              <li>
                <p class="history-head">
                  <strong>{tc('history', DOSSIER_ACTION_LABELS[entry.action])}</strong>
                  <time datetime={entry.at}>{formatDateTime(entry.at)}</time>
                </p>
                <Show when={entry.officerId}>{(officer) => <p class="history-officer">{t('Cán bộ: {officer}', { officer: officer() })}</p>}</Show>
                {/* A receipt sets every field: its changes would only repeat the header. */}
                <Show when={entry.action !== 'received' && entry.changes.length > 0}>
                  <dl class="changes">
                    <For each={entry.changes.map(describeChange)}>
                      {(change) => (
                        <div>
                          <dt>{change.label}</dt>
                          <dd>{change.showsValues ? `${change.before ?? '—'} → ${change.after ?? '—'}` : t('đã thay đổi')}</dd>
                        </div>
                      )}
                    </For>
                  </dl>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

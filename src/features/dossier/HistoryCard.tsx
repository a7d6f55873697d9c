import { createUniqueId, For, Match, Show, Switch } from 'solid-js';
import { DOSSIER_ACTION_LABELS } from '../../domain/dossierHistory.ts';
import { watchHistoryContext, type StoredHistoryEntry } from '../../data/historyStore.ts';
import { useServices } from '../../app/services.ts';
import { SyncHttpError } from '../../sync/client/httpTransport.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatDateTime } from '../../ui/format.ts';
import { t, tc } from '../../ui/i18n/t.ts';
import { createSyncStatus } from '../sync-status/createSyncStatus.ts';
import { createServerHistory } from './createServerHistory.ts';
import { describeChange } from './describeChange.ts';
import { mergedHistory } from './mergedHistory.ts';
import { createOnlineSignal } from './onlineSignal.ts';

/**
 * "Lịch sử hồ sơ": every change, newest first: when, what, who, and which fields changed how.
 * Online and enrolled, the server's audit trail (every phone's changes, officers by name) is
 * merged with this phone's record, each change once; otherwise the phone's record alone, and
 * a line says why.
 */
export function HistoryCard(props: { dossierId: string; entries: readonly StoredHistoryEntry[] }) {
  const { db, sync } = useServices();
  const titleId = createUniqueId();
  const context = createLiveSignal(() => watchHistoryContext(db), { deviceId: null, enrollment: null });
  const online = createOnlineSignal();
  const syncStatus = createSyncStatus(sync);
  const freshness = () => `${syncStatus().lastSuccessAt ?? ''}|${props.entries.length}`;
  const server = createServerHistory(() => props.dossierId, context.value, online, freshness);
  const enrolled = () => context.value().enrollment !== null;
  const serverEntries = () => (enrolled() && online() && server.data !== undefined ? server.data.entries : null);
  const shown = () => mergedHistory(props.entries, serverEntries(), context.value().deviceId).reverse();
  const failure = () => (server.error instanceof SyncHttpError ? server.error : null);

  return (
    <section class="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('Lịch sử hồ sơ')}</h2>
      <p class="history-source" aria-live="polite">
        <Switch>
          <Match when={!enrolled()}>{t('Máy chưa đăng ký với máy chủ: chỉ có các bước ghi trên máy này.')}</Match>
          <Match when={!online()}>{t('Đang ngoại tuyến: đây là các bước ghi trên máy này. Lịch sử trên máy chủ cần kết nối mạng.')}</Match>
          <Match when={failure()?.status === 404}>{t('Máy chủ chưa có hồ sơ này (chưa đồng bộ): đây là các bước ghi trên máy này.')}</Match>
          <Match when={failure()}>{(error) => t('Chưa tải được lịch sử trên máy chủ: {reason}', { reason: error().message })}</Match>
          <Match when={server.data === undefined}>{t('Đang tải lịch sử trên máy chủ…')}</Match>
          <Match when={server.data}>{(data) => t('Gồm lịch sử trên máy chủ (lúc {time}).', { time: formatDateTime(data().serverTime) })}</Match>
        </Switch>
      </p>
      <Show when={shown().length > 0} fallback={<p>{t('Chưa có bước nào được ghi.')}</p>}>
        <ul class="history">
          <For each={shown()}>
            {(entry) => (
              <li>
                <p class="history-head">
                  <strong>{tc('history', DOSSIER_ACTION_LABELS[entry.action])}</strong>
                  <time datetime={entry.at}>{formatDateTime(entry.at)}</time>
                </p>
                <Show when={entry.officer}>{(officer) => <p class="history-officer">{t('Cán bộ: {officer}', { officer: officer() })}</p>}</Show>
                <Show when={entry.source === 'device'}>
                  <p class="history-officer">{t('Chưa có trên máy chủ')}</p>
                </Show>
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

import { Show } from 'solid-js';
import { navigate, pathOf } from '../../app/router.ts';
import type { RejectedChange } from '../../data/quarantineStore.ts';
import { ConfirmAction } from '../../ui/ConfirmAction.tsx';
import { t, tc } from '../../ui/i18n/t.ts';
import { rejectedTitle, rejectedWhen } from './describeRejected.ts';

/** One rejected change: its record, the server's reason, and "Mở hồ sơ", "Gửi lại", "Bỏ". */
export function RejectedChangeItem(props: { change: RejectedChange; busy: boolean; onRetry: () => void; onDiscard: () => Promise<void> }) {
  const title = () => rejectedTitle(props.change);
  return (
    <li class="rejected-change" aria-label={title()}>
      <p class="rejected-title">{title()}</p>
      <p class="rejected-when">{rejectedWhen(props.change)}</p>
      <p class="rejected-reason">{t('Lý do: {reason}', { reason: props.change.reason === '' ? t('máy chủ không nói rõ') : t(props.change.reason) })}</p>
      <div class="row wrap">
        <Show when={props.change.entity === 'dossier'}>
          <a
            class="button-link"
            href={pathOf({ name: 'dossier', id: props.change.entityId })}
            aria-label={t('Mở hồ sơ: {record}', { record: title() })}
            onClick={(e) => (e.preventDefault(), navigate({ name: 'dossier', id: props.change.entityId }))}
          >
            {t('Mở hồ sơ')}
          </a>
        </Show>
        <button type="button" disabled={props.busy} aria-label={t('Gửi lại: {record}', { record: title() })} onClick={() => props.onRetry()}>
          {t('Gửi lại')}
        </button>
        <ConfirmAction
          action={tc('quarantine', 'Bỏ')}
          actionLabel={t('Bỏ: {record}', { record: title() })}
          disabled={props.busy}
          groupLabel={t('Xác nhận bỏ thay đổi: {record}', { record: title() })}
          question={t('Bỏ thay đổi này? Nó sẽ không bao giờ đến máy chủ. Hồ sơ trên máy vẫn giữ nguyên.')}
          cancel={t('Giữ lại')}
          confirm={t('Bỏ thay đổi')}
          onConfirm={props.onDiscard}
        />
      </div>
    </li>
  );
}

import { createSignal, Show } from 'solid-js';
import type { Procedure } from '../../domain/procedure.ts';
import { formatTimeLimit } from '../../ui/formatTimeLimit.ts';
import { t } from '../../ui/i18n/t.ts';

/** "Mã 1.001193 · trong ngày · giờ tiếp nhận cuối 15:00 · không thu phí" */
function summary(p: Procedure): string {
  return [
    ...(p.code !== undefined ? [t('Mã {code}', { code: p.code })] : []),
    formatTimeLimit(p.timeLimit),
    ...(p.cutoff !== undefined ? [t('giờ tiếp nhận cuối {time}', { time: p.cutoff })] : []),
    p.hasFee ? t('có phí, lệ phí') : t('không thu phí'),
  ].join(' · ');
}

/** One catalogue entry with "Sửa" and "Xóa" (deleting asks for confirmation first). */
export function ProcedureItem(props: { procedure: Procedure; disabled: boolean; onEdit: () => void; onDelete: () => Promise<void> }) {
  const [confirming, setConfirming] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  const remove = async () => {
    setDeleting(true);
    try {
      await props.onDelete();
    } finally {
      setDeleting(false);
      setConfirming(false);
    }
  };

  return (
    <li class="procedure" aria-label={props.procedure.name}>
      <p class="procedure-name">{props.procedure.name}</p>
      <p class="procedure-meta">{summary(props.procedure)}</p>
      <Show
        when={confirming()}
        fallback={
          <div class="row">
            <button type="button" disabled={props.disabled} aria-label={t('Sửa: {procedure}', { procedure: props.procedure.name })} onClick={() => props.onEdit()}>
              {t('Sửa')}
            </button>
            <button type="button" disabled={props.disabled} aria-label={t('Xóa: {procedure}', { procedure: props.procedure.name })} onClick={() => setConfirming(true)}>
              {t('Xóa')}
            </button>
          </div>
        }
      >
        <div class="confirm" role="group" aria-label={t('Xác nhận xóa {procedure}', { procedure: props.procedure.name })}>
          <p>{t('Xóa «{procedure}» khỏi danh mục? Hồ sơ đã tiếp nhận vẫn giữ thông tin thủ tục.', { procedure: props.procedure.name })}</p>
          <div class="row">
            <button type="button" onClick={() => setConfirming(false)}>
              {t('Không xóa')}
            </button>
            <button type="button" class="danger" disabled={deleting()} onClick={() => void remove()}>
              {t('Xóa thủ tục')}
            </button>
          </div>
        </div>
      </Show>
    </li>
  );
}

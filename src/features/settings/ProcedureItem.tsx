import { createSignal, Show } from 'solid-js';
import { describeTimeLimit, type Procedure } from '../../domain/procedure.ts';

/** "Mã 1.001193 · trong ngày · giờ tiếp nhận cuối 15:00 · không thu phí" */
function summary(p: Procedure): string {
  return [
    ...(p.code !== undefined ? [`Mã ${p.code}`] : []),
    describeTimeLimit(p.timeLimit),
    ...(p.cutoff !== undefined ? [`giờ tiếp nhận cuối ${p.cutoff}`] : []),
    p.hasFee ? 'có phí, lệ phí' : 'không thu phí',
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
            <button type="button" disabled={props.disabled} aria-label={`Sửa: ${props.procedure.name}`} onClick={() => props.onEdit()}>
              Sửa
            </button>
            <button type="button" disabled={props.disabled} aria-label={`Xóa: ${props.procedure.name}`} onClick={() => setConfirming(true)}>
              Xóa
            </button>
          </div>
        }
      >
        <div class="confirm" role="group" aria-label={`Xác nhận xóa ${props.procedure.name}`}>
          <p>Xóa «{props.procedure.name}» khỏi danh mục? Hồ sơ đã tiếp nhận vẫn giữ thông tin thủ tục.</p>
          <div class="row">
            <button type="button" onClick={() => setConfirming(false)}>
              Không xóa
            </button>
            <button type="button" class="danger" disabled={deleting()} onClick={() => void remove()}>
              Xóa thủ tục
            </button>
          </div>
        </div>
      </Show>
    </li>
  );
}

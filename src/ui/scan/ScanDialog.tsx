import { createSignal, onCleanup, onMount } from 'solid-js';
import { t } from '../i18n/t.ts';
import { createCodeReader, type CodeFormats, type CodeReader } from './codeReader.ts';
import './scanDialog.css';

const SCAN_EVERY_MS = 250;

/** What the scanner is for: its title and hint, and the formats it looks for (all when omitted). */
export interface ScanPurpose {
  readonly title: string;
  readonly hint: string;
  readonly formats?: CodeFormats;
}

/** A camera view that reads the first barcode or QR code it sees, hands it over and closes. */
export function ScanDialog(props: ScanPurpose & { onCode: (code: string) => void; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  let video!: HTMLVideoElement;
  const [problem, setProblem] = createSignal<string | null>(null);
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
  };

  const scan = async (reader: CodeReader) => {
    if (stopped) return;
    try {
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        const found = (await reader.detect(video)).find((b) => b.rawValue.trim() !== '');
        if (found && !stopped) {
          stop();
          props.onCode(found.rawValue.trim());
          return;
        }
      }
    } catch {
      // A frame the detector cannot read yet (camera still starting): try the next one.
    }
    timer = setTimeout(() => void scan(reader), SCAN_EVERY_MS);
  };

  onMount(async () => {
    dialog.showModal();
    const reader = createCodeReader(props.formats);
    if (!reader) {
      setProblem(t('Trình duyệt này không đọc được mã vạch. Hãy nhập mã bằng tay.'));
      return;
    }
    try {
      const opened = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      if (stopped) {
        for (const track of opened.getTracks()) track.stop();
        return;
      }
      stream = opened;
      video.srcObject = opened;
      await video.play();
      void scan(reader);
    } catch (error) {
      setProblem(cameraProblem(error));
    }
  });

  onCleanup(() => {
    stop();
    if (dialog.open) dialog.close();
  });

  return (
    <dialog ref={dialog} class="scan-dialog" aria-labelledby="scan-title" onClose={() => props.onClose()}>
      <h2 id="scan-title">{props.title}</h2>
      <p class="scan-hint">{props.hint}</p>
      <video ref={video} muted playsinline aria-label={t('Hình từ máy ảnh')} />
      <p class="notice error" role="alert" hidden={problem() === null}>
        {problem()}
      </p>
      <button type="button" class="primary" onClick={() => dialog.close()}>
        {t('Đóng')}
      </button>
    </dialog>
  );
}

function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return t('Ứng dụng chưa được phép dùng máy ảnh. Hãy cho phép trong cài đặt của trình duyệt, hoặc nhập mã bằng tay.');
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return t('Không tìm thấy máy ảnh trên thiết bị này. Hãy nhập mã bằng tay.');
  return t('Không mở được máy ảnh. Hãy nhập mã bằng tay.');
}

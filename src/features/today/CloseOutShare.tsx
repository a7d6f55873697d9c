import { createSignal, Show } from 'solid-js';
import { t } from '../../ui/i18n/t.ts';

/**
 * Sends the close-out summary on: "Chia sẻ" through the phone's share sheet where the browser
 * has one, "Sao chép" to the clipboard; when neither works (no permission, an old browser)
 * the text is shown, selected, for the officer to copy by hand.
 */
export function CloseOutShare(props: { text: string }) {
  const [message, setMessage] = createSignal<string | null>(null);
  const [shown, setShown] = createSignal(false);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  let area: HTMLTextAreaElement | undefined;

  const showText = () => {
    setShown(true);
    setMessage(t('Không chia sẻ hay sao chép tự động được. Hãy chọn và sao chép nội dung dưới đây.'));
    queueMicrotask(() => area?.select());
  };

  const share = async () => {
    try {
      await navigator.share({ title: t('Chốt số liệu cuối ngày'), text: props.text });
      setMessage(null);
    } catch (error) {
      // The officer closing the share sheet is not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      await copy();
    }
  };

  const copy = async () => {
    try {
      if (navigator.clipboard === undefined) throw new Error('no clipboard');
      await navigator.clipboard.writeText(props.text);
      setMessage(t('Đã sao chép nội dung tóm tắt.'));
    } catch {
      showText();
    }
  };

  return (
    <div class="close-out-share">
      <div class="row wrap">
        <Show when={canShare}>
          <button type="button" onClick={() => void share()}>
            {t('Chia sẻ')}
          </button>
        </Show>
        <button type="button" onClick={() => void copy()}>
          {t('Sao chép')}
        </button>
        <button type="button" aria-expanded={shown()} onClick={() => setShown(!shown())}>
          {shown() ? t('Ẩn nội dung') : t('Xem nội dung')}
        </button>
      </div>
      <p role="status" class="field-hint">
        {message()}
      </p>
      <Show when={shown()}>
        <div class="field">
          <label for="close-out-text">{t('Nội dung tóm tắt')}</label>
          <textarea id="close-out-text" ref={area} readOnly rows={8} value={props.text} />
        </div>
      </Show>
    </div>
  );
}

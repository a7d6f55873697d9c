import { createSignal, onMount, Show } from 'solid-js';
import { ENROLL_CODE_PATTERN, enrollCodeFromScan, formatEnrollCode, normalizeEnrollCode } from '../../sync/client/enrollmentCode.ts';
import { t } from '../../ui/i18n/t.ts';
import { ScanDialog } from '../../ui/scan/ScanDialog.tsx';
import { canScanCodes } from '../../ui/scan/codeReader.ts';

const QR_ONLY = ['qr_code'] as const;

/**
 * "Mã đăng ký" with "Đăng ký" and, where the browser reads QR codes, "Quét mã QR". A code
 * brought by the enrollment link (`prefill`) is filled in and the button focused: the officer
 * still taps it, as the code works only once.
 */
export function EnrollForm(props: { prefill: string | null; busy: boolean; onEnroll: (code: string) => void; onProblem: (text: string) => void }) {
  let submit!: HTMLButtonElement;
  const [code, setCode] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [scanning, setScanning] = createSignal(false);
  const scannable = canScanCodes();

  const fill = (found: string) => {
    setCode(formatEnrollCode(found));
    setProblem(null);
    submit.focus();
    submit.scrollIntoView({ block: 'center' });
  };

  onMount(() => {
    const prefilled = props.prefill === null ? null : enrollCodeFromScan(props.prefill);
    if (prefilled !== null) fill(prefilled);
  });

  const send = (event: SubmitEvent) => {
    event.preventDefault();
    const normalized = normalizeEnrollCode(code());
    setProblem(code().trim() === '' ? t('Hãy nhập mã đăng ký.') : normalized === null ? t('Mã đăng ký chỉ gồm chữ và số.') : null);
    if (normalized !== null) props.onEnroll(normalized);
  };

  const scanned = (text: string) => {
    setScanning(false);
    const found = enrollCodeFromScan(text);
    if (found === null) props.onProblem(t('Mã QR này không phải mã đăng ký thiết bị.'));
    else fill(found);
  };

  return (
    <form class="enroll-form" onSubmit={send} novalidate>
      <div class="field">
        <label for="enroll-code">{t('Mã đăng ký')}</label>
        <p class="field-hint" id="enroll-code-hint">
          {t('Dạng {pattern}, do người quản trị máy chủ cấp; chỉ dùng được một lần.', { pattern: ENROLL_CODE_PATTERN })}
        </p>
        <input
          id="enroll-code"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={64}
          aria-describedby="enroll-code-hint enroll-code-problem"
          aria-invalid={problem() !== null}
          value={code()}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <p class="field-error" id="enroll-code-problem" hidden={problem() === null}>
          {problem()}
        </p>
      </div>
      <div class="row wrap">
        <button ref={submit} type="submit" class="primary" disabled={props.busy}>
          {props.busy ? t('Đang đăng ký…') : t('Đăng ký')}
        </button>
        <Show when={scannable}>
          <button type="button" disabled={props.busy} onClick={() => setScanning(true)}>
            {t('Quét mã QR')}
          </button>
        </Show>
      </div>
      <Show when={scanning()}>
        <ScanDialog
          title={t('Quét mã QR đăng ký')}
          hint={t('Đưa mã QR đăng ký thiết bị vào khung hình.')}
          formats={QR_ONLY}
          onCode={scanned}
          onClose={() => setScanning(false)}
        />
      </Show>
    </form>
  );
}

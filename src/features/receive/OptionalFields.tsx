import { createSignal, lazy, Show, Suspense } from 'solid-js';
import { t } from '../../ui/i18n/t.ts';
import { canScanCodes } from '../../ui/scan/codeReader.ts';
import { loadDetailsOpen, rememberDetailsOpen } from './rememberedDetailsOpen.ts';
import { phoneProblem, type OptionalDetails } from './optionalDetails.ts';

// The camera dialog loads on the first tap of "Quét mã", keeping the desk's first visit small.
const ScanDialog = lazy(() => import('../../ui/scan/ScanDialog.tsx').then((m) => ({ default: m.ScanDialog })));

/** "Thông tin thêm (không bắt buộc)": dossier code (typed or scanned), applicant name and phone. */
export function OptionalFields(props: { details: OptionalDetails; onChange: (details: OptionalDetails) => void }) {
  const [scanning, setScanning] = createSignal(false);
  const scannable = canScanCodes();
  const set = (field: keyof OptionalDetails, value: string) => props.onChange({ ...props.details, [field]: value });
  const phone = () => phoneProblem(props.details.phone);

  return (
    <details class="optional-fields" open={loadDetailsOpen()} onToggle={(e) => rememberDetailsOpen(e.currentTarget.open)}>
      <summary>{t('Thông tin thêm (không bắt buộc)')}</summary>
      <div class="field">
        <label for="dossier-code">{t('Mã hồ sơ')}</label>
        <div class="code-row">
          <input
            id="dossier-code"
            value={props.details.code}
            maxLength={64}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            onInput={(e) => set('code', e.currentTarget.value)}
            // Desk scanners type the code then Enter: go on to the name rather than save half a form.
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), document.getElementById('applicant-name')?.focus())}
          />
          <Show when={scannable}>
            <button type="button" onClick={() => setScanning(true)}>
              {t('Quét mã')}
            </button>
          </Show>
        </div>
      </div>
      <div class="field">
        <label for="applicant-name">{t('Họ tên người nộp')}</label>
        <input id="applicant-name" value={props.details.name} maxLength={200} autocomplete="off" autocapitalize="words" onInput={(e) => set('name', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="applicant-phone">{t('Số điện thoại')}</label>
        <input
          id="applicant-phone"
          type="tel"
          inputMode="tel"
          value={props.details.phone}
          maxLength={20}
          autocomplete="off"
          aria-invalid={phone() !== null}
          aria-describedby="applicant-phone-problem"
          onInput={(e) => set('phone', e.currentTarget.value)}
        />
        <p id="applicant-phone-problem" class="field-error" hidden={phone() === null}>
          {phone()}
        </p>
      </div>
      <Show when={scanning()}>
        <Suspense>
          <ScanDialog
            title={t('Quét mã hồ sơ')}
            hint={t('Đưa mã vạch hoặc mã QR trên phiếu vào khung hình.')}
            onCode={(code) => (set('code', code), setScanning(false))}
            onClose={() => setScanning(false)}
          />
        </Suspense>
      </Show>
    </details>
  );
}

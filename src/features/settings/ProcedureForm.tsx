import { createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import type { Procedure, TimeLimit } from '../../domain/procedure.ts';
import { t } from '../../ui/i18n/t.ts';
import { draftOf, procedureFromDraft, TIME_LIMIT_UNITS, timeLimitUnitLabel, type DraftField, type ProcedureDraft } from './procedureDraft.ts';
import { errorText } from './SectionMessage.tsx';

const FIELD_ORDER: readonly DraftField[] = ['name', 'field', 'code', 'amount', 'cutoff'];

/** Adds a procedure (no `procedure`) or edits one; errors show beside their field, in Vietnamese. */
export function ProcedureForm(props: {
  procedure?: Procedure;
  catalogue: readonly Procedure[];
  onSave: (procedure: Procedure) => Promise<void>;
  onCancel: () => void;
}) {
  const id = createUniqueId();
  const fieldId = (field: DraftField) => `${id}-${field}`;
  const [draft, setDraft] = createSignal<ProcedureDraft>(draftOf(props.procedure));
  const [errors, setErrors] = createSignal<Partial<Record<DraftField, string>>>({});
  const [saveError, setSaveError] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);
  const fields = () => [...new Set(props.catalogue.map((p) => p.field))];
  const update = <K extends keyof ProcedureDraft>(key: K, value: ProcedureDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaveError(null);
    const result = procedureFromDraft(draft(), props.procedure?.id ?? null, props.catalogue);
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((f) => result.errors[f] !== undefined);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await props.onSave(result.procedure);
    } catch (error) {
      setSaveError(t('Chưa lưu được thủ tục: {reason}', { reason: errorText(error) }));
    } finally {
      setSaving(false);
    }
  };

  /** A labelled control with its hint and its error, wired with aria-describedby. */
  const Field = (p: { field: DraftField; label: string; hint?: string; children: (describedBy: () => string | undefined, invalid: () => boolean) => JSX.Element }) => {
    const error = () => errors()[p.field];
    const describedBy = () =>
      [error() !== undefined ? `${fieldId(p.field)}-error` : '', p.hint !== undefined ? `${fieldId(p.field)}-hint` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field">
        <label for={fieldId(p.field)}>{p.label}</label>
        <Show when={p.hint}>
          <p class="field-hint" id={`${fieldId(p.field)}-hint`}>
            {p.hint}
          </p>
        </Show>
        {p.children(describedBy, () => error() !== undefined)}
        <p class="field-error" id={`${fieldId(p.field)}-error`} hidden={error() === undefined}>
          {error()}
        </p>
      </div>
    );
  };

  return (
    <form class="procedure-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{props.procedure ? t('Sửa thủ tục: {procedure}', { procedure: props.procedure.name }) : t('Thêm thủ tục')}</h3>
      <Field field="name" label={t('Tên thủ tục')}>
        {(describedBy, invalid) => (
          <input id={fieldId('name')} type="text" maxLength={300} value={draft().name} aria-invalid={invalid()} aria-describedby={describedBy()} onInput={(e) => update('name', e.currentTarget.value)} />
        )}
      </Field>
      <Field field="field" label={t('Lĩnh vực')} hint={t('Ví dụ: Hộ tịch, Chứng thực. Chọn lĩnh vực đã có hoặc gõ lĩnh vực mới.')}>
        {(describedBy, invalid) => (
          <input id={fieldId('field')} type="text" maxLength={120} list={`${id}-fields`} value={draft().field} aria-invalid={invalid()} aria-describedby={describedBy()} onInput={(e) => update('field', e.currentTarget.value)} />
        )}
      </Field>
      <datalist id={`${id}-fields`}>
        <For each={fields()}>{(f) => <option value={f} />}</For>
      </datalist>
      <Field field="code" label={t('Mã TTHC (không bắt buộc)')} hint={t('Mã trên Cổng Dịch vụ công quốc gia, dạng d.dddddd, ví dụ 1.001193.')}>
        {(describedBy, invalid) => (
          <input id={fieldId('code')} type="text" inputMode="decimal" maxLength={8} value={draft().code} aria-invalid={invalid()} aria-describedby={describedBy()} onInput={(e) => update('code', e.currentTarget.value)} />
        )}
      </Field>
      <fieldset class="time-limit">
        <legend>{t('Thời hạn giải quyết')}</legend>
        <div class="field">
          <label for={`${id}-unit`}>{t('Đơn vị')}</label>
          <select id={`${id}-unit`} value={draft().unit} onChange={(e) => update('unit', e.currentTarget.value as TimeLimit['unit'])}>
            <For each={TIME_LIMIT_UNITS}>{(u) => <option value={u}>{timeLimitUnitLabel(u)}</option>}</For>
          </select>
        </div>
        <Show when={draft().unit !== 'same_day'}>
          <Field field="amount" label={t('Số {unit}', { unit: timeLimitUnitLabel(draft().unit) })}>
            {(describedBy, invalid) => (
              <input id={fieldId('amount')} type="text" inputMode="numeric" value={draft().amount} aria-invalid={invalid()} aria-describedby={describedBy()} onInput={(e) => update('amount', e.currentTarget.value)} />
            )}
          </Field>
        </Show>
      </fieldset>
      <Field field="cutoff" label={t('Giờ tiếp nhận cuối (không bắt buộc)')} hint={t('Hồ sơ nhận từ giờ này trở đi được tính từ ngày làm việc tiếp theo.')}>
        {(describedBy, invalid) => (
          <input id={fieldId('cutoff')} type="time" value={draft().cutoff} aria-invalid={invalid()} aria-describedby={describedBy()} onInput={(e) => update('cutoff', e.currentTarget.value)} />
        )}
      </Field>
      <div class="toggles">
        <label class="toggle">
          <input type="checkbox" checked={draft().hasFee} onChange={(e) => update('hasFee', e.currentTarget.checked)} />
          {t('Có phí, lệ phí')}
        </label>
        <label class="toggle">
          <input type="checkbox" checked={draft().paperResult} onChange={(e) => update('paperResult', e.currentTarget.checked)} />
          {t('Kết quả bản giấy')}
        </label>
        <label class="toggle">
          <input type="checkbox" checked={draft().certifiedCopy} onChange={(e) => update('certifiedCopy', e.currentTarget.checked)} />
          {t('Chứng thực bản sao')}
        </label>
      </div>
      <p class="notice error" role="alert" hidden={saveError() === null}>
        {saveError()}
      </p>
      <div class="row">
        <button type="button" onClick={() => props.onCancel()}>
          {t('Hủy')}
        </button>
        <button type="submit" class="primary" disabled={saving()}>
          {t('Lưu thủ tục')}
        </button>
      </div>
    </form>
  );
}

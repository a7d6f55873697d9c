import * as v from 'valibot';
import { createSignal, For, Index, Show } from 'solid-js';
import { INDICATOR_DEFINITIONS } from '../../domain/indicators/indicatorDefinitions.ts';
import type { IndicatorId } from '../../domain/indicators/indicatorId.ts';
import type { Comparator } from '../../domain/plans/comparator.ts';
import { PlanSchema, type Plan, type PlanRow, type PlanTargetRow } from '../../domain/plans/planSchema.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';
import { savePlan } from '../../data/planStore.ts';
import { useServices } from '../../app/services.ts';
import { t, tc } from '../../ui/i18n/t.ts';

const COMPARATOR_LABELS: Readonly<Record<Comparator, () => string>> = { gte: () => t('Tối thiểu (≥)'), gt: () => t('Trên (>)'), eq: () => tc('comparator', 'Đạt') };

/** Edits one of the user's plans: name, and each row's wording, target and comparator; add or remove rows. */
export function PlanEditor(props: { plan: Plan; onClose: () => void }) {
  const { db } = useServices();
  const [draft, setDraft] = createSignal<Plan>(structuredClone(props.plan));
  const [errors, setErrors] = createSignal<string[]>([]);
  const [newIndicator, setNewIndicator] = createSignal<IndicatorId | 'manual'>('online_received');

  const updateRow = (section: number, row: number, change: (r: PlanTargetRow) => PlanTargetRow) =>
    setDraft((p) => ({
      ...p,
      sections: p.sections.map((s, si) => (si !== section ? s : { ...s, rows: s.rows.map((r, ri) => (ri !== row || r.kind !== 'target' ? r : change(r))) })),
    }));
  const removeRow = (section: number, row: number) =>
    setDraft((p) => ({ ...p, sections: p.sections.map((s, si) => (si !== section ? s : { ...s, rows: s.rows.filter((_, ri) => ri !== row) })) }));

  const addRow = () => {
    const choice = newIndicator();
    const definition = INDICATOR_DEFINITIONS.find((d) => d.id === choice);
    const row: PlanRow = {
      kind: 'target',
      id: uuidv7(),
      code: '',
      label: definition ? t(definition.label) : t('Chỉ tiêu nhập tay'),
      target: { kind: 'percent', value: 100, comparator: 'gte' },
      source: definition ? { kind: 'indicator', indicatorId: definition.id } : { kind: 'manual', unit: 'count' },
    };
    setDraft((p) => {
      const sections = p.sections.length > 0 ? p.sections : [{ code: '', title: t('Chỉ tiêu'), rows: [] }];
      return { ...p, sections: sections.map((s, i) => (i === sections.length - 1 ? { ...s, rows: [...s.rows, row] } : s)) };
    });
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = v.safeParse(PlanSchema, draft());
    if (!parsed.success) {
      setErrors(parsed.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${t(i.message)}`));
      return;
    }
    try {
      await savePlan(db, parsed.output);
      props.onClose();
    } catch (e) {
      setErrors([e instanceof Error ? t(e.message) : String(e)]);
    }
  };

  return (
    <form class="card plan-editor" onSubmit={save} aria-labelledby="plan-editor-title">
      <h2 id="plan-editor-title">{t('Sửa kế hoạch')}</h2>
      <label class="field">
        <span>{t('Tên kế hoạch')}</span>
        <input value={draft().name} onInput={(e) => setDraft((p) => ({ ...p, name: e.currentTarget.value }))} />
      </label>
      <label class="field">
        <span>{t('Đơn vị')}</span>
        <input value={draft().unitName} onInput={(e) => setDraft((p) => ({ ...p, unitName: e.currentTarget.value }))} />
      </label>
      <Index each={draft().sections}>
        {(section, si) => (
          <fieldset class="plan-editor-section">
            <legend>{section().code ? `${section().code}. ${section().title}` : section().title}</legend>
            <Index each={section().rows}>
              {(row, ri) => (
                <Show when={row().kind === 'target' ? (row() as PlanTargetRow) : null}>
                  {(target) => {
                    const where = () => t('mục {code}', { code: [section().code, target().code].filter((c) => c !== '' && c !== '-').join('.') || target().label.slice(0, 40) });
                    return (
                    <div class="plan-editor-row">
                      <label class="field">
                        <span>{t('Nội dung {code}', { code: target().code })}</span>
                        <textarea rows="2" aria-label={t('Nội dung – {row}', { row: where() })} value={target().label} onInput={(e) => updateRow(si, ri, (r) => ({ ...r, label: e.currentTarget.value }))} />
                      </label>
                      <Show when={target().target.kind === 'percent' ? target().target : null}>
                        {(percent) => (
                          <div class="row">
                            <label class="field">
                              <span>{t('So sánh')}</span>
                              <select
                                aria-label={t('So sánh – {row}', { row: where() })}
                                value={percent().kind === 'percent' ? (percent() as { comparator: Comparator }).comparator : 'gte'}
                                onChange={(e) => updateRow(si, ri, (r) => ({ ...r, target: { kind: 'percent', value: r.target.kind === 'percent' ? r.target.value : 100, comparator: e.currentTarget.value as Comparator } }))}
                              >
                                <For each={Object.entries(COMPARATOR_LABELS)}>{([value, label]) => <option value={value}>{label()}</option>}</For>
                              </select>
                            </label>
                            <label class="field">
                              <span>{t('Chỉ tiêu (%)')}</span>
                              <input
                                inputmode="decimal"
                                aria-label={t('Chỉ tiêu (%) – {row}', { row: where() })}
                                value={percent().kind === 'percent' ? String((percent() as { value: number }).value) : ''}
                                onInput={(e) =>
                                  updateRow(si, ri, (r) => ({ ...r, target: { kind: 'percent', value: Number(e.currentTarget.value.replace(',', '.')), comparator: r.target.kind === 'percent' ? r.target.comparator : 'gte' } }))
                                }
                              />
                            </label>
                          </div>
                        )}
                      </Show>
                      <button type="button" onClick={() => removeRow(si, ri)} aria-label={t('Xóa dòng – {row}', { row: where() })}>
                        {t('Xóa dòng')}
                      </button>
                    </div>
                    );
                  }}
                </Show>
              )}
            </Index>
          </fieldset>
        )}
      </Index>
      <div class="row">
        <label class="field">
          <span>{t('Thêm chỉ tiêu')}</span>
          <select value={newIndicator()} onChange={(e) => setNewIndicator(e.currentTarget.value as IndicatorId | 'manual')}>
            <For each={INDICATOR_DEFINITIONS}>{(d) => <option value={d.id}>{t(d.label)}</option>}</For>
            <option value="manual">{t('Chỉ tiêu nhập tay')}</option>
          </select>
        </label>
        <button type="button" onClick={addRow}>
          {t('Thêm')}
        </button>
      </div>
      <ul class="notice error" role="alert" hidden={errors().length === 0}>
        <For each={errors()}>{(e) => <li>{e}</li>}</For>
      </ul>
      <div class="row">
        <button type="button" onClick={() => props.onClose()}>
          {t('Hủy')}
        </button>
        <button type="submit" class="primary">
          {t('Lưu kế hoạch')}
        </button>
      </div>
    </form>
  );
}

import { createSignal, For, Show } from 'solid-js';
import { copyPreset, createEmptyPlan } from '../../domain/plans/copyPlan.ts';
import { findPreset } from '../../domain/plans/presets/index.ts';
import type { Plan } from '../../domain/plans/planSchema.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';
import { deletePlan, saveAndActivatePlan } from '../../data/planStore.ts';
import { writeSetting } from '../../data/settings.ts';
import { useServices } from '../../app/services.ts';
import { t, tc } from '../../ui/i18n/t.ts';

/** Choose the plan the office is judged by; copy a preset to edit it, or start an empty one. */
export function PlanPicker(props: { presets: readonly Plan[]; own: readonly Plan[]; active: Plan | null; onEdit: (plan: Plan) => void }) {
  const { db } = useServices();
  const [error, setError] = createSignal<string | null>(null);
  const isOwn = () => props.active !== null && findPreset(props.active.id) === undefined;

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? translatedList(e.message) : String(e));
    }
  };

  const copyActive = () =>
    run(async () => {
      const source = props.active;
      if (!source) return;
      const copy = copyPreset(source, uuidv7());
      if (!copy.ok) throw new Error(copy.issues.join('; '));
      await saveAndActivatePlan(db, copy.plan);
      props.onEdit(copy.plan);
    });

  const startEmpty = () =>
    run(async () => {
      const created = createEmptyPlan({ id: uuidv7(), name: tc('new plan', 'Kế hoạch của đơn vị'), unitName: props.active?.unitName ?? t('Đơn vị'), year: new Date().getFullYear() });
      if (!created.ok) throw new Error(created.issues.join('; '));
      await saveAndActivatePlan(db, created.plan);
      props.onEdit(created.plan);
    });

  return (
    <section class="card" aria-labelledby="plan-picker-title">
      <h2 id="plan-picker-title">{t('Kế hoạch, chỉ tiêu')}</h2>
      <label class="field">
        <span>{t('Kế hoạch đang theo dõi')}</span>
        <select value={props.active?.id ?? ''} onChange={(e) => run(() => writeSetting(db, 'activePlanId', e.currentTarget.value === '' ? null : e.currentTarget.value))}>
          <option value="">{t('— Chọn kế hoạch —')}</option>
          <optgroup label={t('Kế hoạch mẫu')}>
            <For each={props.presets}>{(p) => <option value={p.id}>{planChoiceLabel(p)}</option>}</For>
          </optgroup>
          <Show when={props.own.length > 0}>
            <optgroup label={t('Kế hoạch của đơn vị')}>
              <For each={props.own}>{(p) => <option value={p.id}>{p.name}</option>}</For>
            </optgroup>
          </Show>
        </select>
      </label>
      <div class="row wrap">
        <Show when={props.active}>
          <button type="button" onClick={copyActive}>
            {t('Sao chép để sửa')}
          </button>
        </Show>
        <Show when={isOwn() && props.active}>
          {(plan) => (
            <>
              <button type="button" onClick={() => props.onEdit(plan())}>
                {t('Sửa kế hoạch')}
              </button>
              <button type="button" onClick={() => confirm(t('Xóa "{plan}" và số liệu đã nhập tay của nó?', { plan: plan().name })) && run(() => deletePlan(db, plan().id))}>
                {t('Xóa kế hoạch')}
              </button>
            </>
          )}
        </Show>
        <button type="button" onClick={startEmpty}>
          {t('Tạo kế hoạch mới')}
        </button>
      </div>
      <p class="notice error" role="alert" hidden={error() === null}>
        {error()}
      </p>
    </section>
  );
}

/** "a; b" with each part translated (the domain's plan issues, Vietnamese, joined). */
function translatedList(messages: string): string {
  return messages
    .split('; ')
    .map((message) => t(message))
    .join('; ');
}

/** A preset's short name in the picker: whose plan, which year ("Xã Cam Thịnh Tây · 2024"). */
function planChoiceLabel(plan: Plan): string {
  return `${plan.unitName} · ${plan.year}`;
}

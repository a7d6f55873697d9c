import { createEffect, createSignal, createUniqueId, For, on, Show, type JSX } from 'solid-js';
import { openSupplementRequest, type Dossier } from '../../domain/dossier.ts';
import { t, tc } from '../../ui/i18n/t.ts';
import { ApologyForm } from './ApologyForm.tsx';
import type { Standing } from './dossierStanding.ts';
import { EndForm } from './EndForm.tsx';
import { FactsForm } from './FactsForm.tsx';
import { ResolveForm } from './ResolveForm.tsx';
import { ReturnForm } from './ReturnForm.tsx';
import { SupplementRequestForm } from './SupplementRequestForm.tsx';
import { SupplementReturnedForm } from './SupplementReturnedForm.tsx';
import { VoidForm } from './VoidForm.tsx';

type Primary = 'resolve' | 'supplement_returned' | 'return';
type Secondary = 'supplement' | 'apology' | 'rejected' | 'withdrawn' | 'stopped' | 'facts' | 'void';

const PRIMARY_TITLES: Readonly<Record<Primary, () => string>> = {
  resolve: () => tc('action', 'Giải quyết xong'),
  supplement_returned: () => tc('action', 'Nhận hồ sơ bổ sung'),
  return: () => tc('action', 'Trả kết quả'),
};

const SECONDARY_LABELS: Readonly<Record<Secondary, () => string>> = {
  supplement: () => tc('action', 'Yêu cầu bổ sung'),
  apology: () => tc('action', 'Xin lỗi, hẹn lại'),
  rejected: () => tc('action', 'Từ chối'),
  withdrawn: () => tc('action', 'Công dân rút hồ sơ'),
  stopped: () => tc('action', 'Dừng giải quyết'),
  facts: () => t('Sửa thông tin kết quả'),
  void: () => t('Hủy hồ sơ nhập nhầm'),
};

const END_ACTIONS: readonly Secondary[] = ['rejected', 'withdrawn', 'stopped'];

/** The actions that fit the dossier's status: the next step as the primary action, the others in a list of forms. */
export function ActionPanel(props: { dossier: Dossier; standing: Standing; justReceived: boolean }) {
  const [open, setOpen] = createSignal<Secondary | null>(null);
  const titleId = createUniqueId();
  const waiting = () => openSupplementRequest(props.dossier) !== undefined;

  const primary = (): Primary | null => {
    if (props.dossier.status === 'received') return waiting() ? 'supplement_returned' : 'resolve';
    return props.dossier.status === 'resolved' ? 'return' : null;
  };
  const secondary = (): readonly Secondary[] => {
    switch (props.dossier.status) {
      case 'received':
        if (waiting()) return END_ACTIONS;
        return ['supplement', 'apology', ...END_ACTIONS, ...(props.justReceived ? (['void'] as const) : [])];
      case 'resolved':
        return props.standing === 'late' ? ['apology', 'facts'] : ['facts'];
      case 'returned':
        return ['facts'];
      default:
        return [];
    }
  };
  let heading: HTMLHeadingElement | undefined;
  // When the control that had focus went away with its form, keep keyboard and screen-reader
  // users in the panel instead of dropping them at the top of the page.
  const close = () => {
    setOpen(null);
    queueMicrotask(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) heading?.focus();
    });
  };
  // A step taken (here, by undo or on another screen) closes whatever form was open.
  createEffect(on([() => props.dossier.status, waiting], close, { defer: true }));

  const secondaryForm = (key: Secondary, labelledBy: string): JSX.Element => {
    const d = props.dossier;
    switch (key) {
      case 'supplement':
        return <SupplementRequestForm dossier={d} labelledBy={labelledBy} onDone={close} />;
      case 'apology':
        return <ApologyForm dossier={d} labelledBy={labelledBy} onDone={close} />;
      case 'rejected':
      case 'withdrawn':
      case 'stopped':
        return <EndForm dossier={d} status={key} labelledBy={labelledBy} onDone={close} />;
      case 'facts':
        return <FactsForm dossier={d} labelledBy={labelledBy} onDone={close} />;
      case 'void':
        return <VoidForm dossier={d} labelledBy={labelledBy} />;
    }
  };

  return (
    <Show when={primary() !== null || secondary().length > 0}>
      <section class="card actions" aria-labelledby={titleId}>
        <h2 id={titleId} ref={heading} tabindex="-1">
          {t('Xử lý hồ sơ')}
        </h2>
        <Show when={primary()} keyed>
          {(step) => {
            const stepId = createUniqueId();
            return (
              <div class="primary-step">
                <h3 id={stepId}>{PRIMARY_TITLES[step]()}</h3>
                {step === 'resolve' ? (
                  <ResolveForm dossier={props.dossier} labelledBy={stepId} />
                ) : step === 'return' ? (
                  <ReturnForm dossier={props.dossier} labelledBy={stepId} />
                ) : (
                  <SupplementReturnedForm dossier={props.dossier} labelledBy={stepId} />
                )}
              </div>
            );
          }}
        </Show>
        <Show when={secondary().length > 0}>
          <h3 class="more-title">{primary() === null ? t('Thao tác') : t('Thao tác khác')}</h3>
          <ul class="more-actions">
            <For each={secondary()}>
              {(key) => {
                const buttonId = createUniqueId();
                return (
                  <li>
                    <button
                      type="button"
                      id={buttonId}
                      class="disclosure"
                      aria-expanded={open() === key}
                      onClick={() => setOpen(open() === key ? null : key)}
                    >
                      {SECONDARY_LABELS[key]()}
                    </button>
                    <Show when={open() === key}>
                      <div class="disclosure-panel">{secondaryForm(key, buttonId)}</div>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}

import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { PossibleDuplicate } from '../../data/duplicateCheck.ts';
import { t } from '../../ui/i18n/t.ts';
import { describeDuplicate } from './describeDuplicate.ts';

// The warning takes the place of "Lưu hồ sơ": a double tap must not land on "Vẫn lưu".
const ARM_AFTER_MS = 600;

/** "Có thể trùng hồ sơ: …" with "Vẫn lưu" and "Xem hồ sơ đó": a warning, never a block. */
export function DuplicateWarning(props: { duplicate: PossibleDuplicate; busy: boolean; onSaveAnyway: () => void; onOpen: (id: string) => void }) {
  const [armed, setArmed] = createSignal(false);
  createEffect(
    on(
      () => props.duplicate,
      () => {
        setArmed(false);
        const timer = setTimeout(() => setArmed(true), ARM_AFTER_MS);
        onCleanup(() => clearTimeout(timer));
      },
    ),
  );

  return (
    <div class="duplicate-warning">
      <p role="alert">{describeDuplicate(props.duplicate)}</p>
      <div class="row">
        <button type="button" onClick={() => props.onOpen(props.duplicate.dossier.id)}>
          {t('Xem hồ sơ đó')}
        </button>
        <button type="button" class="primary" disabled={!armed() || props.busy} onClick={() => props.onSaveAnyway()}>
          {t('Vẫn lưu')}
        </button>
      </div>
    </div>
  );
}

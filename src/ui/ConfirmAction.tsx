import { createSignal, Show, type JSX } from 'solid-js';
import './confirmAction.css';

/** The words of a two-step action: the first button, the question, and the two answers. */
export interface ConfirmWording {
  /** The first button's text. */
  readonly action: string;
  /** Its accessible name when the text alone is ambiguous in a list ("Bỏ: …"). */
  readonly actionLabel?: string;
  readonly question: JSX.Element;
  /** The group's accessible name while asking. */
  readonly groupLabel: string;
  readonly confirm: string;
  readonly cancel: string;
}

/**
 * A button that asks before it acts (for what cannot be undone): the question and its two
 * answers replace the button in place, and "cancel" comes first so a hurried tap is harmless.
 */
export function ConfirmAction(props: ConfirmWording & { disabled?: boolean; onConfirm: () => Promise<void> | void }) {
  const [asking, setAsking] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const run = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <Show
      when={asking()}
      fallback={
        <button type="button" class="danger" disabled={props.disabled} aria-label={props.actionLabel} onClick={() => setAsking(true)}>
          {props.action}
        </button>
      }
    >
      <div class="confirm-action" role="group" aria-label={props.groupLabel}>
        <p>{props.question}</p>
        <div class="row">
          <button type="button" onClick={() => setAsking(false)}>
            {props.cancel}
          </button>
          <button type="button" class="danger" disabled={busy()} onClick={() => void run()}>
            {props.confirm}
          </button>
        </div>
      </div>
    </Show>
  );
}

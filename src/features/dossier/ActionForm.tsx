import { createSignal, createUniqueId, type JSX } from 'solid-js';
import { actionErrorText } from './actionError.ts';

/** One action as a form named by `labelledBy`: its fields, a submit button, and its own alert for failures. */
export function ActionForm(props: {
  labelledBy: string;
  submitLabel: string;
  danger?: boolean;
  primary?: boolean;
  run: () => Promise<void>;
  onDone?: () => void;
  children?: JSX.Element;
}) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const errorId = createUniqueId();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    setError(null);
    try {
      await props.run();
      props.onDone?.();
    } catch (e) {
      setError(actionErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="action-form" aria-labelledby={props.labelledBy} aria-describedby={error() === null ? undefined : errorId} onSubmit={submit}>
      {props.children}
      <p id={errorId} class="notice error" role="alert" hidden={error() === null}>
        {error()}
      </p>
      <button type="submit" classList={{ primary: props.primary === true, danger: props.danger === true }} disabled={busy()}>
        {props.submitLabel}
      </button>
    </form>
  );
}

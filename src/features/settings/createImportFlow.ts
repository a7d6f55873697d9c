import { createSignal } from 'solid-js';
import { t } from '../../ui/i18n/t.ts';
import { errorText } from './SectionMessage.tsx';

/**
 * The steps of a file import: a file is read and checked whole (`invalid` with what is wrong,
 * or `ready` with what will be written), the officer confirms, then `done` or `failed`.
 * `I`, `R` and `D` are what each import shows in those states.
 */
export type ImportFlowState<I, R, D> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | ({ readonly kind: 'invalid'; readonly fileName: string } & I)
  | ({ readonly kind: 'ready'; readonly fileName: string } & R)
  | ({ readonly kind: 'done' } & D)
  | { readonly kind: 'failed'; readonly message: string };

/** What checking a file gives: what is wrong with it, or what will be imported. */
export type CheckedFile<I, R> = { readonly ok: false; readonly invalid: I } | { readonly ok: true; readonly ready: R };

/** The state of one import section and its steps; `bindInput` is the file input's `ref`. */
export function createImportFlow<I extends object, R extends object, D extends object>() {
  type State = ImportFlowState<I, R, D>;
  const [state, setState] = createSignal<State>({ kind: 'idle' });
  const [importing, setImporting] = createSignal(false);
  let input: HTMLInputElement | undefined;

  /** The current state when it is of `kind`, else null (for <Match>). */
  const stateOf =
    <K extends State['kind']>(kind: K) =>
    (): Extract<State, { kind: K }> | null => {
      const s = state();
      return s.kind === kind ? (s as Extract<State, { kind: K }>) : null;
    };

  /** Moves to `next` and clears the file input, so the same file can be chosen again. */
  const reset = (next: State) => {
    if (input) input.value = '';
    setState(() => next);
  };

  /** Reads and checks a chosen file. */
  const read = async (file: File | undefined, check: (file: File) => Promise<CheckedFile<I, R>>) => {
    if (!file) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'reading' });
    try {
      const checked = await check(file);
      const next = (checked.ok ? { kind: 'ready', fileName: file.name, ...checked.ready } : { kind: 'invalid', fileName: file.name, ...checked.invalid }) as State;
      setState(() => next);
    } catch (error) {
      reset({ kind: 'failed', message: t('Không đọc được tệp: {reason}', { reason: errorText(error) }) });
    }
  };

  /** Writes what the officer confirmed; `failure` words a refusal (the reason given in the officer's language). */
  const confirm = async (write: () => Promise<D>, failure: (reason: string) => string) => {
    setImporting(true);
    try {
      reset({ kind: 'done', ...(await write()) } as State);
    } catch (error) {
      reset({ kind: 'failed', message: failure(errorText(error)) });
    } finally {
      setImporting(false);
    }
  };

  return { state, importing, stateOf, reset, read, confirm, bindInput: (element: HTMLInputElement) => (input = element) };
}

import { createEffect, createSignal, runWithOwner, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { currentRoute, pathOf } from '../../app/router.ts';
import { t } from '../../ui/i18n/t.ts';
import { actionErrorText } from './actionError.ts';
import './dossier.css';

/** How long "Hoàn tác" stays offered after an action. */
export const UNDO_WINDOW_MS = 8_000;
const NOTE_MS = 4_000;

interface Offer {
  readonly message: string;
  readonly undo: (() => Promise<void>) | null;
  /** The screen it was offered on: leaving that screen dismisses it. */
  readonly path: string;
}

const [offer, setOffer] = createSignal<Offer | null>(null);
const [undoError, setUndoError] = createSignal<string | null>(null);
const [undoing, setUndoing] = createSignal(false);
let timer: ReturnType<typeof setTimeout> | undefined;
let lastDuration = UNDO_WINDOW_MS;
let mounted = false;

/** Shows "<message> [Hoàn tác]" above the tab bar for a few seconds; `undo` runs on tap. */
export function offerUndo(message: string, undo: () => Promise<void>): void {
  show({ message, undo, path: pathOf(currentRoute()) }, UNDO_WINDOW_MS);
}

/** Mounts the toast's live regions once, outside any screen, so they outlive a navigation. */
export function ensureUndoToastHost(): void {
  if (mounted || typeof document === 'undefined') return;
  mounted = true;
  const host = document.createElement('div');
  document.body.append(host);
  // A root of its own (no owner): disposing the screen that first mounted it must not remove it.
  runWithOwner(null, () => render(() => <UndoToast />, host));
}

function show(next: Offer, duration: number): void {
  ensureUndoToastHost();
  setUndoError(null);
  setOffer(next);
  restartTimer(duration);
}

function restartTimer(duration: number): void {
  clearTimeout(timer);
  lastDuration = duration;
  timer = setTimeout(dismiss, duration);
}

function dismiss(): void {
  clearTimeout(timer);
  setOffer(null);
  setUndoError(null);
}

async function runUndo(current: Offer): Promise<void> {
  if (!current.undo || undoing()) return;
  setUndoing(true);
  try {
    await current.undo();
    show({ message: t('Đã hoàn tác.'), undo: null, path: current.path }, NOTE_MS);
  } catch (error) {
    setOffer({ ...current, undo: null });
    setUndoError(t('Chưa hoàn tác được: {reason}', { reason: actionErrorText(error) }));
    restartTimer(UNDO_WINDOW_MS);
  } finally {
    setUndoing(false);
  }
}

function UndoToast() {
  createEffect(() => {
    const here = pathOf(currentRoute());
    const shown = offer();
    if (shown && shown.path !== here) dismiss();
  });
  return (
    // Live regions stay in the page (empty when idle) so each new message is announced.
    <div
      class="undo-toast"
      onFocusIn={() => clearTimeout(timer)}
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) restartTimer(lastDuration);
      }}
    >
      <div role="status" class="undo-toast-body">
        <Show when={offer()}>
          {(current) => (
            <>
              <span>{current().message}</span>
              <Show when={current().undo}>
                <button type="button" disabled={undoing()} onClick={() => void runUndo(current())}>
                  {t('Hoàn tác')}
                </button>
              </Show>
            </>
          )}
        </Show>
      </div>
      <p role="alert" class="undo-toast-error" hidden={undoError() === null}>
        {undoError()}
      </p>
    </div>
  );
}

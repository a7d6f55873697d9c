import { lazy, Show, Suspense } from 'solid-js';

// Loaded only once a new version waits: the first visit stays small.
const UpdateNotice = lazy(() => import('./UpdateNotice.tsx').then((m) => ({ default: m.UpdateNotice })));

/**
 * "Có phiên bản mới": shown once a new version waits (see UpdateNotice.tsx). The new version
 * takes over only when the officer taps "Cập nhật", after the outbox is pushed when online.
 */
export function UpdateBanner(props: { updateReady: () => (() => void) | null }) {
  return (
    <Show when={props.updateReady()}>
      {(activate) => (
        <Suspense>
          <UpdateNotice activate={activate()} />
        </Suspense>
      )}
    </Show>
  );
}

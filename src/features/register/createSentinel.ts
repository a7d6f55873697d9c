import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * Follows whether an element (the end-of-list sentinel) is on screen or within `margin` px of
 * it, so the next page is read before the officer reaches the end. `near()` measures now: the
 * observer's report lags a layout behind, and rows just appended may have pushed it away.
 */
export function createSentinel(margin = 600): { ref: (element: HTMLElement) => void; visible: Accessor<boolean>; near: () => boolean } {
  const [visible, setVisible] = createSignal(false);
  let observed: HTMLElement | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries.at(-1);
      if (last) setVisible(last.isIntersecting);
    },
    { rootMargin: `0px 0px ${margin}px 0px` },
  );
  onCleanup(() => observer.disconnect());
  return {
    ref: (element) => {
      observed = element;
      observer.observe(element);
    },
    visible,
    near: () => observed !== undefined && observed.isConnected && observed.getBoundingClientRect().top < window.innerHeight + margin,
  };
}

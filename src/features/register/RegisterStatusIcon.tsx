import { Match, Switch } from 'solid-js';
import type { RegisterStatusIconName } from './registerStatus.ts';

/** A 16 px line icon in the text colour; decorative, the status words carry the meaning. */
export function RegisterStatusIcon(props: { name: RegisterStatusIconName }) {
  return (
    <svg class="register-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <Switch>
        <Match when={props.name === 'clock'}>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M8 4.5V8l2.5 1.5" />
        </Match>
        <Match when={props.name === 'pause'}>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M6.5 5.5v5M9.5 5.5v5" />
        </Match>
        <Match when={props.name === 'check'}>
          <path d="M2.5 8.5l3.5 3.5 7.5-8" />
        </Match>
        <Match when={props.name === 'returned'}>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M5 8.2l2.2 2.2L11.2 6" />
        </Match>
        <Match when={props.name === 'ended'}>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" />
        </Match>
        <Match when={props.name === 'alert'}>
          <path d="M8 1.8L14.8 14H1.2z" />
          <path d="M8 6.5v3.5M8 11.8v.4" />
        </Match>
      </Switch>
    </svg>
  );
}

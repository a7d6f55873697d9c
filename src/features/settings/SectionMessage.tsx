import { t } from '../../ui/i18n/t.ts';

/** A short result shown under a settings action: done, or why it failed. */
export type Message = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

/** The text of a caught error, for a message: our errors carry Vietnamese messages, translated when static. */
export function errorText(error: unknown): string {
  return error instanceof Error ? t(error.message) : String(error);
}

/**
 * A status and an alert region that stay in the page, so screen readers announce each new
 * message; only the one in use is shown.
 */
export function SectionMessage(props: { message: Message }) {
  return (
    <>
      <p class="notice ok" role="status" hidden={props.message?.kind !== 'ok'}>
        {props.message?.kind === 'ok' ? props.message.text : ''}
      </p>
      <p class="notice error" role="alert" hidden={props.message?.kind !== 'error'}>
        {props.message?.kind === 'error' ? props.message.text : ''}
      </p>
    </>
  );
}

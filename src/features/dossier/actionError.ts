import { TransitionError } from '../../domain/dossierLifecycle.ts';
import { InvalidDossierError } from '../../data/dossierStore.ts';
import { t } from '../../ui/i18n/t.ts';

/** Thrown by a form when what the officer typed is not enough to act (the message is shown as is). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/**
 * The sentence shown in an action's alert for a failure, in the interface language. An
 * InputError is already translated; the domain's messages are Vietnamese and translated here.
 */
export function actionErrorText(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof TransitionError) return t(error.message);
  if (error instanceof InvalidDossierError) return t('Dữ liệu hồ sơ không hợp lệ, chưa lưu: {reason}.', { reason: translatedList(error.message) });
  return t('Chưa lưu được trên máy: {reason}', { reason: error instanceof Error ? t(error.message) : String(error) });
}

/** "a; b" with each part translated (validation messages joined by the data layer). */
function translatedList(messages: string): string {
  return messages
    .split('; ')
    .map((message) => t(message))
    .join('; ');
}

import { TransitionError } from '../../domain/dossierLifecycle.ts';
import { InvalidDossierError } from '../../data/dossierStore.ts';

/** Thrown by a form when what the officer typed is not enough to act (the message is shown as is). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** The Vietnamese sentence shown in an action's alert for a failure. */
export function actionErrorText(error: unknown): string {
  if (error instanceof InputError || error instanceof TransitionError) return error.message;
  if (error instanceof InvalidDossierError) return `Dữ liệu hồ sơ không hợp lệ, chưa lưu: ${error.message}.`;
  return `Chưa lưu được trên máy: ${error instanceof Error ? error.message : String(error)}`;
}

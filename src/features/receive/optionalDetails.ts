import * as v from 'valibot';
import { ApplicantSchema } from '../../domain/dossier.ts';
import type { ReceiveInput } from '../../domain/dossierLifecycle.ts';
import { t } from '../../ui/i18n/t.ts';

/** The optional fields of "Tiếp nhận", as typed. */
export interface OptionalDetails {
  readonly code: string;
  readonly name: string;
  readonly phone: string;
}

/** The fields as a new form shows them. */
export const NO_DETAILS: OptionalDetails = { code: '', name: '', phone: '' };

/** Why the typed phone number cannot be saved, or null (blank is fine: nothing is required). */
export function phoneProblem(phone: string): string | null {
  if (phone.trim() === '') return null;
  return v.safeParse(ApplicantSchema, { phone }).success ? null : t('Số điện thoại chỉ gồm chữ số và các dấu + . ( ) -, tối đa 20 ký tự.');
}

/** The part of a receipt the optional fields fill in; blank fields are left out, not stored empty. */
export function detailsInput(details: OptionalDetails): Pick<ReceiveInput, 'code' | 'applicant'> {
  const code = details.code.trim();
  const name = details.name.trim().replace(/\s+/g, ' ');
  const phone = details.phone.trim();
  const applicant = { ...(name !== '' ? { name } : {}), ...(phone !== '' ? { phone } : {}) };
  return { ...(code !== '' ? { code } : {}), ...(name !== '' || phone !== '' ? { applicant } : {}) };
}

import type { Dossier } from './dossier.ts';
import { withDates } from './dossierLifecycle.ts';
import type { WorkingDayCalendar } from './workingDays.ts';

/** One dossier whose due or appointment date a new working calendar moves. */
export interface DossierDateMove {
  readonly before: Dossier;
  readonly after: Dossier;
}

/**
 * The dossiers whose due or appointment date would change under `calendar` (a new
 * announcement under Bộ luật Lao động 2019, Điều 112, or the user's edit), oldest receipt
 * first. The app shows them and applies them only when the user confirms.
 */
export function dossierDateMoves(dossiers: readonly Dossier[], calendar: WorkingDayCalendar): DossierDateMove[] {
  const moves: DossierDateMove[] = [];
  for (const before of dossiers) {
    const after = withDates(before, calendar);
    if (after.dueDate !== before.dueDate || after.appointmentDate !== before.appointmentDate) moves.push({ before, after });
  }
  return moves.sort((a, b) => a.before.receivedAt.localeCompare(b.before.receivedAt));
}

import { DOSSIER_ACTION_LABELS, type DossierAction, type FieldChange } from '../../domain/dossierHistory.ts';
import type { StoredHistoryEntry } from '../../data/historyStore.ts';
import type { AuditEntry } from '../../sync/protocol.ts';

/** Where a shown history entry comes from. */
export type HistorySource =
  /** The server's audit trail (any phone of the unit). */
  | 'server'
  /** This phone's own record, not (yet) in the server's trail. */
  | 'device'
  /** Offline or not enrolled: this phone's record, own saves and pulled changes alike. */
  | 'local';

/** One line of the dossier's history as the screen shows it. */
export interface ShownHistoryEntry {
  readonly key: string;
  readonly action: DossierAction;
  readonly at: string;
  /** The officer's name when the server knows it, else what was recorded (an id or a typed name), else null. */
  readonly officer: string | null;
  readonly changes: readonly FieldChange[];
  readonly source: HistorySource;
}

function isAction(value: string): value is DossierAction {
  return Object.hasOwn(DOSSIER_ACTION_LABELS, value);
}

const instant = (iso: string) => Date.parse(iso);

/**
 * The dossier's history, oldest first. Without the server's trail (`server` null: offline, not
 * enrolled, or not answered yet) it is the phone's record as kept. With it, the server's
 * entries come first-hand (who by name, every phone's changes), and the phone adds only its
 * own saves the server does not hold yet: a save of this phone is the server entry from this
 * device (`deviceId`) whose change time is the save's (the device sends `at` = the saved
 * snapshot's `updatedAt`, the same instant its history entry keeps). Changes pulled from other
 * phones are in the server's trail already, so the phone's copies of them are left out.
 */
export function mergedHistory(local: readonly StoredHistoryEntry[], server: readonly AuditEntry[] | null, deviceId: string | null): ShownHistoryEntry[] {
  if (server === null) {
    return local.map((entry, index) => ({
      key: `l${entry.id ?? index}`,
      action: entry.action,
      at: entry.at,
      officer: entry.officerId,
      changes: entry.changes,
      source: 'local',
    }));
  }
  const ownOnServer = new Set(server.filter((e) => e.deviceId === deviceId).map((e) => instant(e.at)));
  const fromServer = server.map((entry): ShownHistoryEntry => ({
    key: `s${entry.auditSeq}`,
    action: isAction(entry.action) ? entry.action : 'edited',
    at: entry.at,
    officer: entry.officerName ?? entry.officerId,
    changes: entry.fields,
    source: 'server',
  }));
  const onlyHere = local
    .filter((entry) => entry.remote !== true && !ownOnServer.has(instant(entry.at)))
    .map((entry, index): ShownHistoryEntry => ({
      key: `d${entry.id ?? index}`,
      action: entry.action,
      at: entry.at,
      officer: entry.officerId,
      changes: entry.changes,
      source: 'device',
    }));
  // Stable: equal instants keep the server's order, then the phone's.
  return [...fromServer, ...onlyHere].sort((a, b) => instant(a.at) - instant(b.at));
}

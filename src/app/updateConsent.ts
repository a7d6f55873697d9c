/** What accepting an update needs from the running app. */
export interface UpdateConsentDeps {
  /** Changes waiting in the outbox (src/data/outboxStore.ts). */
  readonly pendingChanges: () => Promise<number>;
  readonly online: () => boolean;
  /** One sync round (SyncLoop.syncNow); it never throws, a failure becomes a status. */
  readonly push: () => Promise<unknown>;
  /** Lets the waiting worker take over (the page reloads once it controls). */
  readonly activate: () => void;
  /** Called before a push starts, so the banner can say why the switch waits. */
  readonly onPushing: () => void;
}

/**
 * The officer tapped "Cập nhật" (DESIGN.md: updates never drop an unsynced outbox). Online
 * with changes waiting, they are pushed first and the new version takes over after. Offline,
 * or when the push fails, the new version takes over anyway: the outbox lives in IndexedDB,
 * which the new version opens (Dexie upgrades an older schema in place) and pushes from.
 */
export async function acceptUpdate(deps: UpdateConsentDeps): Promise<void> {
  if (deps.online() && (await deps.pendingChanges()) > 0) {
    deps.onPushing();
    await deps.push();
  }
  deps.activate();
}

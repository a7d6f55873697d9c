import { describe, expect, it } from 'vitest';
import { acceptUpdate } from './updateConsent.ts';

/** Runs acceptUpdate with a phone in the given state; returns the steps in the order they happened. */
async function stepsWhen(state: { online: boolean; pending: number; pushFails?: boolean }): Promise<string[]> {
  const steps: string[] = [];
  await acceptUpdate({
    pendingChanges: async () => state.pending,
    online: () => state.online,
    push: async () => {
      steps.push('push');
      // SyncLoop.syncNow resolves null on a failed round; it does not throw.
      return state.pushFails ? null : { pushed: state.pending };
    },
    activate: () => steps.push('activate'),
    onPushing: () => steps.push('pushing shown'),
  });
  return steps;
}

describe('accepting an update', () => {
  it('online with changes waiting: pushes them first, then lets the new version take over', async () => {
    expect(await stepsWhen({ online: true, pending: 3 })).toEqual(['pushing shown', 'push', 'activate']);
  });

  it('offline with changes waiting: takes over at once, the changes stay in IndexedDB for the new version', async () => {
    expect(await stepsWhen({ online: false, pending: 3 })).toEqual(['activate']);
  });

  it('online with nothing waiting: nothing to push', async () => {
    expect(await stepsWhen({ online: true, pending: 0 })).toEqual(['activate']);
  });

  it('a failed push does not block the update (the outbox is carried, not lost)', async () => {
    expect(await stepsWhen({ online: true, pending: 2, pushFails: true })).toEqual(['pushing shown', 'push', 'activate']);
  });
});

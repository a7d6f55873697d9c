import { describe, expect, it } from 'vitest';
import { parseDismissedAt, shouldOfferInstall, type InstallOfferState } from './installOfferPolicy.ts';

// 2026-03-01T00:00:00Z = Date.UTC(2026, 2, 1) = 1772323200000 ms.
const MARCH_1 = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
const base: InstallOfferState = { promptAvailable: true, standalone: false, savedDossiers: 3, dismissedAt: null, now: MARCH_1 };

describe('when the install offer appears', () => {
  it('after the third saved dossier, not before', () => {
    expect(shouldOfferInstall({ ...base, savedDossiers: 2 })).toBe(false);
    expect(shouldOfferInstall({ ...base, savedDossiers: 3 })).toBe(true);
  });

  it('only where the browser gave its prompt, and never inside the installed app', () => {
    expect(shouldOfferInstall({ ...base, promptAvailable: false })).toBe(false);
    expect(shouldOfferInstall({ ...base, standalone: true })).toBe(false);
  });

  it('keeps quiet for 30 days after a "no": dismissed on 1 March, quiet on 30 March, back on 31 March', () => {
    // 1 March + 29 days = 30 March (29 × 86 400 000 ms < 30 days); + 30 days = 31 March.
    expect(shouldOfferInstall({ ...base, dismissedAt: MARCH_1, now: MARCH_1 + 29 * DAY })).toBe(false);
    expect(shouldOfferInstall({ ...base, dismissedAt: MARCH_1, now: MARCH_1 + 30 * DAY - 1 })).toBe(false);
    expect(shouldOfferInstall({ ...base, dismissedAt: MARCH_1, now: MARCH_1 + 30 * DAY })).toBe(true);
  });

  it('reads what localStorage holds, treating garbage as never dismissed', () => {
    expect(parseDismissedAt(null)).toBeNull();
    expect(parseDismissedAt('1772323200000')).toBe(MARCH_1);
    expect(parseDismissedAt('hôm qua')).toBeNull();
    expect(parseDismissedAt('-5')).toBeNull();
  });
});

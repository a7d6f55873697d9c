import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier.ts';
import { receiveDossier, resolveDossier } from '../dossierLifecycle.ts';
import { periodRange } from '../periods/period.ts';
import { STARTER_PROCEDURES } from '../starterProcedures.ts';
import { uuidv7 } from '../uuidv7.ts';
import { weekendOnlyCalendar as cal } from '../workingDays.ts';
import { indicatorsOf } from '../../../test/helpers/inMemoryIndicators.ts';
import { dossierRole } from './dossierRole.ts';
import { INDICATOR_DEFINITIONS } from './indicatorDefinitions.ts';

const at = (iso: string) => new Date(iso);
const procedure = STARTER_PROCEDURES.find((p) => p.id === 'chung-thuc-ban-sao')!;
const received = (channel: 'in_person' | 'online_full', iso: string): Dossier => receiveDossier({ id: uuidv7(), procedure, channel, receivedAt: at(iso) }, cal);

describe('dossierRole (the dossiers behind a figure)', () => {
  const dossiers = [
    received('online_full', '2026-11-02T02:00:00Z'),
    resolveDossier(received('in_person', '2026-11-03T02:00:00Z'), at('2026-11-04T02:00:00Z'), { electronicResult: true }), // late (same-day procedure)
    received('in_person', '2026-10-30T02:00:00Z'), // October
  ];
  const november = periodRange({ kind: 'month', year: 2026, month: 11 }, 'calendar');

  it('adds up to the indicator figure, for every indicator with a drill-down', () => {
    const values = indicatorsOf(dossiers)(november);
    for (const definition of INDICATOR_DEFINITIONS) {
      if (!definition.drill || definition.id === 'procedures_paid_online') continue;
      const roles = dossiers.map((d) => dossierRole(d, definition, november));
      expect(roles.filter((r) => r.inDenominator).length, definition.id).toBe(values[definition.id].denominator);
      expect(roles.filter((r) => r.inNumerator).length, definition.id).toBe(values[definition.id].numerator);
    }
  });

  it('places each dossier by hand for "hồ sơ trực tuyến" and "đúng hạn"', () => {
    const online = INDICATOR_DEFINITIONS.find((d) => d.id === 'online_received')!;
    expect(dossiers.map((d) => dossierRole(d, online, november))).toEqual([
      { inDenominator: true, inNumerator: true },
      { inDenominator: true, inNumerator: false },
      { inDenominator: false, inNumerator: false },
    ]);
    const onTime = INDICATOR_DEFINITIONS.find((d) => d.id === 'on_time')!;
    expect(dossierRole(dossiers[1]!, onTime, november)).toEqual({ inDenominator: true, inNumerator: false });
  });
});

import { createMemo } from 'solid-js';
import { NO_INDICATOR_DATA as NO_DATA } from '../../domain/indicators/computeIndicators.ts';
import type { IndicatorFilter } from '../../domain/indicators/indicatorFilter.ts';
import type { DayRange } from '../../domain/periods/dayRange.ts';
import type { PlanTargetRow } from '../../domain/plans/planSchema.ts';
import { watchIndicatorValues } from '../../data/indicatorQueries.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import type { IndicatorContext } from './IndicatorDetails.tsx';
import { PlanRowItem } from './PlanRowItem.tsx';

/**
 * A row whose indicator is restricted to some fields (Plan 001, III.1.2: satisfaction ≥ 85% for
 * đất đai, xây dựng, đầu tư): computed with its own filter.
 */
export function FieldFilteredRow(props: { row: PlanTargetRow; range: DayRange; filter: IndicatorFilter; context: IndicatorContext }) {
  const { db } = useServices();
  const values = createMemo(() => createLiveSignal(() => watchIndicatorValues(db, props.range, props.filter), NO_DATA));
  const value = () => (props.row.source.kind === 'indicator' ? values().value()[props.row.source.indicatorId] : undefined);
  return <PlanRowItem row={props.row} value={value()} onSaveManual={async () => undefined} context={{ ...props.context, filter: props.filter }} />;
}

import { createMemo } from 'solid-js';
import { tallyDay } from '../../domain/dailyTally.ts';
import { watchDossiersTouchedOn } from '../../data/dossierQueries.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { createCurrentDay } from '../../ui/currentDay.ts';
import { formatCount } from '../../ui/format.ts';

/** "Hôm nay đã tiếp nhận N hồ sơ": the day's count, updated the moment a dossier is saved. */
export function TodayReceivedCount() {
  const { db } = useServices();
  const day = createCurrentDay();
  const touched = createMemo(() => createLiveSignal(() => watchDossiersTouchedOn(db, day()), []));
  const received = () => tallyDay(touched().value(), day()).received;
  return (
    <p class="subtitle today-count">
      Hôm nay đã tiếp nhận <strong data-testid="today-received">{formatCount(received())}</strong> hồ sơ
    </p>
  );
}

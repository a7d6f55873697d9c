import { createMemo } from 'solid-js';
import { tallyDay } from '../../domain/dailyTally.ts';
import { watchDossiersTouchedOn } from '../../data/dossierQueries.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { createCurrentDay } from '../../ui/currentDay.ts';
import { formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { withElements } from '../../ui/i18n/withElements.tsx';

/** "Hôm nay đã tiếp nhận N hồ sơ": the day's count, updated the moment a dossier is saved. */
export function TodayReceivedCount() {
  const { db } = useServices();
  const day = createCurrentDay();
  const touched = createMemo(() => createLiveSignal(() => watchDossiersTouchedOn(db, day()), []));
  const received = () => tallyDay(touched().value(), day()).received;
  return (
    <p class="subtitle today-count">
      {withElements(t('Hôm nay đã tiếp nhận {number} hồ sơ', { count: received() }), {
        number: <strong data-testid="today-received">{formatCount(received())}</strong>,
      })}
    </p>
  );
}

import { createMemo, createSignal, Show } from 'solid-js';
import { useServices } from '../../app/services.ts';
import { confirmCloseOut, watchCloseOut, watchCloseOutFigures } from '../../data/closeOutStore.ts';
import { watchEnrollment } from '../../data/enrollmentStore.ts';
import { watchSetting } from '../../data/settings.ts';
import { sameFigures, type CloseOutFigures } from '../../domain/closeOutFigures.ts';
import { closeOutSummary } from '../../domain/closeOutSummary.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { createCurrentDay } from '../../ui/currentDay.ts';
import { formatCount, formatTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { formatShortDay } from '../settings/shortDate.ts';
import { CloseOutShare } from './CloseOutShare.tsx';

const NO_FIGURES: CloseOutFigures = {
  received: 0,
  receivedByChannel: { in_person: 0, postal: 0, online_partial: 0, online_full: 0 },
  resolved: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  returned: 0,
  ended: 0,
  pending: 0,
  pendingOverdue: 0,
};

/**
 * "Chốt số liệu cuối ngày": the day's figures as Biểu 06 counts them, confirmed by the officer
 * at the end of the day and kept; a late entry after confirming is pointed out, with the offer
 * to confirm again. The confirmed figures can be shared as a short text. All offline.
 */
export function CloseOutCard() {
  const { db } = useServices();
  const day = createCurrentDay();
  const live = createMemo(() => {
    const d = day();
    return {
      figures: createLiveSignal(() => watchCloseOutFigures(db, d, () => new Date().toISOString()), NO_FIGURES),
      record: createLiveSignal(() => watchCloseOut(db, d), null),
    };
  });
  const unitName = createLiveSignal(() => watchSetting(db, 'unitName'), null);
  const officerId = createLiveSignal(() => watchSetting(db, 'officerId'), null);
  const enrollment = createLiveSignal(() => watchEnrollment(db), null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const figures = () => live().figures.value();
  const record = () => live().record.value();
  const changed = () => {
    const r = record();
    return r !== null && !sameFigures(r.figures, figures());
  };
  const summary = () => {
    const r = record();
    if (r === null) return '';
    return closeOutSummary({
      unitName: unitName.value() ?? enrollment.value()?.unit.name ?? null,
      officerName: enrollment.value()?.officer.name ?? officerId.value(),
      day: r.day,
      confirmedAt: r.confirmedAt,
      figures: r.figures,
    });
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await confirmCloseOut(db, day(), figures());
    } catch (e) {
      setError(t('Chưa chốt được: {reason}', { reason: e instanceof Error ? t(e.message) : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const row = (label: string, value: number) => (
    <div>
      <dt>{label}</dt>
      <dd>{formatCount(value)}</dd>
    </div>
  );

  return (
    <section class="card close-out" aria-labelledby="close-out-title">
      <h2 id="close-out-title">{t('Chốt số liệu cuối ngày')}</h2>
      <dl class="indicator-list">
        {row(t('Tiếp nhận trong ngày'), figures().received)}
        {row(t('Giải quyết trước hạn'), figures().resolvedEarly)}
        {row(t('Giải quyết đúng hạn'), figures().resolvedOnTime)}
        {row(t('Giải quyết quá hạn'), figures().resolvedLate)}
        {row(t('Trả kết quả trong ngày'), figures().returned)}
        {row(t('Từ chối, rút, dừng'), figures().ended)}
        {row(t('Đang giải quyết'), figures().pending)}
        {row(t('Trong đó quá hạn'), figures().pendingOverdue)}
      </dl>
      <Show when={record()}>
        {(r) => (
          <Show
            when={changed()}
            fallback={
              <p class="notice ok" role="status">
                {t('Đã chốt lúc {time}', { time: formatTime(r().confirmedAt) })}
              </p>
            }
          >
            <p class="notice error" role="status">
              {t('Số liệu đã thay đổi sau khi chốt (chốt lúc {time}). Hãy kiểm tra rồi chốt lại.', { time: formatTime(r().confirmedAt) })}
            </p>
          </Show>
        )}
      </Show>
      <Show when={record() === null || changed()}>
        <button type="button" class="primary" disabled={busy()} onClick={() => void confirm()}>
          {record() === null
            ? t('Xác nhận chốt số liệu ngày {day}', { day: formatShortDay(day()) })
            : t('Chốt lại số liệu ngày {day}', { day: formatShortDay(day()) })}
        </button>
      </Show>
      <p class="notice error" role="alert" hidden={error() === null}>
        {error()}
      </p>
      <Show when={record() !== null}>
        <CloseOutShare text={summary()} />
      </Show>
    </section>
  );
}

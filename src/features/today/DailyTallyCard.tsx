import { For } from 'solid-js';
import { CHANNEL_LABELS, CHANNELS } from '../../domain/channel.ts';
import type { DailyTally } from '../../domain/dailyTally.ts';
import { formatCount, formatRatioPercent } from '../../ui/format.ts';
import { t, tc } from '../../ui/i18n/t.ts';

/** The day's counts: received, resolved, returned, by channel, and the online share. */
export function DailyTallyCard(props: { tally: DailyTally }) {
  return (
    <section class="card" aria-labelledby="tally-title">
      <h2 id="tally-title">{t('Số liệu trong ngày')}</h2>
      <dl class="tally">
        <div>
          <dt>{tc('fact', 'Tiếp nhận')}</dt>
          <dd>{formatCount(props.tally.received)}</dd>
        </div>
        <div>
          <dt>{t('Đã giải quyết')}</dt>
          <dd>{formatCount(props.tally.resolved)}</dd>
        </div>
        <div>
          <dt>{t('Đã trả kết quả')}</dt>
          <dd>{formatCount(props.tally.returned)}</dd>
        </div>
      </dl>
      <dl class="by-channel" aria-label={t('Tiếp nhận theo hình thức')}>
        <For each={CHANNELS}>
          {(c) => (
            <div>
              <dt>{t(CHANNEL_LABELS[c])}</dt>
              <dd>{formatCount(props.tally.receivedByChannel[c])}</dd>
            </div>
          )}
        </For>
        <div class="share">
          <dt>{t('Tỷ lệ hồ sơ trực tuyến')}</dt>
          <dd>{formatRatioPercent(props.tally.onlineShare)}</dd>
        </div>
      </dl>
    </section>
  );
}

import { For, Show } from 'solid-js';
import { formatRatioPercent, formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import type { OfficersReportJson } from '../../sync/reportWire.ts';

const NO_RATIO = { numerator: 0, denominator: 0 };

/** Per officer: received, finished (early / on time / late), pending and overdue, and the on-time rate. */
export function OfficerList(props: { report: OfficersReportJson }) {
  return (
    <Show when={props.report.officers.length > 0} fallback={<p>{t('Đơn vị chưa có cán bộ nào.')}</p>}>
      <ul class="officer-list">
        <For each={props.report.officers}>
          {(o) => (
            <li>
              <h3>{o.officerId === '' ? t('Chưa ghi cán bộ') : o.officerName}</h3>
              <dl class="indicator-list">
                <div>
                  <dt>{t('Tiếp nhận')}</dt>
                  <dd>{formatCount(o.flow.received)}</dd>
                </div>
                <div>
                  <dt>{t('Đã giải quyết')}</dt>
                  <dd>
                    {t('{finished} (trước hạn {early}, đúng hạn {onTime}, quá hạn {late})', {
                      finished: formatCount(o.flow.finished),
                      early: formatCount(o.flow.early),
                      onTime: formatCount(o.flow.onTime),
                      late: formatCount(o.flow.late),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('Đang giải quyết')}</dt>
                  <dd>{t('{pending} (quá hạn {overdue})', { pending: formatCount(o.flow.pending), overdue: formatCount(o.flow.pendingOverdue) })}</dd>
                </div>
                <div>
                  <dt>{t('Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn')}</dt>
                  <dd>{formatRatioPercent(o.indicators['on_time'] ?? NO_RATIO)}</dd>
                </div>
                <div>
                  <dt>{t('Tỷ lệ hồ sơ trực tuyến')}</dt>
                  <dd>{formatRatioPercent(o.indicators['online_received'] ?? NO_RATIO)}</dd>
                </div>
              </dl>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

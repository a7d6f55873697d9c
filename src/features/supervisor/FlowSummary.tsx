import { For, Show } from 'solid-js';
import type { FlowReportJson } from '../../sync/reportWire.ts';
import { formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

/** Biểu 06 in total: what came in, what was finished and how, what is still open. */
export function FlowSummary(props: { report: FlowReportJson }) {
  const total = () => props.report.total;
  const lines = () => [
    [t('Tiếp nhận trong kỳ'), total().received],
    [t('Kỳ trước chuyển sang'), total().carriedOver],
    [t('Đã giải quyết'), total().finished],
    [t('Trước hạn'), total().early],
    [t('Đúng hạn'), total().onTime],
    [t('Quá hạn'), total().late],
    [t('Đang giải quyết'), total().pending],
    [t('Đang giải quyết quá hạn'), total().pendingOverdue],
  ] as const;
  return (
    <>
      <dl class="indicator-list">
        <For each={lines()}>
          {([label, value]) => (
            <div>
              <dt>{label}</dt>
              <dd>{formatCount(value)}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={props.report.reconciliation.ok} fallback={<p class="notice error">{t('Số liệu Biểu 06 không khớp, hãy kiểm tra lại hồ sơ.')}</p>}>
        <p class="notice ok">{t('Số liệu khớp: tiếp nhận và kỳ trước chuyển sang bằng đã giải quyết và đang giải quyết.')}</p>
      </Show>
    </>
  );
}

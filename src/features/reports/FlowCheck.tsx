import { For, Show } from 'solid-js';
import type { FlowReport } from '../../domain/reports/flowReport.ts';
import type { FlowProblem, FlowReconciliation } from '../../domain/reports/flowTable.ts';
import { navigate, pathOf } from '../../app/router.ts';
import { formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

/**
 * Biểu 06's check: "Số liệu khớp" with the figures, or the rows that do not add up and the
 * dossiers behind them, each a link to open and fix it.
 */
export function FlowCheck(props: { report: FlowReport; reconciliation: FlowReconciliation; problems: readonly FlowProblem[] }) {
  const total = () => props.report.total;
  return (
    <div class="flow-check no-print" role="status">
      <Show
        when={props.reconciliation.ok && props.problems.length === 0}
        fallback={
          <div class="notice error">
            <p>{t('Số liệu chưa khớp. Hãy kiểm tra các hồ sơ dưới đây.')}</p>
            <ul>
              <For each={props.reconciliation.broken}>{(b) => <li>{`${b.field}: ${b.what}`}</li>}</For>
            </ul>
            <ul class="flow-problems">
              <For each={props.problems}>
                {(p) => (
                  <li>
                    <a href={pathOf({ name: 'dossier', id: p.id })} onClick={(e) => (e.preventDefault(), navigate({ name: 'dossier', id: p.id }))}>
                      {p.code ?? t('Hồ sơ không mã')} · {p.procedure}
                    </a>
                    {`: ${p.what}`}
                  </li>
                )}
              </For>
            </ul>
          </div>
        }
      >
        <p class="notice ok">
          {t('Số liệu khớp: nhận trong kỳ + kỳ trước chuyển sang = đã giải quyết + đang giải quyết ({received} + {carried} = {finished} + {pending}).', {
            received: formatCount(total().received),
            carried: formatCount(total().carriedOver),
            finished: formatCount(total().finished),
            pending: formatCount(total().pending),
          })}
        </p>
      </Show>
    </div>
  );
}

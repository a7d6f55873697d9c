import { createSignal, For } from 'solid-js';
import type { ApologyRule } from '../../domain/deadlines/outcome.ts';
import { PERIOD_RULE_LABELS, type PeriodRule } from '../../domain/periods/periodRule.ts';
import { changeApologyRule } from '../../data/rebuildAggregates.ts';
import { watchSetting, writeSetting } from '../../data/settings.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { intlLocale } from '../../ui/i18n/locale.ts';
import { t } from '../../ui/i18n/t.ts';
import { errorText, SectionMessage, type Message } from './SectionMessage.tsx';

const PERIOD_RULES: readonly PeriodRule[] = ['calendar', 'fifteenth'];

const APOLOGY_RULE_LABELS: Readonly<Record<ApologyRule, () => string>> = {
  judge_by_due_date: () => t('Tính đúng hạn theo hạn giải quyết ban đầu'),
  judge_by_new_date: () => t('Tính đúng hạn theo ngày hẹn mới trong văn bản xin lỗi'),
};
const APOLOGY_RULES = Object.keys(APOLOGY_RULE_LABELS) as ApologyRule[];

/** "Kỳ báo cáo": how months are cut, and which date a late dossier's apology is judged by. */
export function ReportingSection() {
  const { db } = useServices();
  const period = createLiveSignal(() => watchSetting(db, 'periodRule'), null);
  const apology = createLiveSignal(() => watchSetting(db, 'apologyRule'), null);
  const [recounting, setRecounting] = createSignal(false);
  const [message, setMessage] = createSignal<Message>(null);

  const choosePeriod = async (rule: PeriodRule) => {
    try {
      await writeSetting(db, 'periodRule', rule);
      setMessage({ kind: 'ok', text: t('Đã lưu kỳ báo cáo: {rule}.', { rule: t(PERIOD_RULE_LABELS[rule]).toLocaleLowerCase(intlLocale()) }) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa lưu được kỳ báo cáo: {reason}', { reason: errorText(error) }) });
    }
  };

  const chooseApology = async (rule: ApologyRule) => {
    setRecounting(true);
    setMessage({ kind: 'ok', text: t('Đang tính lại toàn bộ số liệu…') });
    try {
      await changeApologyRule(db, rule);
      setMessage({ kind: 'ok', text: t('Đã đổi cách tính và tính lại toàn bộ số liệu.') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa đổi được cách tính: {reason}', { reason: errorText(error) }) });
    } finally {
      setRecounting(false);
    }
  };

  return (
    <section class="card" aria-labelledby="reporting-title">
      <h2 id="reporting-title">{t('Kỳ báo cáo')}</h2>
      <fieldset class="choices">
        <legend>{t('Cách tính kỳ báo cáo')}</legend>
        <For each={PERIOD_RULES}>
          {(rule) => (
            <label class="choice">
              <input type="radio" name="period-rule" value={rule} checked={period.value() === rule} onChange={() => void choosePeriod(rule)} />
              <span>{t(PERIOD_RULE_LABELS[rule])}</span>
            </label>
          )}
        </For>
      </fieldset>
      <fieldset class="choices" aria-describedby="apology-hint" disabled={recounting()}>
        <legend>{t('Hồ sơ trễ hạn có văn bản xin lỗi')}</legend>
        <p class="field-hint" id="apology-hint">
          {t('Cách tính này cần được kiểm chứng với tỉnh; khi đổi, ứng dụng tính lại toàn bộ số liệu đã có.')}
        </p>
        <For each={APOLOGY_RULES}>
          {(rule) => (
            <label class="choice">
              <input type="radio" name="apology-rule" value={rule} checked={apology.value() === rule} onChange={() => void chooseApology(rule)} />
              <span>{APOLOGY_RULE_LABELS[rule]()}</span>
            </label>
          )}
        </For>
      </fieldset>
      <SectionMessage message={message()} />
      <p class="notice error" role="alert" hidden={period.error() === null && apology.error() === null}>
        {t('Không đọc được cài đặt trên máy. Hãy tải lại ứng dụng.')}
      </p>
    </section>
  );
}

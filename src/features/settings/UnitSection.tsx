import { createSignal } from 'solid-js';
import { watchSetting, writeSetting } from '../../data/settings.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { errorText, SectionMessage, type Message } from './SectionMessage.tsx';

/** "Đơn vị": the unit this phone works for (the heading of its register and reports). */
export function UnitSection() {
  const { db } = useServices();
  const unit = createLiveSignal(() => watchSetting(db, 'unitName'), null);
  const [draft, setDraft] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal<Message>(null);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = (draft() ?? unit.value() ?? '').trim();
    try {
      await writeSetting(db, 'unitName', typed === '' ? null : typed);
      setDraft(null);
      setMessage({ kind: 'ok', text: t('Đã lưu tên đơn vị.') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa lưu được: {reason}', { reason: errorText(error) }) });
    }
  };

  return (
    <section class="card" aria-labelledby="unit-title">
      <h2 id="unit-title">{t('Đơn vị')}</h2>
      <form onSubmit={save}>
        <div class="field">
          <label for="unit-name">{t('Tên đơn vị (UBND xã, phường)')}</label>
          <input id="unit-name" type="text" maxLength={120} value={draft() ?? unit.value() ?? ''} onInput={(e) => setDraft(e.currentTarget.value)} />
        </div>
        <button type="submit">{t('Lưu tên đơn vị')}</button>
      </form>
      <SectionMessage message={message()} />
    </section>
  );
}

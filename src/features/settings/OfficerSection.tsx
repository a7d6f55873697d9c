import { createSignal } from 'solid-js';
import { watchSetting, writeSetting } from '../../data/settings.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { errorText, SectionMessage, type Message } from './SectionMessage.tsx';

const MAX_OFFICER_LENGTH = 64;

/** "Cán bộ": who uses this phone, stamped on every dossier they receive. */
export function OfficerSection() {
  const { db } = useServices();
  const officer = createLiveSignal(() => watchSetting(db, 'officerId'), null);
  // null until the officer types: the field shows the stored value.
  const [draft, setDraft] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);
  const [message, setMessage] = createSignal<Message>(null);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = (draft() ?? officer.value() ?? '').trim();
    setSaving(true);
    try {
      await writeSetting(db, 'officerId', typed === '' ? null : typed);
      setDraft(null);
      setMessage({ kind: 'ok', text: typed === '' ? t('Đã xóa tên cán bộ.') : t('Đã lưu. Hồ sơ tiếp nhận từ nay ghi cán bộ: {officer}.', { officer: typed }) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa lưu được: {reason}', { reason: errorText(error) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="card" aria-labelledby="officer-title">
      <h2 id="officer-title">{t('Cán bộ')}</h2>
      <form onSubmit={save}>
        <div class="field">
          <label for="officer-id">{t('Mã hoặc họ tên cán bộ')}</label>
          <p class="field-hint" id="officer-hint">
            {t('Nhập một lần; được ghi vào mỗi hồ sơ bạn tiếp nhận trên máy này.')}
          </p>
          <input
            id="officer-id"
            type="text"
            autocomplete="name"
            maxLength={MAX_OFFICER_LENGTH}
            aria-describedby="officer-hint"
            value={draft() ?? officer.value() ?? ''}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </div>
        <SectionMessage message={message()} />
        <button type="submit" class="primary" disabled={saving()}>
          {t('Lưu')}
        </button>
      </form>
    </section>
  );
}

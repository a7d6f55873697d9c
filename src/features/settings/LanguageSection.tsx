import { createSignal, For } from 'solid-js';
import { writeSetting } from '../../data/settings.ts';
import { useServices } from '../../app/services.ts';
import { locale, LOCALES, setLocale, type Locale } from '../../ui/i18n/locale.ts';
import { t } from '../../ui/i18n/t.ts';
import { errorText, SectionMessage, type Message } from './SectionMessage.tsx';

// Each language is named in itself, so it can be found by someone who reads only that one.
const LANGUAGE_NAMES: Readonly<Record<Locale, () => string>> = {
  vi: () => t('Tiếng Việt'),
  en: () => 'English',
};

/** "Ngôn ngữ": the interface language of this phone, Vietnamese by default or English. */
export function LanguageSection() {
  const { db } = useServices();
  const [message, setMessage] = createSignal<Message>(null);

  const choose = async (next: Locale) => {
    setMessage(null);
    setLocale(next);
    try {
      await writeSetting(db, 'language', next);
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa lưu được ngôn ngữ: {reason}', { reason: errorText(error) }) });
    }
  };

  return (
    <section class="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('Ngôn ngữ')}</h2>
      <fieldset class="choices">
        <legend>{t('Ngôn ngữ hiển thị trên máy này')}</legend>
        <For each={LOCALES}>
          {(choice) => (
            <label class="choice">
              <input type="radio" name="language" value={choice} checked={locale() === choice} onChange={() => void choose(choice)} />
              <span lang={choice}>{LANGUAGE_NAMES[choice]()}</span>
            </label>
          )}
        </For>
      </fieldset>
      <SectionMessage message={message()} />
    </section>
  );
}

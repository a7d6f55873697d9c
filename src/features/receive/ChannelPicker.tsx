import { For } from 'solid-js';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '../../domain/channel.ts';
import { t } from '../../ui/i18n/t.ts';

/** "Hình thức nộp": the four ways a dossier arrives. */
export function ChannelPicker(props: { value: Channel; onChange: (channel: Channel) => void }) {
  return (
    <fieldset class="choices channel-picker">
      <legend>{t('Hình thức nộp')}</legend>
      <For each={CHANNELS}>
        {(c) => (
          <label class="choice">
            <input type="radio" name="channel" value={c} checked={props.value === c} onChange={() => props.onChange(c)} />
            <span>{t(CHANNEL_LABELS[c])}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}

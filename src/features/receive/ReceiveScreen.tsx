import { createMemo, createSignal, For, Show } from 'solid-js';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '../../domain/channel.ts';
import { appointmentDateFor, receiveDossier } from '../../domain/dossierLifecycle.ts';
import { describeTimeLimit } from '../../domain/procedure.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';
import { saveDossier } from '../../data/dossierStore.ts';
import { watchProcedures } from '../../data/procedureStore.ts';
import { watchSetting } from '../../data/settings.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { useServices } from '../../app/services.ts';
import { formatDay } from '../../ui/format.ts';
import { loadRememberedChannel, rememberChannel } from './rememberedChannel.ts';

/** "Tiếp nhận": pick a procedure and a channel, save, and see the appointment date. */
export function ReceiveScreen() {
  const { db, calendar, sync } = useServices();
  const [procedureId, setProcedureId] = createSignal<string | null>(null);
  const [channel, setChannel] = createSignal<Channel>(loadRememberedChannel());
  const [saving, setSaving] = createSignal(false);
  const [message, setMessage] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const procedures = createLiveSignal(() => watchProcedures(db), []);
  const officer = createLiveSignal(() => watchSetting(db, 'officerId'), null);
  const procedure = createMemo(() => procedures.value().find((p) => p.id === procedureId()));
  const appointment = createMemo(() => {
    const p = procedure();
    return p ? appointmentDateFor(new Date(), p, calendar()) : null;
  });

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const p = procedure();
    if (!p) {
      setMessage({ kind: 'error', text: 'Hãy chọn thủ tục trước khi lưu.' });
      return;
    }
    setSaving(true);
    try {
      const officerId = officer.value();
      const dossier = receiveDossier(
        { id: uuidv7(), procedure: p, channel: channel(), receivedAt: new Date(), ...(officerId !== null ? { officerId } : {}) },
        calendar(),
      );
      await saveDossier(db, dossier);
      rememberChannel(channel());
      setMessage({ kind: 'ok', text: `Đã tiếp nhận: ${p.name}. Hẹn trả ${formatDay(dossier.appointmentDate)}.` });
      void sync.syncNow();
    } catch (error) {
      setMessage({ kind: 'error', text: `Chưa lưu được hồ sơ: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="screen" onSubmit={save} aria-labelledby="receive-title">
      <h1 id="receive-title">Tiếp nhận hồ sơ</h1>
      <fieldset class="choices">
        <legend>Thủ tục</legend>
        <For each={procedures.value()}>
          {(p) => (
            <label class="choice">
              <input type="radio" name="procedure" value={p.id} checked={procedureId() === p.id} onChange={() => setProcedureId(p.id)} />
              <span>
                {p.name}
                <small>
                  {p.field} · {describeTimeLimit(p.timeLimit)}
                </small>
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <fieldset class="choices">
        <legend>Hình thức nộp</legend>
        <For each={CHANNELS}>
          {(c) => (
            <label class="choice">
              <input type="radio" name="channel" value={c} checked={channel() === c} onChange={() => setChannel(c)} />
              <span>{CHANNEL_LABELS[c]}</span>
            </label>
          )}
        </For>
      </fieldset>
      <p class="appointment" aria-live="polite">
        <Show when={appointment()} fallback="Chọn thủ tục để xem ngày hẹn trả.">
          {(day) => <>Ngày hẹn trả: <strong>{formatDay(day())}</strong></>}
        </Show>
      </p>
      <div class="sticky-actions">
        {/* Live regions stay in the page so screen readers announce each new message. */}
        <p class="notice ok" role="status" hidden={message()?.kind !== 'ok'}>
          {message()?.kind === 'ok' ? message()?.text : ''}
        </p>
        <p class="notice error" role="alert" hidden={message()?.kind !== 'error'}>
          {message()?.kind === 'error' ? message()?.text : ''}
        </p>
        <button type="submit" class="primary" disabled={saving()}>
          Lưu hồ sơ
        </button>
      </div>
    </form>
  );
}

import { createEffect, createMemo, createSignal, onCleanup, Show } from 'solid-js';
import type { Channel } from '../../domain/channel.ts';
import { appointmentDateFor, receiveDossier } from '../../domain/dossierLifecycle.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';
import { saveDossier } from '../../data/dossierStore.ts';
import { StorageFullError } from '../../data/reopen.ts';
import { findPossibleDuplicate, type PossibleDuplicate } from '../../data/duplicateCheck.ts';
import { watchProcedures } from '../../data/procedureStore.ts';
import { procedureUsageRanking, toggleFavouriteProcedure, watchFavouriteProcedureIds } from '../../data/procedureUsage.ts';
import { watchSetting } from '../../data/settings.ts';
import { navigate } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { syncAfterSave } from '../../app/backgroundSync.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { TodayReceivedCount } from './TodayReceivedCount.tsx';
import { formatDay } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { withElements } from '../../ui/i18n/withElements.tsx';
import { createCurrentInstant } from '../today/currentInstant.ts';
import { ChannelPicker } from './ChannelPicker.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { OptionalFields } from './OptionalFields.tsx';
import { detailsInput, NO_DETAILS, phoneProblem, type OptionalDetails } from './optionalDetails.ts';
import { ProcedurePicker } from './ProcedurePicker.tsx';
import { ReceivedAtField } from './ReceivedAtField.tsx';
import { receivedAtProblem } from './receivedAtProblem.ts';
import { loadRememberedChannel, rememberChannel } from './rememberedChannel.ts';
import { clearReceiveDraft, DRAFT_DELAY_MS, keepReceiveDraft, loadReceiveDraft, type ReceiveDraft } from './receiveDraft.ts';
import { fromVietnamLocalInput, toVietnamLocalInput } from './vietnamLocalInput.ts';
import './receive.css';

/**
 * "Tiếp nhận": pick a procedure (search, "Yêu thích", "Hay dùng"), keep the remembered
 * channel, save: three taps from the tab bar. Time and optional details are editable.
 */
export function ReceiveScreen() {
  const { db, calendar, sync } = useServices();
  const now = createCurrentInstant();
  // An entry left unsaved by an earlier visit (a reload, a crash, a full disk) comes back (issue 7, item 4).
  const restored = loadReceiveDraft();
  const [draftRestored, setDraftRestored] = createSignal(restored !== null);
  const [procedureId, setProcedureId] = createSignal<string | null>(restored?.procedureId ?? null);
  const [channel, setChannel] = createSignal<Channel>(restored?.channel ?? loadRememberedChannel());
  const [query, setQuery] = createSignal('');
  /** The typed "Thời điểm tiếp nhận", or null while it follows the clock. */
  const [typedTime, setTypedTime] = createSignal<string | null>(restored?.typedTime ?? null);
  const [details, setDetails] = createSignal<OptionalDetails>(restored?.details ?? NO_DETAILS);
  /** The form as a successful save left it: not a draft. */
  let settled: string | null = null;
  let pendingDraft: ReceiveDraft | null = null;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  const flushDraft = () => {
    clearTimeout(draftTimer);
    if (pendingDraft === null) return;
    if (JSON.stringify(pendingDraft) === settled) clearReceiveDraft();
    else keepReceiveDraft(pendingDraft);
    pendingDraft = null;
  };
  // Kept in localStorage as the officer types, so it survives a full or closed IndexedDB.
  createEffect(() => {
    pendingDraft = { procedureId: procedureId(), channel: channel(), typedTime: typedTime(), details: details() };
    clearTimeout(draftTimer);
    draftTimer = setTimeout(flushDraft, DRAFT_DELAY_MS);
  });
  addEventListener('pagehide', flushDraft);
  onCleanup(() => (removeEventListener('pagehide', flushDraft), flushDraft()));
  const discardDraft = () => {
    setProcedureId(null);
    setTypedTime(null);
    setDetails(NO_DETAILS);
    setChannel(loadRememberedChannel());
    setDraftRestored(false);
    pendingDraft = null;
    clearTimeout(draftTimer);
    clearReceiveDraft();
  };
  const [duplicate, setDuplicate] = createSignal<PossibleDuplicate | null>(null);
  const [saving, setSaving] = createSignal(false);
  const [message, setMessage] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // "Hay dùng" is read once per visit: a list that reorders after each save invites mis-taps.
  const [ranking, setRanking] = createSignal<string[]>([]);
  procedureUsageRanking(db, new Date()).then(setRanking, () => undefined);

  const procedures = createLiveSignal(() => watchProcedures(db), []);
  const favourites = createLiveSignal(() => watchFavouriteProcedureIds(db), []);
  const officer = createLiveSignal(() => watchSetting(db, 'officerId'), null);
  const procedure = createMemo(() => procedures.value().find((p) => p.id === procedureId()));
  const receivedAt = createMemo(() => {
    const typed = typedTime();
    return typed === null ? now() : fromVietnamLocalInput(typed);
  });
  const timeProblem = createMemo(() => receivedAtProblem(receivedAt(), now()));
  const appointment = createMemo(() => {
    const p = procedure();
    const at = receivedAt();
    return p && at && timeProblem() === null ? appointmentDateFor(at, p, calendar()) : null;
  });

  /** Any change to the form withdraws a warning or confirmation about the previous state. */
  const edit = <T,>(apply: (value: T) => void) => (value: T) => {
    apply(value);
    setDuplicate(null);
    if (message()?.kind === 'ok') setMessage(null);
  };

  const submit = async (confirmedDuplicate: boolean) => {
    const p = procedure();
    if (!p) {
      setMessage({ kind: 'error', text: t('Hãy chọn thủ tục trước khi lưu.') });
      return;
    }
    const typed = typedTime();
    const at = typed === null ? new Date() : fromVietnamLocalInput(typed);
    const problem = receivedAtProblem(at, new Date()) ?? phoneProblem(details().phone);
    if (at === null || problem !== null) {
      setMessage({ kind: 'error', text: problem ?? t('Hãy nhập đủ ngày và giờ tiếp nhận.') });
      return;
    }
    setSaving(true);
    setMessage(null);
    try {
      const extra = detailsInput(details());
      if (!confirmedDuplicate) {
        const found = await findPossibleDuplicate(db, {
          procedureId: p.id,
          receivedAt: at,
          ...(extra.code !== undefined ? { code: extra.code } : {}),
          ...(extra.applicant?.name !== undefined ? { applicantName: extra.applicant.name } : {}),
        });
        if (found) {
          setDuplicate(found);
          return;
        }
      }
      const officerId = officer.value();
      const dossier = receiveDossier(
        { id: uuidv7(), procedure: p, channel: channel(), receivedAt: at, ...(officerId !== null ? { officerId } : {}), ...extra },
        calendar(),
      );
      await saveDossier(db, dossier);
      rememberChannel(channel());
      setDuplicate(null);
      setDetails(NO_DETAILS);
      setTypedTime(null);
      setQuery('');
      settled = JSON.stringify({ procedureId: procedureId(), channel: channel(), typedTime: null, details: NO_DETAILS } satisfies ReceiveDraft);
      clearTimeout(draftTimer);
      pendingDraft = null;
      clearReceiveDraft();
      setDraftRestored(false);
      setMessage({ kind: 'ok', text: t('Đã tiếp nhận: {procedure}. Hẹn trả {date}.', { procedure: p.name, date: formatDay(dossier.appointmentDate) }) });
      syncAfterSave(sync);
    } catch (error) {
      // A full disk has its own sentence (what to do); the entry stays in the form and in the draft.
      if (error instanceof StorageFullError) setMessage({ kind: 'error', text: t(error.message) });
      else setMessage({ kind: 'error', text: t('Chưa lưu được hồ sơ: {reason}', { reason: error instanceof Error ? t(error.message) : String(error) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      class="screen receive"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(false);
      }}
      aria-labelledby="receive-title"
    >
      <h1 id="receive-title">{t('Tiếp nhận hồ sơ')}</h1>
      <TodayReceivedCount />
      <Show when={draftRestored()}>
        <p class="notice draft-restored" role="status">
          {t('Đã khôi phục bản nháp chưa lưu.')}{' '}
          <button type="button" onClick={discardDraft}>
            {t('Bỏ bản nháp')}
          </button>
        </p>
      </Show>
      <ProcedurePicker
        catalogue={procedures.value()}
        favourites={favourites.value()}
        ranking={ranking()}
        selectedId={procedureId()}
        query={query()}
        onQuery={setQuery}
        onSelect={edit(setProcedureId)}
        onToggleFavourite={(id) => {
          toggleFavouriteProcedure(db, id).catch((error: unknown) =>
            setMessage({ kind: 'error', text: t('Chưa lưu được mục yêu thích: {reason}', { reason: error instanceof Error ? t(error.message) : String(error) }) }),
          );
        }}
      />
      <ChannelPicker value={channel()} onChange={edit(setChannel)} />
      <ReceivedAtField
        value={typedTime() ?? toVietnamLocalInput(now())}
        max={toVietnamLocalInput(now())}
        following={typedTime() === null}
        problem={timeProblem()}
        onInput={edit(setTypedTime)}
        onNow={() => edit(setTypedTime)(null)}
      />
      <OptionalFields details={details()} onChange={edit(setDetails)} />
      <div class="sticky-actions">
        {/* Live regions stay in the page so screen readers announce each new message. */}
        <p class="notice ok" role="status" hidden={message()?.kind !== 'ok'}>
          {message()?.kind === 'ok' ? message()?.text : ''}
        </p>
        <p class="notice error" role="alert" hidden={message()?.kind !== 'error'}>
          {message()?.kind === 'error' ? message()?.text : ''}
        </p>
        <Show when={procedure()}>{(p) => <p class="selected-procedure">{p().name}</p>}</Show>
        <p class="appointment" aria-live="polite">
          <Show when={appointment()} fallback={procedure() ? t('Sửa thời điểm tiếp nhận để xem ngày hẹn trả.') : t('Chọn thủ tục để xem ngày hẹn trả.')}>
            {(day) => <>{withElements(t('Ngày hẹn trả: {day}'), { day: <strong>{formatDay(day())}</strong> })}</>}
          </Show>
        </p>
        <Show
          when={duplicate()}
          fallback={
            <button type="submit" class="primary" disabled={saving()}>
              {t('Lưu hồ sơ')}
            </button>
          }
        >
          {(found) => (
            <DuplicateWarning duplicate={found()} busy={saving()} onSaveAnyway={() => void submit(true)} onOpen={(id) => navigate({ name: 'dossier', id })} />
          )}
        </Show>
      </div>
    </form>
  );
}

import { createSignal, Match, Show, Switch } from 'solid-js';
import { useServices } from '../../app/services.ts';
import { createBackup } from '../../data/backupExport.ts';
import { previewRestore, readBackupFile, restoreBackup, type MergeCounts, type RestoreSummary } from '../../data/backupRestore.ts';
import type { BackupDocument, BackupProblem } from '../../domain/backup/parseBackup.ts';
import { downloadFile } from '../../ui/download.ts';
import { formatCount, formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { errorText, SectionMessage, type Message } from './SectionMessage.tsx';

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'ready'; fileName: string; backup: BackupDocument; preview: RestoreSummary }
  | { kind: 'restoring' };

/** A refused file's problem in the interface language (the part of the file named in it too, in the singular). */
function problemText(problem: BackupProblem): string {
  const part = problem.params['part'];
  return t(problem.message, typeof part === 'string' ? { ...problem.params, part: t(part, { count: 1 }) } : problem.params);
}

/** "12 mới, 3 cập nhật, 40 giống hệt" for one kind of record. */
function countsText(counts: MergeCounts): string {
  return t('{added} mới, {updated} cập nhật, {same} giống hệt', { added: formatCount(counts.added), updated: formatCount(counts.updated), same: formatCount(counts.same) });
}

/**
 * "Sao lưu và khôi phục": the whole phone in one file, and that file back onto a (new) phone.
 * A file is checked whole and previewed before anything changes; restoring merges record by
 * record, as sync does, and queues what it changed for the server. Works offline.
 */
export function BackupSection() {
  const { db } = useServices();
  const [message, setMessage] = createSignal<Message>(null);
  const [saving, setSaving] = createSignal(false);
  const [state, setState] = createSignal<RestoreState>({ kind: 'idle' });
  let input: HTMLInputElement | undefined;

  const reset = (next: RestoreState, text: Message) => {
    if (input) input.value = '';
    setState(next);
    setMessage(text);
  };

  const download = async () => {
    setSaving(true);
    setMessage(null);
    try {
      const backup = await createBackup(db);
      downloadFile(backup.fileName, backup.text, 'application/json');
      const c = backup.counts;
      const text = t('Đã tạo bản sao lưu «{file}»: {dossiers} hồ sơ, {feedback} phản ánh, {procedures} thủ tục, {plans} kế hoạch, {settings} mục cài đặt.', {
        file: backup.fileName,
        dossiers: formatCount(c.dossiers),
        feedback: formatCount(c.feedback),
        procedures: formatCount(c.procedures),
        plans: formatCount(c.plans),
        settings: formatCount(c.settings),
      });
      const skipped = backup.unreadable > 0 ? ` ${t('{count} bản ghi không đọc được nên không có trong tệp.', { count: backup.unreadable })}` : '';
      setMessage({ kind: 'ok', text: text + skipped });
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa tạo được bản sao lưu: {reason}', { reason: errorText(error) }) });
    } finally {
      setSaving(false);
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    setState({ kind: 'reading' });
    try {
      const read = await readBackupFile(file);
      if (!read.ok) {
        reset({ kind: 'idle' }, { kind: 'error', text: `${problemText(read.problem)} ${t('Máy này chưa thay đổi gì.')}` });
        return;
      }
      setState({ kind: 'ready', fileName: file.name, backup: read.backup, preview: await previewRestore(db, read.backup) });
    } catch (error) {
      reset({ kind: 'idle' }, { kind: 'error', text: t('Không đọc được tệp: {reason}', { reason: errorText(error) }) });
    }
  };

  const restore = async (backup: BackupDocument) => {
    setState({ kind: 'restoring' });
    try {
      const done = await restoreBackup(db, backup);
      const text = done.changed
        ? t('Đã khôi phục: hồ sơ {dossiers}; phản ánh {feedback}. {queued} thay đổi sẽ được gửi lên máy chủ khi máy đã đăng ký và có mạng.', {
            dossiers: countsText(done.dossiers),
            feedback: countsText(done.feedback),
            queued: formatCount(done.queued),
          })
        : t('Không có gì thay đổi: máy này đã có mọi dữ liệu trong tệp.');
      reset({ kind: 'idle' }, { kind: 'ok', text });
    } catch (error) {
      reset({ kind: 'idle' }, { kind: 'error', text: t('Chưa khôi phục được: {reason}. Máy này chưa thay đổi gì.', { reason: errorText(error) }) });
    }
  };

  const ready = () => {
    const s = state();
    return s.kind === 'ready' ? s : null;
  };

  return (
    <section class="card backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('Sao lưu và khôi phục')}</h2>
      <p class="field-hint">
        {t('Tệp sao lưu chứa mọi hồ sơ, phản ánh, danh mục, kế hoạch và cài đặt trên máy này (không chứa mã đăng ký thiết bị). Khôi phục trên máy mới: dữ liệu chưa gửi cũng sẽ được gửi lên máy chủ.')}
      </p>
      <button type="button" class="primary" disabled={saving()} onClick={() => void download()}>
        {t('Tải bản sao lưu')}
      </button>
      <div class="field">
        <label for="backup-file">{t('Khôi phục từ tệp')}</label>
        <input id="backup-file" ref={input} type="file" accept=".json,application/json" disabled={state().kind === 'restoring'} onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      <Switch>
        <Match when={state().kind === 'reading'}>
          <p role="status">{t('Đang kiểm tra tệp…')}</p>
        </Match>
        <Match when={state().kind === 'restoring'}>
          <p role="status">{t('Đang khôi phục…')}</p>
        </Match>
        <Match when={ready()}>
          {(s) => (
            <div class="restore-preview" role="group" aria-label={t('Xem trước khi khôi phục')}>
              <p>
                {t('Tệp «{file}», tạo lúc {time}{unit}.', {
                  file: s().fileName,
                  time: formatDateTime(s().backup.createdAt),
                  unit: s().backup.unitName === null ? '' : ` (${s().backup.unitName})`,
                })}
              </p>
              <dl class="indicator-list">
                <div>
                  <dt>{t('Hồ sơ')}</dt>
                  <dd>{countsText(s().preview.dossiers)}</dd>
                </div>
                <div>
                  <dt>{t('Phản ánh, kiến nghị')}</dt>
                  <dd>{countsText(s().preview.feedback)}</dd>
                </div>
                <div>
                  <dt>{t('Danh mục, kế hoạch, cài đặt')}</dt>
                  <dd>
                    {t('{count} mục thêm hoặc cập nhật', {
                      count:
                        s().preview.procedures.added +
                        s().preview.procedures.updated +
                        s().preview.plans.added +
                        s().preview.manualEntries.added +
                        s().preview.manualEntries.updated +
                        s().preview.settings.added,
                    })}
                  </dd>
                </div>
              </dl>
              <Show
                when={s().preview.changed}
                fallback={
                  <p class="notice ok" role="status">
                    {t('Không có gì thay đổi: máy này đã có mọi dữ liệu trong tệp.')}
                  </p>
                }
              >
                <p class="field-hint">{t('Dữ liệu trên máy được giữ: với mỗi hồ sơ, phần nào sửa sau cùng thì giữ phần đó.')}</p>
              </Show>
              <div class="row">
                <button type="button" onClick={() => reset({ kind: 'idle' }, null)}>
                  {t('Hủy')}
                </button>
                <Show when={s().preview.changed}>
                  <button type="button" class="primary" onClick={() => void restore(s().backup)}>
                    {t('Khôi phục')}
                  </button>
                </Show>
              </div>
            </div>
          )}
        </Match>
      </Switch>
      <SectionMessage message={message()} />
    </section>
  );
}

import { For, Match, Show, Switch } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { REGISTER_TEMPLATE_FILE, registerCsvTemplate } from '../../domain/import/registerTemplate.ts';
import { useServices } from '../../app/services.ts';
import { createCsvUrl } from '../../ui/download.ts';
import { t } from '../../ui/i18n/t.ts';
import { createImportFlow } from './createImportFlow.ts';

/** The reader and the writer load only when a file is picked: the .xlsx reader stays out of the first page. */
const importModule = () => import('../../data/registerImport.ts');

/**
 * "Nhập sổ theo dõi từ tệp": an existing register (CSV or .xlsx, columns as docs/IMPORT.md)
 * is read and checked whole; any error lists its line and nothing is imported; otherwise
 * the officer sees how many dossiers are new and confirms. Dossiers already on the phone are
 * skipped, so a second import of the same file changes nothing.
 */
export function RegisterImport() {
  const { db, calendar } = useServices();
  // The template (UTF-8 with BOM) is made on the phone, so the link works offline.
  const templateUrl = createCsvUrl(registerCsvTemplate());
  const flow = createImportFlow<
    { problems: readonly string[]; problemCount: number },
    { fresh: readonly Dossier[]; alreadyPresent: number },
    { imported: number; alreadyPresent: number }
  >();
  const { state, importing, stateOf, reset } = flow;

  const read = (file: File | undefined) =>
    flow.read(file, async (chosen) => {
      const { previewRegisterFile } = await importModule();
      const preview = await previewRegisterFile(db, chosen, calendar());
      return preview.ok
        ? { ok: true, ready: { fresh: preview.fresh, alreadyPresent: preview.alreadyPresent } }
        : { ok: false, invalid: { problems: preview.problems, problemCount: preview.problemCount } };
    });

  const confirm = (dossiers: readonly Dossier[]) =>
    flow.confirm(
      async () => (await importModule()).commitRegisterImport(db, dossiers),
      (reason) => t('Chưa nhập được: {reason}. Sổ giữ nguyên.', { reason }),
    );

  return (
    <section class="card" aria-labelledby="register-import-title">
      <h2 id="register-import-title">{t('Nhập sổ theo dõi từ tệp')}</h2>
      <p class="field-hint">
        {t('Chuyển sổ theo dõi cũ (CSV hoặc Excel .xlsx) vào máy: mỗi dòng một hồ sơ, các cột như tệp mẫu. Tệp có lỗi thì không nhập dòng nào; nhập lại cùng tệp không tạo hồ sơ trùng.')}
      </p>
      <a class="download" href={templateUrl} download={REGISTER_TEMPLATE_FILE}>
        {t('Tải tệp mẫu')}
      </a>
      <div class="field">
        <label for="register-file">{t('Chọn tệp sổ theo dõi (.csv, .xlsx)')}</label>
        <input
          id="register-file"
          ref={flow.bindInput}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={importing()}
          onChange={(e) => void read(e.currentTarget.files?.[0])}
        />
      </div>
      <Switch>
        <Match when={state().kind === 'reading'}>
          <p role="status">{t('Đang đọc tệp…')}</p>
        </Match>
        <Match when={stateOf('invalid')()}>
          {(s) => (
            <div class="notice error import-errors" role="alert">
              <p>{t('Tệp «{file}» có {count} lỗi, chưa nhập hồ sơ nào. Sửa tệp rồi chọn lại:', { file: s().fileName, count: s().problemCount })}</p>
              <ul>
                <For each={s().problems}>{(line) => <li>{t(line)}</li>}</For>
              </ul>
            </div>
          )}
        </Match>
        <Match when={stateOf('ready')()}>
          {(s) => (
            <div class="import-ready">
              <Show
                when={s().fresh.length > 0}
                fallback={
                  <p role="status">{t('Cả {count} hồ sơ trong tệp «{file}» đã có trên máy, không có gì để nhập.', { count: s().alreadyPresent, file: s().fileName })}</p>
                }
              >
                <p role="status">
                  <strong>{t('{count} hồ sơ sẽ nhập', { count: s().fresh.length })}</strong>{' '}
                  {t('từ tệp «{file}».', { file: s().fileName })}
                  <Show when={s().alreadyPresent > 0}> {t('{count} hồ sơ đã có trên máy, bỏ qua.', { count: s().alreadyPresent })}</Show>
                </p>
              </Show>
              <div class="row">
                <button type="button" onClick={() => reset({ kind: 'idle' })}>
                  {t('Hủy')}
                </button>
                <Show when={s().fresh.length > 0}>
                  <button type="button" class="primary" disabled={importing()} onClick={() => void confirm(s().fresh)}>
                    {t('Nhập {count} hồ sơ', { count: s().fresh.length })}
                  </button>
                </Show>
              </div>
              <Show when={importing()}>
                <p role="status">{t('Đang nhập…')}</p>
              </Show>
            </div>
          )}
        </Match>
        <Match when={stateOf('done')()}>
          {(s) => (
            <p class="notice ok" role="status">
              {t('Đã nhập {count} hồ sơ vào sổ.', { count: s().imported })}
              <Show when={s().alreadyPresent > 0}> {t('{count} hồ sơ đã có, bỏ qua.', { count: s().alreadyPresent })}</Show>
            </p>
          )}
        </Match>
        <Match when={stateOf('failed')()}>
          {(s) => (
            <p class="notice error" role="alert">
              {s().message}
            </p>
          )}
        </Match>
      </Switch>
    </section>
  );
}

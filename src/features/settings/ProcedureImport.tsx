import { For, Match, Show, Switch } from 'solid-js';
import { foldVietnamese } from '../../domain/csv/normalizeHeader.ts';
import type { Procedure } from '../../domain/procedure.ts';
import { importProcedureCsv, type ImportError } from '../../domain/procedureCsv.ts';
import { importProcedures } from '../../data/procedureStore.ts';
import { useServices } from '../../app/services.ts';
import { formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { withElements } from '../../ui/i18n/withElements.tsx';
import { createImportFlow } from './createImportFlow.ts';
import { createTemplateUrl, TEMPLATE_FILE_NAME } from './templateDownload.ts';

/**
 * "Nhập từ tệp CSV": a file is read and checked whole; with any error nothing is imported and
 * every error is listed by line; otherwise the officer confirms with "Nhập".
 */
export function ProcedureImport(props: { catalogue: readonly Procedure[] }) {
  const { db } = useServices();
  const templateUrl = createTemplateUrl();
  const flow = createImportFlow<{ errors: ImportError[] }, { procedures: Procedure[] }, { count: number }>();
  const { state, importing, stateOf, reset } = flow;

  const read = (file: File | undefined) =>
    flow.read(file, async (chosen) => {
      const result = importProcedureCsv(await chosen.text());
      return result.ok ? { ok: true, ready: { procedures: result.procedures } } : { ok: false, invalid: { errors: result.errors } };
    });

  const confirm = (procedures: Procedure[]) =>
    flow.confirm(
      async () => {
        await importProcedures(db, procedures);
        return { count: procedures.length };
      },
      (reason) => t('Chưa nhập được: {reason}. Danh mục giữ nguyên.', { reason }),
    );

  const replacing = (procedures: readonly Procedure[]) => {
    const ids = new Set(props.catalogue.map((p) => p.id));
    return procedures.filter((p) => ids.has(p.id)).length;
  };
  /** Rows that will sit beside a catalogue entry of the same name and field (different code): likely duplicates. */
  const twins = (procedures: readonly Procedure[]) => {
    const key = (p: Procedure) => `${foldVietnamese(p.field)}|${foldVietnamese(p.name)}`;
    const existing = new Map(props.catalogue.map((p) => [key(p), p.id]));
    return procedures.filter((p) => existing.has(key(p)) && existing.get(key(p)) !== p.id).map((p) => p.name);
  };

  return (
    <section class="import" aria-labelledby="import-title">
      <h3 id="import-title">{t('Nhập danh mục từ tệp CSV')}</h3>
      <p class="field-hint">
        {t('Mỗi dòng một thủ tục, các cột như tệp mẫu. Thủ tục trùng mã TTHC (hoặc trùng tên khi không có mã) sẽ được cập nhật; tệp có lỗi thì không nhập dòng nào.')}
      </p>
      <a class="download" href={templateUrl} download={TEMPLATE_FILE_NAME}>
        {t('Tải tệp mẫu')}
      </a>
      <div class="field">
        <label for="procedure-csv">{t('Chọn tệp CSV')}</label>
        <input id="procedure-csv" ref={flow.bindInput} type="file" accept=".csv,text/csv" onChange={(e) => void read(e.currentTarget.files?.[0])} />
      </div>
      <Switch>
        <Match when={state().kind === 'reading'}>
          <p role="status">{t('Đang đọc tệp…')}</p>
        </Match>
        <Match when={stateOf('invalid')()}>
          {(s) => (
            <div class="notice error import-errors" role="alert">
              <p>
                {t('Tệp «{file}» có {count} lỗi, chưa nhập thủ tục nào. Sửa tệp rồi chọn lại:', { file: s().fileName, count: s().errors.length })}
              </p>
              <ul>
                <For each={s().errors}>
                  {(e) => (
                    <li>{t('Dòng {line}: {message}', { line: e.line, message: t(e.message) })}</li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </Match>
        <Match when={stateOf('ready')()}>
          {(s) => (
            <div class="import-ready">
              <p role="status">
                {withElements(
                  replacing(s().procedures) > 0
                    ? t('{import} ({replaced} thủ tục đã có sẽ được cập nhật) từ tệp «{file}».', { replaced: formatCount(replacing(s().procedures)), file: s().fileName })
                    : t('{import} từ tệp «{file}».', { file: s().fileName }),
                  { import: <strong>{t('Sẽ nhập {count} thủ tục', { count: s().procedures.length })}</strong> },
                )}
              </p>
              <Show when={twins(s().procedures).length > 0}>
                <p class="field-hint">
                  {t('Lưu ý: danh mục đã có thủ tục cùng tên nhưng khác mã, nhập xong sẽ có hai mục: {procedures}. Có thể xóa mục cũ sau khi nhập.', { procedures: twins(s().procedures).join('; ') })}
                </p>
              </Show>
              <div class="row">
                <button type="button" onClick={() => reset({ kind: 'idle' })}>
                  {t('Hủy')}
                </button>
                <button type="button" class="primary" disabled={importing()} onClick={() => void confirm(s().procedures)}>
                  {t('Nhập')}
                </button>
              </div>
            </div>
          )}
        </Match>
        <Match when={stateOf('done')()}>
          {(s) => (
            <p class="notice ok" role="status">
              {t('Đã nhập {count} thủ tục vào danh mục.', { count: s().count })}
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

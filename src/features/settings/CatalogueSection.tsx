import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Procedure } from '../../domain/procedure.ts';
import { deleteProcedure, saveProcedure, watchProcedures } from '../../data/procedureStore.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { ProcedureForm } from './ProcedureForm.tsx';
import { ProcedureImport } from './ProcedureImport.tsx';
import { ProcedureItem } from './ProcedureItem.tsx';
import { errorText, SectionMessage, type Message } from './SectionMessage.tsx';

/** What the form area shows: nothing, a new procedure, or the one being edited (by id). */
type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

/** "Danh mục thủ tục": the catalogue by field, with add, edit, delete and CSV import. */
export function CatalogueSection() {
  const { db } = useServices();
  const procedures = createLiveSignal(() => watchProcedures(db), []);
  const [editing, setEditing] = createSignal<Editing>({ kind: 'none' });
  const [message, setMessage] = createSignal<Message>(null);
  // The catalogue comes sorted by field then name: group it in that order.
  const groups = createMemo(() => {
    const byField = new Map<string, Procedure[]>();
    for (const p of procedures.value()) byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
    return [...byField.entries()].map(([field, items]) => ({ field, items }));
  });

  const save = async (procedure: Procedure) => {
    await saveProcedure(db, procedure);
    setEditing({ kind: 'none' });
    setMessage({ kind: 'ok', text: t('Đã lưu thủ tục «{procedure}».', { procedure: procedure.name }) });
  };
  const remove = async (procedure: Procedure) => {
    try {
      await deleteProcedure(db, procedure.id);
      setMessage({ kind: 'ok', text: t('Đã xóa thủ tục «{procedure}».', { procedure: procedure.name }) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa xóa được: {reason}', { reason: errorText(error) }) });
    }
  };
  const isEditing = (id: string) => {
    const e = editing();
    return e.kind === 'edit' && e.id === id;
  };

  return (
    <section class="card" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t('Danh mục thủ tục')}</h2>
      <p class="field-hint">
        {t('{count} thủ tục. Sửa danh mục không đổi hồ sơ đã tiếp nhận.', { count: procedures.value().length })}
      </p>
      <p class="notice error" role="alert" hidden={procedures.error() === null}>
        {t('Không đọc được danh mục trên máy. Hãy tải lại ứng dụng.')}
      </p>
      <SectionMessage message={message()} />
      <Show
        when={editing().kind === 'new'}
        fallback={
          <button type="button" class="primary" disabled={editing().kind !== 'none'} onClick={() => (setMessage(null), setEditing({ kind: 'new' }))}>
            {t('Thêm thủ tục')}
          </button>
        }
      >
        <ProcedureForm catalogue={procedures.value()} onSave={save} onCancel={() => setEditing({ kind: 'none' })} />
      </Show>
      <ProcedureImport catalogue={procedures.value()} />
      <h3 class="catalogue-list-title">{t('Thủ tục theo lĩnh vực')}</h3>
      <For each={groups()}>
        {(group) => (
          <>
            <h3>{group.field}</h3>
            <ul class="procedures" aria-label={t('Lĩnh vực {field}', { field: group.field })}>
              <For each={group.items}>
                {(p) => (
                  <Show
                    when={isEditing(p.id)}
                    fallback={
                      <ProcedureItem
                        procedure={p}
                        disabled={editing().kind !== 'none'}
                        onEdit={() => (setMessage(null), setEditing({ kind: 'edit', id: p.id }))}
                        onDelete={() => remove(p)}
                      />
                    }
                  >
                    <li class="procedure">
                      <ProcedureForm procedure={p} catalogue={procedures.value()} onSave={save} onCancel={() => setEditing({ kind: 'none' })} />
                    </li>
                  </Show>
                )}
              </For>
            </ul>
          </>
        )}
      </For>
    </section>
  );
}

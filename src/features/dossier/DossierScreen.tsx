import { createMemo, createUniqueId, Match, Show, Switch } from 'solid-js';
import type { Dossier } from '../../domain/dossier.ts';
import { watchDossierHistory } from '../../data/historyStore.ts';
import { watchSetting } from '../../data/settings.ts';
import { navigate } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { ActionPanel } from './ActionPanel.tsx';
import { createCurrentInstant } from './currentInstant.ts';
import { DossierHeader } from './DossierHeader.tsx';
import { standingOf } from './dossierStanding.ts';
import { HistoryCard } from './HistoryCard.tsx';
import { SatisfactionCard } from './SatisfactionCard.tsx';
import { ensureUndoToastHost } from './undoToast.tsx';
import { watchDossier } from './watchDossier.ts';
import './dossier.css';

/** One dossier ("/ho-so/<id>"): where it stands, the actions that fit, the rating and its history. */
export function DossierScreen(props: { id: string }) {
  ensureUndoToastHost();
  // Keyed: another dossier's id gives fresh forms, not this one's half-filled ones.
  return (
    <Show when={props.id} keyed>
      {(id) => <DossierView id={id} />}
    </Show>
  );
}

function DossierView(props: { id: string }) {
  const { db } = useServices();
  // null while the first read runs; undefined when this phone has no such dossier.
  const dossier = createLiveSignal<Dossier | undefined | null>(() => watchDossier(db, props.id), null);
  const entries = createLiveSignal(() => watchDossierHistory(db, props.id), []);
  const rule = createLiveSignal(() => watchSetting(db, 'apologyRule'), 'judge_by_due_date');
  const now = createCurrentInstant();
  const titleId = createUniqueId();
  const readError = () => dossier.error() ?? entries.error();

  return (
    <div class="screen dossier-screen">
      <button type="button" class="back" onClick={goBack}>
        <span aria-hidden="true">‹ </span>
        {t('Quay lại')}
      </button>
      <Show when={readError()}>
        <p class="notice error" role="alert">
          {t('Không đọc được hồ sơ trên máy. Hãy tải lại ứng dụng.')}
        </p>
      </Show>
      <Switch>
        <Match when={dossier.value() === null && !readError()}>
          <p>{t('Đang mở hồ sơ…')}</p>
        </Match>
        <Match when={dossier.value() === undefined}>
          <h1>{t('Không tìm thấy hồ sơ')}</h1>
          <p>
            {t('Hồ sơ này không có trên máy.')}{' '}
            <a href="/" onClick={(e) => (e.preventDefault(), navigate('today'))}>
              {t('Về Hôm nay')}
            </a>
          </p>
        </Match>
        <Match when={dossier.value()}>
          {(d) => {
            // Re-read the clock on every change of the dossier, and every 30 s.
            const standing = createMemo(() => (now(), standingOf(d(), new Date().toISOString(), rule.value())));
            const voided = () => d().voidedAt !== undefined;
            // Only the receipt in the history: nothing else was done, so it may still be a typing mistake.
            const justReceived = () => d().status === 'received' && entries.value().length === 1 && entries.value()[0]?.action === 'received';
            return (
              <>
                <DossierHeader dossier={d()} standing={standing()} titleId={titleId} />
                <Show
                  when={!voided()}
                  fallback={
                    <p class="notice">{t('Hồ sơ này đã được hủy vì nhập nhầm: không được tính vào danh sách hay số liệu nào.')}</p>
                  }
                >
                  <ActionPanel dossier={d()} standing={standing()} justReceived={justReceived()} />
                  <SatisfactionCard dossier={d()} />
                </Show>
                <HistoryCard dossierId={props.id} entries={entries.value()} />
              </>
            );
          }}
        </Match>
      </Switch>
    </div>
  );
}

/** Back to where the officer came from; straight to "Hôm nay" when the dossier was opened directly. */
function goBack(): void {
  if (window.history.length > 1) window.history.back();
  else navigate('today');
}

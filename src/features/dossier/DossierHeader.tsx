import { Show, type JSX } from 'solid-js';
import { CHANNEL_LABELS } from '../../domain/channel.ts';
import { openSupplementRequest, type Dossier } from '../../domain/dossier.ts';
import { formatDateTime, formatDay } from '../../ui/format.ts';
import { t, tc } from '../../ui/i18n/t.ts';
import { standingLabel, type Standing } from './dossierStanding.ts';
import { statusLabel } from './statusLabels.ts';

/** The dossier at a glance: procedure, where it stands now, its dates and the applicant (if recorded). */
export function DossierHeader(props: { dossier: Dossier; standing: Standing; titleId: string }) {
  const d = () => props.dossier;
  const waitingSince = () => openSupplementRequest(d())?.requestedAt;
  return (
    <section class="card dossier-head" aria-labelledby={props.titleId}>
      <h1 id={props.titleId}>{d().procedure.name}</h1>
      <p class={`standing standing-${props.standing}`}>
        <span>{statusLabel(d().status)}</span>
        <Show when={props.standing !== 'voided'}>
          <span aria-hidden="true"> · </span>
        </Show>
        <strong>{standingLabel(props.standing)}</strong>
      </p>
      <dl class="facts">
        <Fact term={t('Lĩnh vực')}>{d().procedure.field}</Fact>
        <Fact term={t('Hình thức nộp')}>{t(CHANNEL_LABELS[d().channel])}</Fact>
        <Show when={d().code}>{(code) => <Fact term={t('Mã hồ sơ')}>{code()}</Fact>}</Show>
        <Fact term={tc('fact', 'Tiếp nhận')} nowrap>{formatDateTime(d().receivedAt)}</Fact>
        <Fact term={t('Hạn giải quyết')} nowrap>{formatDay(d().dueDate)}</Fact>
        <Show when={d().appointmentDate !== d().dueDate}>
          <Fact term={t('Ngày hẹn trả')} nowrap>{formatDay(d().appointmentDate)}</Fact>
        </Show>
        <Show when={d().apology?.reason}>{(reason) => <Fact term={t('Lý do hẹn lại')}>{reason()}</Fact>}</Show>
        <Show when={waitingSince()}>{(since) => <Fact term={t('Chờ bổ sung từ')} nowrap>{formatDateTime(since())}</Fact>}</Show>
        <Show when={d().resolvedAt}>{(at) => <Fact term={tc('fact', 'Giải quyết xong')} nowrap>{formatDateTime(at())}</Fact>}</Show>
        <Show when={d().returnedAt}>
          {(at) => (
            <>
              <Fact term={tc('fact', 'Trả kết quả')} nowrap>{formatDateTime(at())}</Fact>
              <Fact term={t('Nơi trả')}>{d().returnedByPost ? t('Qua bưu chính công ích') : t('Tại bộ phận một cửa')}</Fact>
            </>
          )}
        </Show>
        <Show when={d().endedAt}>{(at) => <Fact term={t('Kết thúc')} nowrap>{formatDateTime(at())}</Fact>}</Show>
        <Show when={d().endReason}>{(reason) => <Fact term={t('Lý do')}>{reason()}</Fact>}</Show>
        <Show when={d().applicant?.name}>{(name) => <Fact term={t('Người nộp')}>{name()}</Fact>}</Show>
        <Show when={d().applicant?.phone}>
          {(phone) => (
            <Fact term={t('Điện thoại')}>
              <a href={`tel:${phone().replace(/[^0-9+]/g, '')}`}>{phone()}</a>
            </Fact>
          )}
        </Show>
      </dl>
    </section>
  );
}

function Fact(props: { term: string; nowrap?: boolean; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd classList={{ nowrap: props.nowrap === true }}>{props.children}</dd>
    </div>
  );
}

import { Show } from 'solid-js';
import type { ApologyRule } from '../../domain/deadlines/outcome.ts';
import type { RegisterRow } from '../../data/registerQueries.ts';
import { pathOf } from '../../app/router.ts';
import { formatCount, formatTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { formatRegisterDay, formatRegisterInstantDay } from './registerDates.ts';
import { registerStatusOf } from './registerStatus.ts';
import { RegisterStatusIcon } from './RegisterStatusIcon.tsx';

/**
 * One line of the register (Mẫu 07's columns, stacked for a phone): procedure, code and applicant
 * when known, line number (TT) with the received and appointment days, status in words.
 * Tapping opens the dossier.
 */
export function RegisterRowItem(props: { row: RegisterRow; now: string; apologyRule: ApologyRule; onOpen: (id: string) => void }) {
  const d = () => props.row.dossier;
  const status = () => registerStatusOf(d(), props.now, props.apologyRule);
  const code = () => (d().code === undefined ? '' : t('Mã {code}', { code: d().code ?? '' }));
  const applicant = () => d().applicant?.name ?? '';
  const received = () => t('Nhận {day}', { day: formatRegisterInstantDay(d().receivedAt) });
  const appointment = () => t('Hẹn trả {day}', { day: formatRegisterDay(d().appointmentDate) });
  const label = () =>
    [t('Số {line}', { line: formatCount(props.row.line) }), d().procedure.name, code(), applicant(), t('{received} lúc {time}', { received: received(), time: formatTime(d().receivedAt) }), appointment(), status().text]
      .filter((part) => part !== '')
      .join('. ');

  return (
    <li class="register-row" classList={{ late: status().late }} data-id={d().id}>
      <a
        href={pathOf({ name: 'dossier', id: d().id })}
        aria-label={label()}
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          props.onOpen(d().id);
        }}
      >
        <span class="register-body">
          <span class="register-procedure">{d().procedure.name}</span>
          <Show when={code() !== '' || applicant() !== ''}>
            <span class="register-who">
              <Show when={code()}>
                <span class="register-code">{code()}</span>
              </Show>
              <Show when={applicant()}>
                <span>{applicant()}</span>
              </Show>
            </span>
          </Show>
          <span class="register-dates">
            <span class="register-line">{t('Số {line}', { line: formatCount(props.row.line) })}</span>
            <span>{received()}</span>
            <span>{appointment()}</span>
          </span>
          <span class="register-status">
            <RegisterStatusIcon name={status().icon} />
            {status().text}
          </span>
        </span>
      </a>
    </li>
  );
}

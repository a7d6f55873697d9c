import type { Enrollment } from '../../data/enrollmentStore.ts';
import type { Role } from '../../sync/protocol.ts';
import { ConfirmAction } from '../../ui/ConfirmAction.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { SupervisorLink } from '../supervisor/SupervisorLink.tsx';

const ROLE_LABELS: Readonly<Record<Role, () => string>> = {
  officer: () => t('Cán bộ'),
  supervisor: () => t('Giám sát (chỉ xem)'),
};

/** Who this phone is enrolled as, since when, and "Hủy đăng ký trên máy này" (records stay on the phone). */
export function EnrolledDetails(props: { enrollment: Enrollment; onForget: () => Promise<void> }) {
  return (
    <>
      <dl class="indicator-list">
        <div>
          <dt>{t('Đơn vị')}</dt>
          <dd>{props.enrollment.unit.name}</dd>
        </div>
        <div>
          <dt>{t('Cán bộ')}</dt>
          <dd>{props.enrollment.officer.name}</dd>
        </div>
        <div>
          <dt>{t('Vai trò')}</dt>
          <dd>{ROLE_LABELS[props.enrollment.role]()}</dd>
        </div>
        <div>
          <dt>{t('Đăng ký từ')}</dt>
          <dd>{formatDateTime(props.enrollment.enrolledAt)}</dd>
        </div>
      </dl>
      <SupervisorLink />
      <ConfirmAction
        action={t('Hủy đăng ký trên máy này')}
        groupLabel={t('Xác nhận hủy đăng ký')}
        question={t('Hủy đăng ký? Máy này sẽ ngừng gửi dữ liệu lên máy chủ; hồ sơ vẫn giữ trên máy. Muốn gửi lại phải có mã đăng ký mới.')}
        cancel={t('Giữ đăng ký')}
        confirm={t('Hủy đăng ký')}
        onConfirm={props.onForget}
      />
    </>
  );
}

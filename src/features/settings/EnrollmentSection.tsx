import { createEffect, createSignal, Match, Switch } from 'solid-js';
import { currentRoute, replaceRoute } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { forgetEnrollment, watchEnrollment, type Enrollment } from '../../data/enrollmentStore.ts';
import { enrollDevice } from '../../sync/client/enrollDevice.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { EnrolledDetails } from './EnrolledDetails.tsx';
import { EnrollForm } from './EnrollForm.tsx';
import { errorText, SectionMessage, type Message } from './SectionMessage.tsx';
import './enrollment.css';

/** The code an enrollment link brought (`/cai-dat?ma=…`), taken once and dropped from the address. */
function takeLinkCode(): string | null {
  const route = currentRoute();
  if (route.name !== 'settings' || route.enrollCode === undefined) return null;
  replaceRoute({ name: 'settings' });
  return route.enrollCode;
}

/**
 * "Đăng ký thiết bị": the app works fully without it; enrolling with a one-time code links the
 * phone to its unit's server and uploads everything recorded so far.
 */
export function EnrollmentSection() {
  const { db, sync } = useServices();
  // undefined while the first read is on its way: neither view flashes.
  const enrollment = createLiveSignal<Enrollment | null | undefined>(() => watchEnrollment(db), undefined);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Message>(null);
  const linkCode = takeLinkCode();
  // A link opened on a phone already enrolled: say why nothing happens, once.
  let linkAnswered = linkCode === null;
  createEffect(() => {
    const current = enrollment.value();
    if (linkAnswered || current === undefined) return;
    linkAnswered = true;
    if (current !== null) setMessage({ kind: 'error', text: t('Máy này đã đăng ký. Muốn đăng ký bằng mã mới, hãy hủy đăng ký trên máy này trước.') });
  });

  const enroll = async (code: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await enrollDevice(db, code);
      setMessage({ kind: 'ok', text: t('Đã đăng ký máy này với {unit}. Mọi hồ sơ đã ghi trên máy đang được gửi lên máy chủ.', { unit: done.unit.name }) });
      void sync.syncNow();
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa đăng ký được: {reason}', { reason: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const forget = async () => {
    try {
      await forgetEnrollment(db);
      setMessage({ kind: 'ok', text: t('Đã hủy đăng ký. Hồ sơ vẫn lưu trên máy này.') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('Chưa hủy được: {reason}', { reason: errorText(error) }) });
    }
  };

  return (
    <section class="card enrollment" aria-labelledby="enrollment-title">
      <h2 id="enrollment-title">{t('Đăng ký thiết bị')}</h2>
      <Switch>
        <Match when={enrollment.value()}>{(enrolled) => <EnrolledDetails enrollment={enrolled()} onForget={forget} />}</Match>
        <Match when={enrollment.value() === null}>
          <p>
            {t('Ứng dụng dùng đầy đủ khi chưa đăng ký: mọi thứ lưu trên máy này. Khi đăng ký, máy gửi lên máy chủ của đơn vị mọi hồ sơ đã ghi từ trước đến nay.')}
          </p>
          <EnrollForm prefill={linkCode} busy={busy()} onEnroll={(code) => void enroll(code)} onProblem={(text) => setMessage({ kind: 'error', text })} />
        </Match>
      </Switch>
      <SectionMessage message={message()} />
    </section>
  );
}

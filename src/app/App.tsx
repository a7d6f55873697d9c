import { QueryClient, QueryClientProvider } from '@tanstack/solid-query';
import { createSignal, lazy, Match, Show, Suspense, Switch } from 'solid-js';
import { ReceiveScreen } from '../features/receive/ReceiveScreen.tsx';
import { SyncStatusBar } from '../features/sync-status/SyncStatusBar.tsx';
import { TodayScreen } from '../features/today/TodayScreen.tsx';
import { t, tc } from '../ui/i18n/t.ts';
import { currentRoute, navigate, pathOf, type RouteName } from './router.ts';
import { ServicesContext, type Services } from './services.ts';

const TABS: ReadonlyArray<{ route: Exclude<RouteName, 'dossier'>; label: () => string }> = [
  { route: 'today', label: () => tc('tab', 'Hôm nay') },
  { route: 'receive', label: () => tc('tab', 'Tiếp nhận') },
  { route: 'register', label: () => tc('tab', 'Sổ') },
  { route: 'indicators', label: () => tc('tab', 'Chỉ tiêu') },
  { route: 'settings', label: () => tc('tab', 'Cài đặt') },
];

// Screens other than the desk's two load on demand: the first visit stays small.
const IndicatorsScreen = lazy(() => import('../features/indicators/IndicatorsScreen.tsx').then((m) => ({ default: m.IndicatorsScreen })));
const RegisterScreen = lazy(() => import('../features/register/RegisterScreen.tsx').then((m) => ({ default: m.RegisterScreen })));
const DossierScreen = lazy(() => import('../features/dossier/DossierScreen.tsx').then((m) => ({ default: m.DossierScreen })));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })));
const ReportsScreen = lazy(() => import('../features/reports/ReportsScreen.tsx').then((m) => ({ default: m.ReportsScreen })));
const SupervisorScreen = lazy(() => import('../features/supervisor/SupervisorScreen.tsx').then((m) => ({ default: m.SupervisorScreen })));
const SyncScreen = lazy(() => import('../features/sync/SyncScreen.tsx').then((m) => ({ default: m.SyncScreen })));

/** The app shell: header with sync status, the current screen, and the bottom tab bar. */
export function App(props: { services: Services; updateReady: () => (() => void) | null }) {
  const queryClient = new QueryClient();
  const [updating, setUpdating] = createSignal(false);
  return (
    <ServicesContext.Provider value={props.services}>
      <QueryClientProvider client={queryClient}>
        <header class="app-header">
          <p class="app-name">{t('Sổ Một Cửa')}</p>
          <SyncStatusBar />
        </header>
        <Show when={props.updateReady()}>
          {(activate) => (
            <div class="notice update" role="alert">
              {t('Có phiên bản mới.')}{' '}
              <button type="button" disabled={updating()} onClick={() => (setUpdating(true), activate()())}>
                {t('Cập nhật')}
              </button>
            </div>
          )}
        </Show>
        <main>
          <Switch>
            <Match when={currentRoute().name === 'today'}>
              <TodayScreen />
            </Match>
            <Match when={currentRoute().name === 'receive'}>
              <ReceiveScreen />
            </Match>
            <Match when={currentRoute().name === 'register'}>
              <Suspense fallback={<p role="status">{t('Đang mở…')}</p>}>
                <RegisterScreen />
              </Suspense>
            </Match>
            <Match when={(() => { const r = currentRoute(); return r.name === 'dossier' ? r.id : null; })()}>
              {(id) => (
                <Suspense fallback={<p role="status">{t('Đang mở…')}</p>}>
                  <DossierScreen id={id()} />
                </Suspense>
              )}
            </Match>
            <Match when={currentRoute().name === 'indicators'}>
              <Suspense fallback={<p role="status">{t('Đang mở…')}</p>}>
                <IndicatorsScreen />
              </Suspense>
            </Match>
            <Match when={currentRoute().name === 'settings'}>
              <Suspense fallback={<p role="status">{t('Đang mở…')}</p>}>
                <SettingsScreen />
              </Suspense>
            </Match>
            <Match when={currentRoute().name === 'sync'}>
              <Suspense fallback={<p role="status">{t('Đang mở…')}</p>}>
                <SyncScreen />
              </Suspense>
            </Match>
            <Match when={currentRoute().name === 'reports'}>
              <Suspense fallback={<p role="status">{t('Đang mở…')}</p>}>
                <ReportsScreen />
              </Suspense>
            </Match>
            <Match when={currentRoute().name === 'supervisor'}>
              <Suspense fallback={<p role="status">{t('Đang mở…')}</p>}>
                <SupervisorScreen />
              </Suspense>
            </Match>
          </Switch>
        </main>
        <nav class="tab-bar" aria-label={t('Chức năng chính')}>
          {TABS.map((tab) => (
            <a
              href={pathOf({ name: tab.route })}
              aria-current={currentRoute().name === tab.route ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(tab.route);
              }}
            >
              {tab.label()}
            </a>
          ))}
        </nav>
      </QueryClientProvider>
    </ServicesContext.Provider>
  );
}

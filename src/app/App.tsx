import { lazy, Match, Suspense, Switch } from 'solid-js';
import { InstallOffer } from '../features/install/InstallOffer.tsx';
import { ReceiveScreen } from '../features/receive/ReceiveScreen.tsx';
import { SyncStatusBar } from '../features/sync-status/SyncStatusBar.tsx';
import { StorageNotices } from '../features/storage/StorageNotices.tsx';
import { TodayScreen } from '../features/today/TodayScreen.tsx';
import { t, tc } from '../ui/i18n/t.ts';
import { currentRoute, navigate, pathOf, type RouteName } from './router.ts';
import { ServicesContext, type Services } from './services.ts';
import { UpdateBanner } from './UpdateBanner.tsx';

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
// Server state (@tanstack/solid-query) loads with the screens that use it, not with the desk.
const QueryScope = lazy(() => import('./QueryScope.tsx').then((m) => ({ default: m.QueryScope })));
const SyncScreen = lazy(() => import('../features/sync/SyncScreen.tsx').then((m) => ({ default: m.SyncScreen })));

/** The app shell: header with sync status, the current screen, and the bottom tab bar. */
export function App(props: { services: Services; updateReady: () => (() => void) | null }) {
  return (
    <ServicesContext.Provider value={props.services}>
      <header class="app-header">
        <p class="app-name">{t('Sổ Một Cửa')}</p>
        <SyncStatusBar />
      </header>
      <StorageNotices />
      <UpdateBanner updateReady={props.updateReady} />
      <InstallOffer />
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
                <QueryScope>
                  <DossierScreen id={id()} />
                </QueryScope>
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
              <QueryScope>
                <SyncScreen />
              </QueryScope>
            </Suspense>
          </Match>
          <Match when={currentRoute().name === 'reports'}>
            <Suspense fallback={<p role="status">{t('Đang mở…')}</p>}>
              <ReportsScreen />
            </Suspense>
          </Match>
          <Match when={currentRoute().name === 'supervisor'}>
            <Suspense fallback={<p role="status">{t('Đang mở…')}</p>}>
              <QueryScope>
                <SupervisorScreen />
              </QueryScope>
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
    </ServicesContext.Provider>
  );
}

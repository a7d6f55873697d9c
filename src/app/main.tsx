import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { captureInstallPrompt } from '../features/install/installPrompt.ts';
import { localeReady } from '../ui/i18n/locale.ts';
import { App } from './App.tsx';
import { registerServiceWorker } from './serviceWorkerRegistration.ts';
import { createServices } from './services.ts';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('#app is missing from index.html');

const [updateReady, setUpdateReady] = createSignal<(() => void) | null>(null);
registerServiceWorker((activate) => setUpdateReady(() => activate));
captureInstallPrompt();
// English (remembered from the last visit) paints in English at once; Vietnamese waits for nothing.
void localeReady().then(() => render(() => <App services={createServices()} updateReady={updateReady} />, root));

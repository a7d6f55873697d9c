import { lazy, Show, Suspense } from 'solid-js';
import { appInstalled, promptAvailable } from './installPrompt.ts';

// Loaded only on a browser that offers installation: the first visit stays small.
const InstallOfferCard = lazy(() => import('./InstallOfferCard.tsx').then((m) => ({ default: m.OfferAfterThirdDossier })));

/**
 * The one unprompted install offer: on Chromium, once the officer has saved a third dossier,
 * never inside the installed app, and quiet for 30 days after "Để sau". The count is only
 * watched while the browser actually offers installation.
 */
export function InstallOffer() {
  return (
    <Show when={promptAvailable() && !appInstalled()}>
      <Suspense>
        <InstallOfferCard />
      </Suspense>
    </Show>
  );
}

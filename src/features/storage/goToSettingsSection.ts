import { navigate } from '../../app/router.ts';

/** Opens "Cài đặt" and brings one of its cards (by heading id) into view once the lazy screen has drawn it. */
export function goToSettingsSection(headingId: string): void {
  navigate('settings');
  let tries = 0;
  const reveal = () => {
    const heading = document.getElementById(headingId);
    if (heading) heading.scrollIntoView({ block: 'start' });
    else if (++tries < 40) setTimeout(reveal, 50);
  };
  reveal();
}

import { HomeScreen } from '../features/home/HomeScreen';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { PrivacyNotice } from './PrivacyNotice';
import { LiveAnnouncer } from './LiveAnnouncer';
import { AppFooter } from './AppFooter';
import { useRoute } from './route';

export function App() {
  const route = useRoute();
  return (
    <>
      <a className="skip-link" href="#main">Skip to main content</a>
      <header className="app-header">
        <a className="app-name" href="#/">Small Changes Studio</a>
      </header>
      <PrivacyNotice />
      <main id="main" tabIndex={-1}>
        {route.name === 'workshop'
          ? <WorkshopScreen key={route.id} workshopId={route.id} view={route.view} />
          : <HomeScreen />}
      </main>
      <AppFooter />
      <LiveAnnouncer />
    </>
  );
}

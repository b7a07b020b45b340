import { AppBridge } from '../features/files/AppBridge';
import { HomeScreen } from '../features/home/HomeScreen';
import { JoinScreen } from '../features/join/JoinScreen';
import { RoomLink } from '../features/room/RoomLink';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { PrivacyNotice } from './PrivacyNotice';
import { RefusalNotice } from './RefusalNotice';
import { LiveAnnouncer } from './LiveAnnouncer';
import { AppFooter } from './AppFooter';
import { SETTINGS_HREF, joinHref, useRoute } from './route';

export function App() {
  const route = useRoute();
  return (
    <>
      <a className="skip-link" href="#main">Skip to main content</a>
      <header className="app-header">
        <a className="app-name" href="#/">Small Changes Studio</a>
        <a className="app-header-link" href={joinHref()}>Join a room</a>
        <a className="app-header-link" href={SETTINGS_HREF}>Settings</a>
      </header>
      <PrivacyNotice />
      <main id="main" tabIndex={-1}>
        <AppBridge />
        {route.name === 'workshop' && <RoomLink key={route.id} workshopId={route.id} />}
        {route.name === 'workshop'
          ? <WorkshopScreen key={route.id} workshopId={route.id} view={route.view} />
          : route.name === 'settings' ? <SettingsScreen />
          : route.name === 'join' ? <JoinScreen key={`${route.room}\n${route.secret}`} room={route.room} secret={route.secret} />
          : <HomeScreen />}
      </main>
      <AppFooter />
      <RefusalNotice />
      <LiveAnnouncer />
    </>
  );
}

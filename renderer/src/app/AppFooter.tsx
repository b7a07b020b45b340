import { useEffect, useState } from 'react';
import { appVersion } from '../ipc/client';

/** The version, asked through the IPC contract (the preload in the app, the build in a browser). */
export function AppFooter() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void appVersion().then((info) => live && info && setVersion(`${info.name} ${info.version}`));
    return () => {
      live = false;
    };
  }, []);
  return <footer className="app-footer">{version ?? 'Small Changes Studio'}</footer>;
}

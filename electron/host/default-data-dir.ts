import { join } from 'node:path';

const FOLDER = 'small-changes-studio';

/** Per-user folder for saved workshops, following each platform's custom. */
export function defaultDataDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
  home: string,
): string {
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, FOLDER);
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? env.APPDATA ?? join(home, 'AppData', 'Local'), FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', FOLDER);
  return join(home, '.local', 'share', FOLDER);
}

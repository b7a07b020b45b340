import path from 'node:path';
import { WORKSHOP_FILE_EXTENSION } from '../../../shared/file/workshop-file';

// A double-clicked workshop file reaches the app as a command-line argument
// on Windows and Linux (at launch, or in a second launch's argv that the
// single-instance lock hands to the first), and as an `open-file` event on
// macOS. Everything else on the command line (Chromium switches, the app
// path in development) is ignored.

export function isWorkshopFilePath(file: string): boolean {
  return path.extname(file).toLowerCase() === WORKSHOP_FILE_EXTENSION;
}

/** The last workshop file named on a command line, made absolute; null when there is none. */
export function workshopFileInArgv(
  argv: readonly string[],
  cwd: string,
  paths: Pick<path.PlatformPath, 'isAbsolute' | 'resolve'> = path,
): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-') || !isWorkshopFilePath(arg)) continue;
    return paths.isAbsolute(arg) ? arg : paths.resolve(cwd, arg);
  }
  return null;
}

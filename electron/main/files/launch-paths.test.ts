import { join, resolve, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWorkshopFilePath, workshopFileInArgv } from './launch-paths';

describe('workshopFileInArgv', () => {
  it('finds a double-clicked file (Windows passes it after the executable)', () => {
    expect(workshopFileInArgv(['C:\\Apps\\Studio.exe', 'C:\\Users\\sam\\Session.smallchanges'], 'C:\\', win32)).toBe(
      'C:\\Users\\sam\\Session.smallchanges',
    );
  });

  it('skips Chromium switches, the app path in development and other files', () => {
    const argv = ['/usr/lib/electron', '.', '--no-sandbox', '--allow-file-access-from-files', '/tmp/notes.txt', '/home/sam/W.SmallChanges'];
    expect(workshopFileInArgv(argv, '/')).toBe('/home/sam/W.SmallChanges');
    expect(workshopFileInArgv(['/app', '--flag=x.smallchanges'], '/')).toBe(null);
    expect(workshopFileInArgv(['/app'], '/')).toBe(null);
  });

  it("resolves a relative path against the launching shell's folder", () => {
    expect(workshopFileInArgv(['/app', 'w.smallchanges'], '/home/sam')).toBe(resolve('/home/sam', 'w.smallchanges'));
  });

  it('never takes argv[0] (the executable) for a file', () => {
    expect(workshopFileInArgv([join('/x', 'a.smallchanges')], '/')).toBe(null);
  });
});

describe('isWorkshopFilePath', () => {
  it('goes by the extension, in any case', () => {
    expect(isWorkshopFilePath('/a/b.smallchanges')).toBe(true);
    expect(isWorkshopFilePath('/a/b.SMALLCHANGES')).toBe(true);
    expect(isWorkshopFilePath('/a/b.smallchanges.saving-1-ab')).toBe(false);
    expect(isWorkshopFilePath('/a/smallchanges')).toBe(false);
  });
});

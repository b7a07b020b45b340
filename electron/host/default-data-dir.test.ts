import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './default-data-dir';

describe('defaultDataDir', () => {
  it('follows XDG_DATA_HOME when it is set', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/x/data' }, 'linux', '/home/a')).toBe(join('/x/data', 'small-changes-studio'));
  });

  it('uses each platform\'s per-user folder otherwise', () => {
    expect(defaultDataDir({}, 'linux', '/home/a')).toBe(join('/home/a', '.local', 'share', 'small-changes-studio'));
    expect(defaultDataDir({}, 'darwin', '/Users/a')).toBe(
      join('/Users/a', 'Library', 'Application Support', 'small-changes-studio'),
    );
    expect(defaultDataDir({ LOCALAPPDATA: 'C:/Users/a/AppData/Local' }, 'win32', 'C:/Users/a')).toBe(
      join('C:/Users/a/AppData/Local', 'small-changes-studio'),
    );
  });
});

import * as fs from 'node:fs/promises';

// The few fs calls the file code makes, passed in so tests can make any one
// of them fail the way a locked, read-only or full disk does.
export interface FileOps {
  open: typeof fs.open;
  readFile: typeof fs.readFile;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
  readdir: (path: string) => Promise<string[]>;
  stat: typeof fs.stat;
}

export const nodeFileOps: FileOps = {
  open: fs.open,
  readFile: fs.readFile,
  rename: fs.rename,
  unlink: fs.unlink,
  readdir: (path) => fs.readdir(path),
  stat: fs.stat,
};

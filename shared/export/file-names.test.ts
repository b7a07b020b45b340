import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-names';
import { exportFileName as contractName } from '../ipc/contract';

describe('exportFileName', () => {
  it('names the file after the workshop and what it holds', () => {
    expect(exportFileName('Time with families', 'blueprint', 'docx')).toBe('Time with families - blueprint.docx');
  });

  it('removes folders and characters file systems refuse, so main accepts the name', () => {
    for (const title of ['a/b\\c', 'What? "Now": <yes>|*', '...hidden', '', '\u0007bell', 'x'.repeat(400)]) {
      const name = exportFileName(title, 'blockers', 'csv');
      expect(contractName.safeParse(name).success, name).toBe(true);
      expect(name.endsWith('.csv')).toBe(true);
    }
  });
});

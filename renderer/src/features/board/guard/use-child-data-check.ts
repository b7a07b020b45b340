import { useMemo } from 'react';
import { findPersonalData, type Finding } from '../../../../../shared/guard';

/** What in `text` looks like a child's or family's personal data. Cheap enough for every keystroke. */
export function useChildDataCheck(text: string): Finding[] {
  return useMemo(() => findPersonalData(text), [text]);
}

import { useMemo } from 'react';
import { boardCategories, type BoardCategory } from '../../../../../shared/board/categories';
import { useWorkshopStore } from '../../../store/workshop-store';

const NONE = {};

/** The workshop's categories (seeded, reworded, added), rebuilt only when they change. */
export function useBoardCategories(): BoardCategory[] {
  const records = useWorkshopStore((s) => s.snapshot?.categories ?? NONE);
  return useMemo(() => boardCategories(records), [records]);
}

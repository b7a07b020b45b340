import { useMemo } from 'react';
import { exportModel, type ExportModel } from '../../../../shared/export/model';
import { useWorkshopStore } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';

/** The open workshop's export model, rebuilt when the workshop changes; null until it has loaded. */
export function useExportModel(): ExportModel | null {
  const snapshot = useWorkshopStore((state) => state.snapshot);
  return useMemo(() => {
    if (!snapshot || !snapshot.meta.title) return null;
    return exportModel(snapshot, currentSession()?.doc);
  }, [snapshot]);
}

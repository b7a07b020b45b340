import type { WorkshopMeta } from '../../../../shared/doc/types';
import { SyncIndicator } from './SyncIndicator';

export function BoardHeader({ meta }: { meta: WorkshopMeta }) {
  return (
    <div className="board-header">
      <div>
        <h1>{meta.title}</h1>
        <p className="hint">{meta.localAuthority}{meta.date ? ` · ${meta.date}` : ''}</p>
      </div>
      <SyncIndicator />
    </div>
  );
}

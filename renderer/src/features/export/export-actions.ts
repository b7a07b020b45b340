import { updateMeta } from '../../../../shared/doc/ops';
import type { Action } from '../../actions/action';

/** The workshop's choice to show people's names in exports (never when notes are anonymous). */
export const showNamesInExportsAction: Action<boolean> = {
  id: 'export.showNames',
  label: 'Show people\'s names in exports',
  perform(session, show) {
    session.write((doc) => updateMeta(doc, { namesInExports: show }));
  },
};

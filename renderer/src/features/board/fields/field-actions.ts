import {
  addCategory, deleteCategory, recolourCategory, renameCategory, updateBlockers, type BlockerPatch,
} from '../../../../../shared/doc/ops';
import type { Action } from '../../../actions/action';
import { requireMay, requireMayChangeNotes } from '../../../actions/may-change-notes';

export const updateFieldsAction: Action<{ ids: readonly string[]; patch: BlockerPatch }> = {
  id: 'blocker.update-fields',
  label: 'Save the note\'s details',
  // Several notes at once (a multi-selection) is one transaction: one undo step.
  perform: (session, { ids, patch }) => {
    requireMayChangeNotes(ids);
    session.write((doc) => updateBlockers(doc, ids, patch));
  },
};

export const addCategoryAction: Action<{ name: string; colour: string }> = {
  id: 'category.add',
  label: 'Add category',
  perform: (session, input) => {
    requireMay('editThemes');
    session.write((doc) => addCategory(doc, input));
  },
};

export const renameCategoryAction: Action<{ id: string; name: string }> = {
  id: 'category.rename',
  label: 'Rename category',
  perform: (session, { id, name }) => {
    requireMay('editThemes');
    session.write((doc) => renameCategory(doc, id, name));
  },
};

export const recolourCategoryAction: Action<{ id: string; colour: string }> = {
  id: 'category.recolour',
  label: 'Change colour',
  perform: (session, { id, colour }) => {
    requireMay('editThemes');
    session.write((doc) => recolourCategory(doc, id, colour));
  },
};

export const removeCategoryAction: Action<{ id: string }> = {
  id: 'category.remove',
  label: 'Remove category',
  perform: (session, { id }) => {
    requireMay('editThemes');
    session.write((doc) => deleteCategory(doc, id));
  },
};

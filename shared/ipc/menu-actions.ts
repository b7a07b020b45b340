// What a menu item asks the page to do. The page runs the same action its own
// buttons run (renderer/src/actions/), so a menu and a button never disagree.
export const MENU_ACTIONS = [
  'file.new',
  'file.open',
  'file.import',
  'file.save',
  'file.saveAs',
  'edit.undo',
  'edit.redo',
  'app.settings',
  'app.about',
] as const;

export type MenuActionId = (typeof MENU_ACTIONS)[number];

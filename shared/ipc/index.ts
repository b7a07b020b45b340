export * from './channels';
export * from './contract';
export * from './envelope';
export * from './validate';
export * from './menu-actions';
export * from './preferences';

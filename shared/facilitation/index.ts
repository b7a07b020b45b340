// Facilitation: the agenda and its phases, permissions, the shared timer,
// follow me, the board lock, roles, templates, the temperature check and the
// programme of sessions.
export * from './stages.js';
export * from './agenda.js';
export * from './permissions.js';
export * from './agenda-ops.js';
export * from './room-ops.js';
export * from './clock.js';
export * from './templates.js';
export * from './template-ops.js';
export * from './survey.js';
export * from './programme.js';
export { actingParticipant, requireCan } from './actor.js';

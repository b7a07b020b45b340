// Every writer of the workshop document. Each op checks its input first (an
// OpError changes nothing), then writes in one transaction with LOCAL_ORIGIN.
export { OpError } from './op-error.js';
export { LOCAL_ORIGIN } from '../origin.js';
export * from './meta.js';
export * from './participants.js';
export * from './blockers.js';
export * from './themes.js';
export * from './ideas.js';
export * from './rounds.js';
export * from './sections.js';
export * from './categories.js';
export * from './duplicates.js';
export * from './publish.js';
export * from './consent.js';
// The local blueprint.
export * from './decisions.js';
export * from './support-teams.js';
export * from './team-design.js';
export * from './tracked-changes.js';
export * from './evidence.js';
export * from './impact.js';
export * from './blueprint-seed.js';

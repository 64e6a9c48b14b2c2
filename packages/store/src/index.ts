export type { EffortOverride, StakeholderPreference, Store, UserKey } from './types.js';
export { StoreError, type StoreErrorCode } from './errors.js';
export { openStore } from './open-store.js';

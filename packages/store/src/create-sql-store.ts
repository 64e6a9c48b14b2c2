import { createAccountRepo } from './account.js';
import type { SqlDriver } from './driver/sql-driver.js';
import { createDraftsRepo } from './repos/create-drafts-repo.js';
import { createEffortsRepo } from './repos/create-efforts-repo.js';
import { createItemMarksRepo } from './repos/create-item-marks-repo.js';
import { createJobsRepo } from './repos/create-jobs-repo.js';
import { createPreferencesRepo } from './repos/create-preferences-repo.js';
import { createSchedulesRepo } from './repos/create-schedules-repo.js';
import { createSuggestionsRepo } from './repos/create-suggestions-repo.js';
import { createSyncRepo } from './repos/create-sync-repo.js';
import { createTokenCacheRepo } from './repos/create-token-cache-repo.js';
import { createUserSettingsRepo } from './repos/create-user-settings-repo.js';
import { createUsersRepo } from './repos/create-users-repo.js';
import type { Store } from './types.js';

/** The Store on any SqlDriver: one repository per aggregate, one set of portable SQL for SQLite and PostgreSQL. */
export function createSqlStore(driver: SqlDriver): Store {
  const preferences = createPreferencesRepo(driver);
  const efforts = createEffortsRepo(driver);
  const users = createUsersRepo(driver);
  const sync = createSyncRepo(driver);
  const account = createAccountRepo(driver);
  return {
    preferences,
    efforts,
    users,
    sync,
    suggestions: createSuggestionsRepo(driver),
    drafts: createDraftsRepo(driver),
    schedules: createSchedulesRepo(driver),
    jobs: createJobsRepo(driver),
    tokenCache: createTokenCacheRepo(driver),
    itemMarks: createItemMarksRepo(driver),
    settings: createUserSettingsRepo(driver),
    account,
    close: () => driver.close(),
  };
}

export { buildApp, type AppDeps } from './app.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export { fixedClock, systemClock } from './clock.js';
export { createServices, type Services, type ServicesDeps } from './services.js';
export { appOnly, onBehalfOf, type GraphTokenSource } from './services/graph-token-source.js';
export type { AssessedWorld, LoadAssessedWorld, LoadAssessedWorldOptions } from './services/load-assessed-world.js';

export { buildApp, type AppDeps } from './app.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export { fixedClock, systemClock } from './clock.js';

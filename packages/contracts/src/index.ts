export * from './risks.js';
export * from './problem.js';
export * from './demo.js';
export * from './preferences.js';
export * from './settings.js';
export * from './suggestions.js';
export * from './meetings.js';
export * from './outlook.js';

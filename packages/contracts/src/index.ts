export * from './risks.js';
export * from './problem.js';
export * from './demo.js';
export * from './preferences.js';

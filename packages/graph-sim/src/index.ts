export { startGraphSimulator, type SimulatorOptions, type RunningSimulator } from './start-graph-simulator.js';
export { ensureCertificates, type SimulatorCertificates } from './ensure-certificates.js';
export { DEMO_TENANT_ID, DEMO_APP_CLIENT_ID, DEMO_APP_CLIENT_SECRET, TEAMS_CLIENT_ID, GRAPH_EXPLORER_CLIENT_ID, OUTLOOK_CLIENT_ID, APP_DELEGATED_SCOPES, APP_APPLICATION_ROLES, DEMO_GRAPH_TOKEN_SCOPES } from './constants.js';
export type { FaultConfig, FaultKind, FaultRule, ThrottleBudget } from './faults/fault-config.js';
export { generateDemoWorld, type DemoWorldOptions } from './demo-org/generate-demo-world.js';
export type { SimWorld, ScenarioNote } from './state/types.js';

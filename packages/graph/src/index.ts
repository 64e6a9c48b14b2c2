export { createTrustingFetch } from './create-trusting-fetch.js';
export { createOboTokenProvider } from './create-obo-token-provider.js';
export type { OboTokenProvider, OboTokenProviderOptions } from './create-obo-token-provider.js';
export { createGraphGateway } from './create-graph-gateway.js';
export type { GraphGateway, GraphGatewayOptions, LoadWorldRequest, LoadWorldResult, WorldSync } from './create-graph-gateway.js';
export { AuthError, GraphError, GraphMappingError, graphErrorFrom, parseRetryAfterSeconds } from './errors.js';
export type { AuthErrorCode, GraphArea, GraphErrorCode } from './errors.js';

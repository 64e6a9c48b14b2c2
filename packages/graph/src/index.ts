export { createTrustingFetch } from './session/create-trusting-fetch.js';
export { createOboTokenProvider } from './session/create-obo-token-provider.js';
export type { OboTokenProvider, OboTokenProviderOptions } from './session/create-obo-token-provider.js';
export { createAppTokenProvider } from './session/create-app-token-provider.js';
export type { AppTokenProvider, AppTokenProviderOptions } from './session/create-app-token-provider.js';
export { resolveGraphAccess, toUserPath } from './session/graph-access.js';
export type { GraphAccess, GraphTokenSource, GraphUserAddress } from './session/graph-access.js';
export { createGraphGateway } from './world/create-graph-gateway.js';
export type {
  CreateDraftRequest,
  FindDraftRequest,
  GraphGateway,
  GraphGatewayOptions,
  LoadWorldRequest,
  LoadWorldResult,
  WorldSync,
} from './world/create-graph-gateway.js';
export { DEFERRED_SEND_PROPERTY_ID, DRAFT_KEY_PROPERTY_ID } from './mail/create-draft-once.js';
export type { DraftContent, DraftOutcome, DraftRecipient, FoundDraft } from './mail/create-draft-once.js';
export { AuthError, GraphError, GraphMappingError, graphErrorFrom, parseRetryAfterSeconds } from './errors.js';
export type { AuthErrorCode, GraphArea, GraphErrorCode } from './errors.js';
export { createMeetingFinder, toJoinUrlKey } from './meetings/find-meeting-by-chat.js';
export type { FindMeetingByChatRequest, MeetingByChat, MeetingFinder, MeetingFinderOptions } from './meetings/find-meeting-by-chat.js';

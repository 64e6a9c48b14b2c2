import { Type, type Static } from 'typebox';

/** What the tab's demo sign-in needs to know about the server's identity setup (outside Teams). */
export const AuthConfigSchema = Type.Object({
  /** Where a browser outside Teams can get a demo SSO token; absent in production. */
  demoTokenUrl: Type.Optional(Type.String()),
  demoUsersUrl: Type.Optional(Type.String()),
  /** Where the consent pop-up (`/auth-start.html`) sends the person to grant Upfront its Graph permissions. */
  consent: Type.Optional(
    Type.Object({
      /** The identity provider's authorize endpoint (Entra's, or the simulator's in the demo). */
      authorizeUrl: Type.String(),
      /** Upfront's app registration (the `client_id` of the authorize request). */
      clientId: Type.String(),
      /** The permissions asked for, space-separated. */
      scope: Type.String(),
    }),
  ),
});
export type AuthConfig = Static<typeof AuthConfigSchema>;

export const DemoUserSchema = Type.Object({
  userPrincipalName: Type.String(),
  displayName: Type.String(),
  jobTitle: Type.Optional(Type.String()),
  city: Type.Optional(Type.String()),
  timeZone: Type.String(),
});
export type DemoUser = Static<typeof DemoUserSchema>;

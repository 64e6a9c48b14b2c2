import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { WorkSettingsResponseSchema, WorkSettingsSchema } from '@upfront/contracts';
import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { UserSettingsService } from '../services/user-settings.js';

/**
 * Validates a body exactly as its schema says, without the coercion Fastify's Ajv applies by default
 * (`coerceTypes: 'array'` would read `"3"` as 3 and `true` as 1): a preference that arrives as text is refused,
 * with the failing field named. The errors keep Ajv's shape, so the one error handler words them as for any route.
 */
export const exactBody: FastifySchemaCompiler<TSchema> = ({ schema }) => (data) => {
  const errors = Value.Errors(schema, data);
  if (errors.length === 0) return { value: data };
  const first = errors.find((e) => e.keyword !== 'boolean') ?? errors[0];
  const path = first?.instancePath ?? '';
  const unknown = first?.keyword === 'additionalProperties' ? ` (${(first.params as { additionalProperties?: string[] }).additionalProperties?.map((p) => `'${p}'`).join(', ') ?? ''})` : '';
  const error = Object.assign(new Error(`body${path} ${first?.message ?? 'is not valid'}${unknown}`), {
    validation: errors.map((e) => ({ keyword: e.keyword, instancePath: e.instancePath, schemaPath: e.schemaPath, params: {}, message: e.message })),
    validationContext: 'body',
  });
  return { error };
};

/** The user's working preferences and suggestion kinds: read with their defaults, saved, or reset to the defaults. */
export const settingsRoutes: FastifyPluginAsyncTypebox<{ userSettings: UserSettingsService }> = async (app, { userSettings }) => {
  const keyOf = (req: { user: { tenantId: string; userId: string } }) => ({ tenantId: req.user.tenantId, userId: req.user.userId });

  app.get('/settings/work', { schema: { response: { 200: WorkSettingsResponseSchema } } }, async (req) => userSettings.get(keyOf(req)));

  app.put('/settings/work', { schema: { body: WorkSettingsSchema, response: { 200: WorkSettingsResponseSchema } }, validatorCompiler: exactBody }, async (req) =>
    userSettings.put(keyOf(req), req.body),
  );

  app.delete('/settings/work', { schema: { response: { 200: WorkSettingsResponseSchema } } }, async (req) => userSettings.reset(keyOf(req)));
};

/** The (tenant_id, user_id) parameters of a user key, always `$1` and `$2`. */
export const whoOf = (key: { readonly tenantId: string; readonly userId: string }) => [key.tenantId, key.userId] as const;

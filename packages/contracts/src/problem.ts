import { Type, type Static } from 'typebox';

/** RFC 9457 problem details, as every API error is sent (`application/problem+json`). */
export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.String(),
});
export type Problem = Static<typeof ProblemSchema>;

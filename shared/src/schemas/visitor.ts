import * as z from 'zod';

/** POST /public/visitor-session: a `wx.login` code, exchanged once for a visitor token. */
export const VisitorSessionRequestSchema = z.object({ code: z.string().min(1).max(128) }).strict();
export type VisitorSessionRequest = z.infer<typeof VisitorSessionRequestSchema>;

export const VisitorSessionSchema = z.object({
  /** Signed; stands for the person (a keyed hash of the openid) in beacon batches. */
  visitorToken: z.string(),
  expiresAt: z.string(),
});
export type VisitorSession = z.infer<typeof VisitorSessionSchema>;

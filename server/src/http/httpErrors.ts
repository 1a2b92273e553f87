import type { Response } from 'express';
import type { ErrorBody, ErrorReason } from '@rembuk/shared';
import type { z } from 'zod';

export function sendError(res: Response, status: number, reason: ErrorReason, message: string, issues?: string[]): void {
  const body: ErrorBody = { error: { reason, message, ...(issues ? { issues } : {}) } };
  res.status(status).json(body);
}

/** Parse with a zod schema; on failure answer 400 with every issue and return null. */
export function parseOr400<Schema extends z.ZodType>(
  res: Response,
  schema: Schema,
  input: unknown,
  reason: 'invalid_body' | 'invalid_query',
): z.infer<Schema> | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  sendError(res, 400, reason, reason === 'invalid_body' ? 'The request body is not valid.' : 'The query is not valid.', issues);
  return null;
}

/** The bearer token of a request, if any. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}

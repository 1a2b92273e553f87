import { z } from 'zod';
import { ERROR_REASONS } from '../errorReasons.js';

/**
 * The body of every REST error reply. Its own module: the error reasons are read by every phone, and zod should
 * reach a phone's bundle only where a page validates something.
 */
export const ErrorBody = z.object({
  error: z.object({ reason: z.enum(ERROR_REASONS), message: z.string(), issues: z.array(z.string()).optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

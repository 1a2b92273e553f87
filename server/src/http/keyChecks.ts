import type { Request, Response } from 'express';
import type { Denial } from '../auth/authorize.js';
import { sendError } from './httpErrors.js';
import type { RequestLimiter } from '../net/RequestLimiter.js';

/**
 * What every key-checking route does before and after asking who the caller is: spend one try from the caller's
 * address (slowing down guessing) and turn a refusal into its HTTP answer.
 */
export async function takeLookup(limiter: RequestLimiter, req: Request, res: Response): Promise<boolean> {
  if (await limiter.takeEverywhere(req)) return true;
  res.setHeader('Retry-After', '5');
  sendError(res, 429, 'rate_limited', 'Too many requests; try again in a few seconds.');
  return false;
}

export function sendDenial(res: Response, denial: Denial): void {
  switch (denial) {
    case 'unauthorized':
      sendError(res, 401, 'unauthorized', 'A valid organizer key is required (Authorization: Bearer <key>).');
      return;
    case 'forbidden':
      sendError(res, 403, 'forbidden', 'This key does not allow that.');
      return;
    case 'notFound':
      sendError(res, 404, 'not_found', 'No such event.');
      return;
  }
}

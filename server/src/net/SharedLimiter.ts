/**
 * A rate limit shared by every node (several nodes: issue 13). `take` resolves false when the key is over its
 * budget and rejects when the shared store cannot be asked (the request then fails rather than going unlimited).
 */
export interface SharedLimiter {
  take(key: string): Promise<boolean>;
}

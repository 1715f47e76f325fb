// Failed authentication, limited per client: after `max` failures within `windowMs`, a client's
// requests carrying a token are refused with TOO_MANY_REQUESTS (HTTP 429) until the window has
// passed, so that keys cannot be guessed at speed. The count is per API process (a bounded LRU of
// clients): behind a load balancer each process counts its own share, which still bounds guessing
// to `max` per window per process; a shared limit belongs in the proxy.
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';

export interface FailedAuthLimit {
  /** Failures allowed per client within the window (AUTH_FAILURES_PER_MINUTE). */
  max: number;
  windowMs: number;
}

export class FailedAuthLimiter {
  private readonly failures: LRUCache<string, number[]>;

  constructor(private readonly limit: FailedAuthLimit) {
    this.failures = new LRUCache({ max: 10_000, ttl: limit.windowMs });
  }

  private recent(client: string, now: number): number[] {
    return (this.failures.get(client) ?? []).filter((t) => now - t < this.limit.windowMs);
  }

  /** Throws TOO_MANY_REQUESTS when the client has failed too often lately. */
  check(client: string, now = Date.now()): void {
    const recent = this.recent(client, now);
    if (recent.length >= this.limit.max) {
      const retryAfter = Math.ceil((this.limit.windowMs - (now - recent[0]!)) / 1000);
      throw new GraphQLError(`Too many failed authentications from this client; try again in ${retryAfter} s.`, {
        extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: retryAfter, http: { status: 429 } },
      });
    }
  }

  failed(client: string, now = Date.now()): void {
    this.failures.set(client, [...this.recent(client, now), now]);
  }
}

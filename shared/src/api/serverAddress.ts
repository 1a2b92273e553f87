import { z } from 'zod';

/**
 * `GET /api/server`: where phones reach this server. Every printed or projected link uses `publicUrl`, whatever
 * address the organizer's own browser used (a laptop's `localhost` is no address for a phone).
 */
export const ServerAddress = z
  .object({
    /**
     * The address links are made of: `REMBUK_PUBLIC_URL` when set, else the first of `lanUrls`; null when neither
     * exists (the server listens on loopback only, or the machine has no network).
     */
    publicUrl: z.url({ protocol: /^https?$/ }).nullable(),
    /** True when `publicUrl` is `REMBUK_PUBLIC_URL`, false when it was guessed from the network interfaces. */
    publicUrlConfigured: z.boolean(),
    /** `http://<IPv4>:<port>` for each LAN address this server listens on (no loopback, no link-local). */
    lanUrls: z.array(z.url({ protocol: /^https?$/ })),
  })
  .strict();
export type ServerAddress = z.infer<typeof ServerAddress>;

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
    publicUrl: z.url({ protocol: /^https?$/ }).nullable().meta({
      description: 'The origin every link, QR code and join screen uses: REMBUK_PUBLIC_URL, else the first LAN URL; null when the server has neither.',
      example: 'http://192.168.1.20:3000',
    }),
    /** True when `publicUrl` is `REMBUK_PUBLIC_URL`, false when it was guessed from the network interfaces. */
    publicUrlConfigured: z.boolean().meta({ description: 'True when publicUrl is REMBUK_PUBLIC_URL.' }),
    /** `http://<IPv4>:<port>` for each LAN address this server listens on (no loopback, no link-local). */
    lanUrls: z.array(z.url({ protocol: /^https?$/ })).meta({
      description: 'http://<IPv4>:<port> for each LAN address the server listens on: no loopback, no link-local, container bridges last.',
    }),
  })
  .strict();
export type ServerAddress = z.infer<typeof ServerAddress>;

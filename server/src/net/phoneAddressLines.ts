import type { ServerAddress } from '@rembuk/shared';

/**
 * What the start-up log says about reaching the server from a phone: the organizer reads it on the laptop that
 * runs Rembuk, where `localhost` works but is the one address no phone can use.
 */
export function phoneAddressLines(address: ServerAddress): string[] {
  if (address.publicUrl === null) {
    return [
      'No LAN address: phones cannot reach this server. Connect this machine to the venue wifi (and keep HOST at 0.0.0.0), or set REMBUK_PUBLIC_URL.',
    ];
  }
  const others = address.lanUrls.filter((url) => url !== address.publicUrl);
  return [
    `Phones join at ${address.publicUrl}${address.publicUrlConfigured ? ' (REMBUK_PUBLIC_URL)' : ''}`,
    ...(others.length > 0 ? [`Also reachable at ${others.join(', ')}`] : []),
  ];
}

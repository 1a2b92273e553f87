import { describe, expect, it } from 'vitest';
import { phoneAddressLines } from './phoneAddressLines.js';

describe('the start-up lines about phones', () => {
  it('names the LAN address phones join at, then the others', () => {
    expect(phoneAddressLines({ publicUrl: 'http://192.168.1.20:3000', publicUrlConfigured: false, lanUrls: ['http://192.168.1.20:3000', 'http://10.0.0.7:3000'] })).toEqual([
      'Phones join at http://192.168.1.20:3000',
      'Also reachable at http://10.0.0.7:3000',
    ]);
  });

  it('names REMBUK_PUBLIC_URL when it is set', () => {
    expect(phoneAddressLines({ publicUrl: 'https://rembuk.example.org', publicUrlConfigured: true, lanUrls: [] })).toEqual([
      'Phones join at https://rembuk.example.org (REMBUK_PUBLIC_URL)',
    ]);
  });

  it('says so when no phone can reach the server', () => {
    expect(phoneAddressLines({ publicUrl: null, publicUrlConfigured: false, lanUrls: [] })[0]).toMatch(/^No LAN address: phones cannot reach this server/);
  });
});

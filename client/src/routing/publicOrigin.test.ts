import { describe, expect, it } from 'vitest';
import { publicOrigin } from './publicOrigin.js';

const LAN = ['http://192.168.1.20:3000', 'http://172.17.0.1:3000'];

describe('the origin links are made of', () => {
  it('is REMBUK_PUBLIC_URL when configured, whatever address the browser used', () => {
    const server = { publicUrl: 'https://rembuk.example.org', publicUrlConfigured: true, lanUrls: LAN };
    expect(publicOrigin(server, 'http://localhost:3000')).toBe('https://rembuk.example.org');
    expect(publicOrigin(server, 'http://192.168.1.20:3000')).toBe('https://rembuk.example.org');
  });

  it('is the first LAN address for a page opened on localhost', () => {
    const server = { publicUrl: LAN[0] ?? null, publicUrlConfigured: false, lanUrls: LAN };
    expect(publicOrigin(server, 'http://localhost:3000')).toBe('http://192.168.1.20:3000');
    expect(publicOrigin(server, 'http://127.0.0.1:3000')).toBe('http://192.168.1.20:3000');
  });

  it('keeps the LAN address the organizer reached the page on', () => {
    const server = { publicUrl: LAN[0] ?? null, publicUrlConfigured: false, lanUrls: LAN };
    expect(publicOrigin(server, 'http://172.17.0.1:3000')).toBe('http://172.17.0.1:3000');
  });

  it('falls back to the page’s own origin when the server knows no address', () => {
    expect(publicOrigin({ publicUrl: null, publicUrlConfigured: false, lanUrls: [] }, 'http://localhost:3000')).toBe('http://localhost:3000');
    expect(publicOrigin(null, 'http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
  });
});

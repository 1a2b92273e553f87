import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet } from '../support/rawHttp.js';
import { createTestEvent, startTestServer, type TestServer } from '../support/testServer.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the built client over the wire', () => {
  let server: TestServer;
  let entry: string;
  let identity: Buffer;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    const page = (await rawGet(`${server.url}/`)).body.toString('utf8');
    const src = /<script type="module"[^>]*src="(\/assets\/index-[^"]+\.js)"/.exec(page)?.[1];
    if (!src) throw new Error(`index.html names no entry script:\n${page}`);
    entry = src;
    identity = (await rawGet(`${server.url}${entry}`)).body;
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends the JS entry as brotli to a browser that accepts gzip and br', async () => {
    const response = await rawGet(`${server.url}${entry}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(identity.length / 3);
    expect(brotliDecompressSync(response.body).equals(identity)).toBe(true);
  });

  it('sends gzip to a client that asks only for gzip', async () => {
    const response = await rawGet(`${server.url}${entry}`, { 'Accept-Encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gunzipSync(response.body).equals(identity)).toBe(true);
  });

  it('sends the file as it is to a client that accepts neither', async () => {
    const askings: Record<string, string>[] = [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'deflate, br;q=0' }];
    for (const headers of askings) {
      const response = await rawGet(`${server.url}${entry}`, headers);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(response.body.equals(identity)).toBe(true);
    }
    expect(identity.toString('utf8')).toMatch(/^(import|\/\*|\(function|var |const |let |!function)/);
  });

  it('lets hashed assets be kept for a year and has the page revalidated', async () => {
    const asset = await rawGet(`${server.url}${entry}`, { 'Accept-Encoding': 'br' });
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    // Never revalidated, and not a document: no date validator, no ranges and no policy, bytes a phone need not download.
    for (const header of ['last-modified', 'accept-ranges', 'content-security-policy']) {
      expect(asset.headers[header]).toBeUndefined();
    }

    for (const path of ['/', '/index.html', '/j/K7QM-3XPD']) {
      const page = await rawGet(`${server.url}${path}`, { 'Accept-Encoding': 'gzip, br' });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      const etag = page.headers.etag;
      expect(etag).toBeTruthy();
      const again = await rawGet(`${server.url}${path}`, { 'Accept-Encoding': 'gzip, br', 'If-None-Match': etag ?? '' });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it('answers a missing asset with 404 rather than the page', async () => {
    const response = await rawGet(`${server.url}/assets/index-NOSUCHXX.js`, { 'Accept-Encoding': 'br' });
    expect(response.status).toBe(404);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).not.toBe(IMMUTABLE);
    const escaping = await rawGet(`${server.url}/assets/..%2f..%2fpackage.json`);
    expect(escaping.status).toBe(404);
  });

  it('compresses a large JSON answer of the API and leaves a small one alone', async () => {
    const large = await rawGet(`${server.url}/api/openapi.json`, { 'Accept-Encoding': 'gzip, br' });
    expect(large.status).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(large.headers.vary).toMatch(/Accept-Encoding/i);
    const document = JSON.parse(brotliDecompressSync(large.body).toString('utf8')) as { openapi: string };
    expect(document.openapi).toBe('3.1.0');

    const gzipOnly = await rawGet(`${server.url}/api/openapi.json`, { 'Accept-Encoding': 'gzip' });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');

    const small = await rawGet(`${server.url}/api/server`, { 'Accept-Encoding': 'gzip, br' });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('keeps a download’s length, which the export progress bar counts against', async () => {
    const created = await createTestEvent(server.url, { title: 'Rembuk Wilayah', groups: Array.from({ length: 12 }, (_, i) => `Provinsi ${i + 1}`) });
    const response = await rawGet(`${server.url}/api/events/${created.event.id}/export?format=json`, {
      'Accept-Encoding': 'gzip, br',
      Authorization: `Bearer ${created.organizerKey}`,
    });
    expect(response.status).toBe(200);
    expect(response.body.length).toBeGreaterThan(1024);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
  });
});

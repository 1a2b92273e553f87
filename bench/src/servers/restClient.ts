import { request } from 'node:http';

/**
 * Rembuk limits REST look-ups and event creation per client address. Real participants come from many addresses;
 * the benchmark's requests are spread over loopback addresses (127.0.x.y all reach 127.0.0.1 on Linux), each used
 * for fewer requests than the limiter's burst, so the limiter is neither hit nor changed.
 */
const REQUESTS_PER_ADDRESS = 150;
let requestCount = 0;

function nextSourceAddress(): string {
  const n = 2 + Math.floor(requestCount++ / REQUESTS_PER_ADDRESS);
  return `127.0.${Math.floor(n / 250)}.${(n % 250) + 1}`;
}

/** POST JSON to 127.0.0.1:`port` and parse the JSON reply; throws on any status but `expectedStatus`. */
export function postJson<T>(port: number, path: string, body: unknown, expectedStatus = 201): Promise<T> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        localAddress: nextSourceAddress(),
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== expectedStatus) reject(new Error(`POST ${path} answered ${res.statusCode}: ${text}`));
          else resolve(JSON.parse(text) as T);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Run `task` for 0..count-1 with at most `concurrency` at a time, keeping the order of results. */
export async function mapConcurrent<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < count; i = next++) results[i] = await task(i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return results;
}

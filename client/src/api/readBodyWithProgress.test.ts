import { describe, expect, it } from 'vitest';
import { readBodyWithProgress, type ByteProgress } from './readBodyWithProgress.js';

const encoder = new TextEncoder();

/** A body that yields these chunks one by one (and then waits forever when `hang` is set). */
function streamOf(chunks: readonly string[], hang = false): ReadableStream<Uint8Array<ArrayBuffer>> {
  let next = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk !== undefined) controller.enqueue(encoder.encode(chunk));
      else if (!hang) controller.close();
      else return new Promise<void>(() => undefined);
      return undefined;
    },
  });
}

function recorder(): { calls: ByteProgress[]; onProgress: (progress: ByteProgress) => void } {
  const calls: ByteProgress[] = [];
  return { calls, onProgress: (progress) => calls.push(progress) };
}

describe('readBodyWithProgress', () => {
  it('reports the bytes received against Content-Length and assembles the body', async () => {
    const chunks = ['PK\u0003\u0004', 'hello ', 'world'];
    const size = chunks.join('').length;
    const response = new Response(streamOf(chunks), {
      headers: { 'Content-Type': 'application/zip', 'Content-Length': String(size) },
    });
    const { calls, onProgress } = recorder();

    const blob = await readBodyWithProgress(response, onProgress);

    expect(calls).toEqual([
      { receivedBytes: 0, totalBytes: size },
      { receivedBytes: 4, totalBytes: size },
      { receivedBytes: 10, totalBytes: size },
      { receivedBytes: 15, totalBytes: size },
    ]);
    expect(blob.type).toBe('application/zip');
    expect(blob.size).toBe(size);
    expect(await blob.text()).toBe(chunks.join(''));
  });

  it('reports an unknown total without Content-Length', async () => {
    const response = new Response(streamOf(['a', 'bc']));
    const { calls, onProgress } = recorder();

    const blob = await readBodyWithProgress(response, onProgress);

    expect(calls).toEqual([
      { receivedBytes: 0, totalBytes: null },
      { receivedBytes: 1, totalBytes: null },
      { receivedBytes: 3, totalBytes: null },
    ]);
    expect(await blob.text()).toBe('abc');
  });

  it('treats the total as unknown for a compressed body or once more bytes arrive than announced', async () => {
    const gzip = new Response(streamOf(['abc']), { headers: { 'Content-Length': '2', 'Content-Encoding': 'gzip' } });
    const gzipCalls = recorder();
    await readBodyWithProgress(gzip, gzipCalls.onProgress);
    expect(gzipCalls.calls.map((call) => call.totalBytes)).toEqual([null, null]);

    const understated = new Response(streamOf(['ab', 'cd']), { headers: { 'Content-Length': '3' } });
    const understatedCalls = recorder();
    await readBodyWithProgress(understated, understatedCalls.onProgress);
    expect(understatedCalls.calls).toEqual([
      { receivedBytes: 0, totalBytes: 3 },
      { receivedBytes: 2, totalBytes: 3 },
      { receivedBytes: 4, totalBytes: null },
    ]);
  });

  it('stops with the abort reason when cancelled mid-body', async () => {
    const response = new Response(streamOf(['first'], true), { headers: { 'Content-Length': '100' } });
    const controller = new AbortController();
    const calls: ByteProgress[] = [];

    const reading = readBodyWithProgress(
      response,
      (progress) => {
        calls.push(progress);
        if (progress.receivedBytes > 0) controller.abort();
      },
      controller.signal,
    );

    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls.at(-1)).toEqual({ receivedBytes: 5, totalBytes: 100 });
  });

  it('does not start reading with a signal that is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { calls, onProgress } = recorder();
    await expect(readBodyWithProgress(new Response('x'), onProgress, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toEqual([]);
  });
});

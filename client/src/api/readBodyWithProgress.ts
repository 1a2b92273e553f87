/** How much of a response body has arrived; `totalBytes` is null when the size is not known in advance. */
export interface ByteProgress {
  receivedBytes: number;
  totalBytes: number | null;
}

/**
 * Read a response body chunk by chunk into a Blob, reporting the bytes received against Content-Length.
 * `response.blob()` says nothing until the last byte, which on hotel wifi can be many seconds for a ZIP.
 *
 * `onProgress` is called once before the first chunk (0 bytes), then after every chunk. Aborting `signal` stops
 * the read and rejects with the signal's reason, also for a body that is not tied to the signal (a test's stream).
 */
export async function readBodyWithProgress(
  response: Response,
  onProgress: (progress: ByteProgress) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  signal?.throwIfAborted();
  const type = response.headers.get('Content-Type') ?? '';
  const totalBytes = expectedBodyBytes(response.headers);
  onProgress({ receivedBytes: 0, totalBytes });
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ receivedBytes: blob.size, totalBytes });
    return blob;
  }

  const reader = response.body.getReader();
  // Cancelling the reader settles a pending read() at once; the check after it turns that into the rejection.
  const stop = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let receivedBytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      chunks.push(value);
      receivedBytes += value.byteLength;
      // A server that under-states its length must not push the bar past 100 %: from then on the size is unknown.
      onProgress({ receivedBytes, totalBytes: totalBytes !== null && receivedBytes <= totalBytes ? totalBytes : null });
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  return new Blob(chunks, { type });
}

/**
 * The body's size from Content-Length, or null. A compressed response's Content-Length counts the compressed
 * bytes while the stream yields decompressed ones, so the two cannot be compared.
 */
function expectedBodyBytes(headers: Headers): number | null {
  const encoding = headers.get('Content-Encoding');
  if (encoding && encoding !== 'identity') return null;
  const length = Number(headers.get('Content-Length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length > 0 ? length : null;
}

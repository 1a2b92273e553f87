// After `vite build`: write a brotli (.br) and a gzip (.gz) copy beside every text file of dist/ worth it, so the
// server sends phones the smallest one their browser accepts without compressing at each request. At maximum
// quality, which would be too slow per request but costs a second or two once per build.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', 'dist');
const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt', '.xml']);
/** Below this a compressed copy saves less than a round trip's headers; the server then sends the file as it is. */
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

let raw = 0;
let br = 0;
let gz = 0;
let count = 0;
for (const file of [...files(DIST)]) {
  if (!TEXT_EXTENSIONS.has(extname(file)) || statSync(file).size < MIN_BYTES) continue;
  const body = readFileSync(file);
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
  // A copy no smaller than the file would only cost the phone the same bytes and a decompression.
  if (brotli.length < body.length) writeFileSync(`${file}.br`, brotli);
  if (gzip.length < body.length) writeFileSync(`${file}.gz`, gzip);
  raw += body.length;
  br += brotli.length;
  gz += gzip.length;
  count += 1;
  if (process.env.PRECOMPRESS_VERBOSE) console.log(`${relative(DIST, file)}: ${body.length} → gzip ${gzip.length}, br ${brotli.length}`);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`precompressed ${count} files: ${kb(raw)} → gzip ${kb(gz)}, br ${kb(br)}`);

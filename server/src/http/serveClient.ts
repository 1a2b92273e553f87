import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import express, { type Request, type Response } from 'express';
import { acceptedPrecompressed } from './acceptEncoding.js';

/**
 * Vite names every file in `assets/` after a hash of its content (`index-Chlgu6Ay.js`): a new build gives new
 * names, so a phone may keep these for a year without asking again.
 */
const HASHED_ASSET = /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, a service worker, a manifest) keeps its name across builds: always revalidated by ETag. */
const REVALIDATE = 'no-cache';

/** Headers set for a file that must not outlive a failed send (a 404 must not claim to be brotli). */
const FILE_HEADERS = ['Cache-Control', 'Content-Encoding', 'Content-Type'] as const;

/**
 * Serves the built client: each file precompressed at build (`.br`, `.gz` beside it) to a browser that accepts
 * it, with `Vary: Accept-Encoding`; hashed assets cached for a year, the rest revalidated. Client-side routes
 * (/j/CODE, /b/…, /o/…) get index.html; a missing asset is a 404, never a page of HTML cached as a script.
 */
export function serveClient(clientDir: string): express.Router {
  const root = resolve(clientDir);
  const router = express.Router();
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    const relative = relativePath(req.path);
    const file = relative === null ? null : resolve(root, relative);
    if (relative === null || file === null || (file !== root && !file.startsWith(root + sep))) {
      notFound(res);
      return;
    }
    void (async () => {
      if (await isFile(file)) await sendVariant(req, res, file, relative);
      else if (relative.startsWith('assets/')) notFound(res);
      else await sendVariant(req, res, resolve(root, 'index.html'), 'index.html');
    })().catch(next);
  });
  return router;
}

/** The request path as a path inside the client folder, or null for one that tries to leave it or names a dotfile. */
function relativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (decoded.includes('\0') || decoded.includes('\\') || segments.some((segment) => segment.startsWith('.'))) return null;
  return segments.join('/');
}

async function sendVariant(req: Request, res: Response, file: string, relative: string): Promise<void> {
  res.vary('Accept-Encoding');
  let chosen = file;
  for (const { coding, suffix } of acceptedPrecompressed(req.headers['accept-encoding'])) {
    if (await isFile(file + suffix)) {
      chosen = file + suffix;
      res.setHeader('Content-Encoding', coding);
      break;
    }
  }
  // The type of the original file, not of its `.br` (send would call that application/octet-stream).
  res.type(extname(file));
  const hashed = HASHED_ASSET.test(relative);
  res.setHeader('Cache-Control', hashed ? IMMUTABLE : REVALIDATE);
  if (hashed) {
    // A hashed file never changes, so it is never revalidated, and a policy governs documents and workers, not the
    // scripts they load: every byte of header counts on a phone's first load over hotel wifi.
    res.removeHeader('Content-Security-Policy');
  }
  await new Promise<void>((done, fail) => {
    // (Express sets the ETag itself from the app's setting; these two it leaves to us.)
    const validators = { lastModified: !hashed, acceptRanges: !hashed };
    res.sendFile(chosen, { cacheControl: false, dotfiles: 'allow', ...validators }, (error?: Error) => {
      // A phone that went away mid-file is no server error.
      if (!error || res.headersSent || ('code' in error && error.code === 'ECONNABORTED')) done();
      else {
        for (const header of FILE_HEADERS) res.removeHeader(header);
        fail(error);
      }
    });
  });
}

function notFound(res: Response): void {
  res.status(404).type('text/plain').send('Not found');
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}


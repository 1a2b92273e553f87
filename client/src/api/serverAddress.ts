import type { ServerAddress } from '@rembuk/shared';
import { getServerAddress } from './restClient.js';

/**
 * Where phones reach the server, or null when it could not be asked: links then fall back to this page's own
 * origin (what they were before `GET /api/server` existed), which still works for a page opened by its LAN
 * address, and the organizer page's warning still says so for one opened on localhost.
 */
export async function loadServerAddress(): Promise<ServerAddress | null> {
  try {
    return await getServerAddress();
  } catch {
    return null;
  }
}

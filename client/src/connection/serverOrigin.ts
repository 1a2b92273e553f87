/** The server's HTTP and WebSocket origins: always the page's own, so every request stays on one origin. */
export interface ServerOrigin {
  http: string;
  ws: string;
}

export function serverOriginOf(location: Pick<Location, 'protocol' | 'host' | 'origin'>): ServerOrigin {
  return {
    http: location.origin,
    ws: `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`,
  };
}

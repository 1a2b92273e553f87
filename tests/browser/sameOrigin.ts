import type { Page } from 'playwright-core';

/** Records every URL pages ask for (HTTP and WebSocket) and every console complaint about the content policy. */
export class TrafficRecorder {
  readonly urls: string[] = [];
  readonly violations: string[] = [];

  record(page: Page): Page {
    page.on('request', (request) => this.urls.push(request.url()));
    page.on('websocket', (socket) => this.urls.push(socket.url()));
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) this.violations.push(message.text());
    });
    return page;
  }

  /** URLs that left the server's origin (blob: downloads are local). */
  foreign(serverUrl: string): string[] {
    const wsOrigin = serverUrl.replace(/^http/, 'ws');
    return this.urls.filter(
      (url) => !url.startsWith(`${serverUrl}/`) && !url.startsWith(`${wsOrigin}/`) && !url.startsWith('blob:'),
    );
  }
}

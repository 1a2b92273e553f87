/** The few log lines the server writes; tests pass a silent logger. Never logs tokens or card text. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(`[rembuk] ${message}`),
  warn: (message) => console.warn(`[rembuk] ${message}`),
  error: (message, error) => console.error(`[rembuk] ${message}`, error instanceof Error ? error.message : (error ?? '')),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

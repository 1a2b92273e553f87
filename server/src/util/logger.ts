/**
 * The few log lines the server writes; tests pass a silent logger. Never logs card text, keys, tickets,
 * pseudonyms, join codes or addresses: ids only (event, board, request, connection).
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  /** The same logger, every line of which carries these ids. */
  child(context: LogContext): Logger;
}

/** Ids the server made up itself (never a value a client chose), to follow one request or connection. */
export interface LogContext {
  requestId?: string;
  connectionId?: string;
}

export const consoleLogger: Logger = prefixedConsole('[rembuk]');

function prefixedConsole(prefix: string): Logger {
  return {
    info: (message) => console.log(`${prefix} ${message}`),
    warn: (message) => console.warn(`${prefix} ${message}`),
    error: (message, error) => console.error(`${prefix} ${message}`, errorMessage(error)),
    child: (context) => prefixedConsole(`${prefix}${Object.values(context).map((id) => `[${id}]`).join('')}`),
  };
}

/** Only the message: a stack or a driver error's `detail` could carry stored values (a join code, a key hash). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : error === undefined ? '' : String(error);
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {}, child: () => silentLogger };

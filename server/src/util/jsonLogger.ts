import { pino, type DestinationStream, type Logger as Pino } from 'pino';
import { errorMessage, type LogContext, type Logger } from './logger.js';

/**
 * Production logs: one JSON object a line (pino) with `level`, `time` (ISO), `node` and, where there is one,
 * `requestId` or `connectionId`. Only what the Logger interface is given is written: no request bodies, headers
 * or addresses are attached automatically.
 *
 * ```ts
 * const logger = createJsonLogger({ nodeId: config.nodeId });
 * logger.child({ requestId }).error('request failed', error);
 * ```
 */
export function createJsonLogger(options: { nodeId: string; destination?: DestinationStream }): Logger {
  const base = pino(
    {
      base: { node: options.nodeId },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
  return wrap(base);
}

function wrap(log: Pino): Logger {
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message, error) => {
      if (error === undefined) log.error(message);
      else log.error({ error: errorMessage(error) }, message);
    },
    child: (context: LogContext) => wrap(log.child(context)),
  };
}

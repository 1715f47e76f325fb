// Structured JSON logs (pino). Secrets never reach a log line: config values are not logged, and
// request logs carry ids, names, durations and codes only.
import { pino, type DestinationStream, type Logger } from 'pino';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'obligations-graph' },
    redact: ['password', '*.password', 'headers.authorization'],
  };
  return destination ? pino(options, destination) : pino(options);
}

// Structured JSON logs (pino). Secrets never reach a log line: config values are not logged, and
// request logs carry ids, names, durations and codes only.
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'obligations-graph' }, redact: ['password', '*.password', 'headers.authorization'] });
}

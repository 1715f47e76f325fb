// LocalDate arguments beyond their scalar: a day within the years this graph can hold. Its own
// module because the resolvers, the as-of rule and the lookahead planner all read it.
import { badInput } from './errors.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is an ISO day within the years this graph can hold. */
export function isDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  const year = m ? Number(m[1]) : NaN;
  return Boolean(m) && year >= 1800 && year <= 2200;
}

/** A LocalDate argument, validated beyond its scalar. */
export function dayOf(value: string | null | undefined, argument: string): string | undefined {
  if (value == null) return undefined;
  if (!isDay(value)) throw badInput(`\`${argument}\` must be a date between 1800-01-01 and 2200-12-31.`, argument);
  return value;
}

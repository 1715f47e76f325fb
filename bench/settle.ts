// Waits until the bench Neo4j has finished the previous variant's work before the next variant's
// slice starts. Some variants leave it busy after their last answer: at 10m the floors and the
// library sort every Person (eight 300-550 ms statements at a time), and Neo4j went on using CPU
// for up to 5.2 s after the library's slice on actorsPage; whichever variant came next was
// measured while it did.
import fs from 'node:fs';

const WINDOW_MS = 250;
// One tick is 10 ms (USER_HZ is 100 on Linux): at most 4% of one core over the window.
const IDLE_TICKS = 1;
const MAX_WAIT_MS = 5000;

/** CPU time (user + system, in ticks) a process has used; undefined where /proc does not tell. */
function cpuTicks(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces: state is the first, then
    // utime and stime are the 12th and 13th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return undefined;
  }
}

/**
 * Resolves once `pid` used at most IDLE_TICKS of CPU over WINDOW_MS (or after MAX_WAIT_MS), with
 * the milliseconds waited; at once when its CPU time cannot be read.
 */
export async function settle(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const t0 = performance.now();
  let before = cpuTicks(pid);
  while (before !== undefined && performance.now() - t0 < MAX_WAIT_MS) {
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const now = cpuTicks(pid);
    if (now === undefined || now - before <= IDLE_TICKS) break;
    before = now;
  }
  return performance.now() - t0;
}

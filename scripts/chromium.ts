// How the project runs Debian's Chromium headless (smoke:browser and the explorer test): flags
// that keep it from reaching for the network this machine does not have.
import fs from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CI must prove the explorer in a real browser; elsewhere a missing browser only skips that test. */
export const BROWSER_REQUIRED = /^(true|1)$/i.test(process.env.CI ?? '');

/** Why the browser test is skipped (one line, with how to enable it), or null when it runs. */
export function browserSkipReason(): string | null {
  if (fs.existsSync(CHROMIUM_PATH) || BROWSER_REQUIRED) return null;
  return `explorer browser test skipped: no Chromium at ${CHROMIUM_PATH}; enable it with \`bash scripts/install-chromium.sh\` (root, apt) or CHROMIUM_PATH=/path/to/chromium (required when CI=true)`;
}

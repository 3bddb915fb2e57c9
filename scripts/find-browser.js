// Finds a Chromium for tests, screenshots and the bench. Never downloads a browser build:
// CHROME_PATH wins; then the usual system paths; then, as root with apt-get (CI, fresh machines),
// Debian's chromium package is installed. Otherwise it stops with a message saying what to set.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags Chromium needs here: root (no sandbox) and a closed network (no background calls). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function firstExisting() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  return candidates.find((path) => existsSync(path));
}

function canInstallWithApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function findChromium() {
  const found = firstExisting();
  if (found) return found;
  if (canInstallWithApt()) {
    console.error("No Chromium found: installing Debian's chromium package (about 30 s)…");
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    const installed = firstExisting();
    if (installed) return installed;
  }
  console.error(
    'No Chromium or Chrome found. Install one (Debian: apt-get install chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

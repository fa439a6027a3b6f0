#!/usr/bin/env node
// Browser tests use Debian's Chromium; a test tool's own browser download cannot work here.
// Finds it, or installs it with apt-get when we are root on a Debian machine.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  console.log('Installing Debian Chromium (apt-get install chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (!existsSync(chromiumPath)) throw new Error(`apt-get ran but ${chromiumPath} is still missing`);
  return chromiumPath;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}

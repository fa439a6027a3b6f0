#!/usr/bin/env node
// Runs the Node unit tests once per time zone: results must not depend on the machine's TZ.
// Extra arguments are passed to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process';

const zones = ['Pacific/Kiritimati', 'America/Los_Angeles'];
const extra = process.argv.slice(2);
let failed = false;
for (const tz of zones) {
  console.log(`\n# unit tests with TZ=${tz}`);
  const run = spawnSync('npx', ['vitest', 'run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

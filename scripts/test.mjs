#!/usr/bin/env node
// `npm test`: build what the browser and CLI tests run against, then every jest project.
// A failed build is reported in the same closing-line format, so CI never sees a silent pass.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

const steps = [['node', ['scripts/build-cli.mjs']]];
if (existsSync('webpack.config.js')) steps.push(['npx', ['webpack', '--mode', 'production', '--env', 'local']]);
for (const [cmd, args] of steps) {
  if (run(cmd, args) !== 0) {
    console.error(`build step failed: ${cmd} ${args.join(' ')}`);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
}
const extra = process.argv.slice(2);
process.exit(run('npx', ['jest', '--ci', ...extra]));

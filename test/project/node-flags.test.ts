// Rounds runs with a few node flags (bench/rounds-node-flags.ts says which and why). `npm start`,
// the Docker image and the firehose bench's `rounds` servers must pass the same ones, or the
// bench measures something other than what is shipped; and each flag must be one node accepts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROUNDS_NODE_FLAGS } from '../../bench/rounds-node-flags.js';

const ROOT = new URL('../../', import.meta.url);

it('npm start, the Dockerfile and the firehose bench run Rounds with the same node flags', () => {
  expect(ROUNDS_NODE_FLAGS.length).toBeGreaterThan(0);
  const start = (JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { scripts: { start: string } }).scripts.start;
  expect(start).toBe(`node ${ROUNDS_NODE_FLAGS.join(' ')} bin/rounds.js serve`);
  const entrypoint = readFileSync(new URL('Dockerfile', ROOT), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('ENTRYPOINT '));
  expect(JSON.parse(entrypoint!.slice('ENTRYPOINT '.length))).toEqual(['/usr/bin/tini', '--', 'node', ...ROUNDS_NODE_FLAGS, 'bin/rounds.js']);
  // node refuses an unknown V8 flag ("bad option"); these run.
  expect(execFileSync(process.execPath, [...ROUNDS_NODE_FLAGS, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' })).toBe('ok');
});

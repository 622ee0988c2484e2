// A stack trace no parser reads, with no exception type and no message beside it: its text is
// what names the failure. The inputs are what real programs printed here, as a job runner that
// records a child's stderr as the trace would send them: GNU bash 5.2.15's report of a child
// killed by a signal (`sh -c "kill -SEGV \$\$"` and the like), and glibc 2.36's malloc checks
// aborting a C program that freed a pointer twice (`free(p); free(p);`) and one that wrote past a
// 16-byte block before the next malloc. Before, every one of them was one signature of the service.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const crashed = (pid: number, how: string, command: string) => `bash: line 1: ${pid} ${how.padEnd(24)}${command}`;
const SEGV = (pid: number) => crashed(pid, 'Segmentation fault', 'sh -c "kill -SEGV \\$\\$"');
const ILL = crashed(17305, 'Illegal instruction', 'sh -c "kill -ILL \\$\\$"');
const KILL = crashed(17306, 'Killed', 'sh -c "kill -KILL \\$\\$"');
const BUS = crashed(17307, 'Bus error', 'sh -c "kill -BUS \\$\\$"');
const doubleFree = (pid: number) => `free(): double free detected in tcache 2\n${crashed(pid, 'Aborted', '/tmp/df')}`;
const corruptedTop = `malloc(): corrupted top size\n${crashed(24096, 'Aborted', '/tmp/mc')}`;

function signatureOf(stacktrace: string, over: { type?: string; message?: string } = {}) {
  return createFingerprinter({}).fingerprint({ source: 'span', service: 'nightly-export', spanName: 'run job', stacktrace, ...over });
}

describe('a trace no parser reads, with no type and no message', () => {
  it('is told apart by its text, its values masked', () => {
    const fps = [SEGV(17304), ILL, KILL, BUS, doubleFree(17317), corruptedTop].map((t) => signatureOf(t).fingerprint);
    expect(new Set(fps).size).toBe(6);
    expect(signatureOf(corruptedTop).message).toBe('malloc(): corrupted top size');
  });

  it('the same crash from another process is the same signature', () => {
    expect(signatureOf(SEGV(18304)).fingerprint).toBe(signatureOf(SEGV(17304)).fingerprint);
    expect(signatureOf(doubleFree(27317)).fingerprint).toBe(signatureOf(doubleFree(17317)).fingerprint);
  });

  it('near misses: a type or a message given beside the text, or frames read from it, decide as before', () => {
    // The message given is what names the failure; the unread text does not.
    expect(signatureOf(SEGV(17304), { message: 'child exited' }).fingerprint).toBe(signatureOf(ILL, { message: 'child exited' }).fingerprint);
    expect(signatureOf(SEGV(17304), { type: 'JobFailed' }).fingerprint).toBe(signatureOf(BUS, { type: 'JobFailed' }).fingerprint);
    // A trace whose frames are read keeps its crash site, with no message from its text.
    const frames = '    at exportRows (/app/src/export.js:10:5)\n    at run (/app/src/job.js:3:1)';
    expect(signatureOf(frames).message).toBe('');
    expect(signatureOf(frames).culprit).toBe('exportRows (src/export.js)');
  });
});

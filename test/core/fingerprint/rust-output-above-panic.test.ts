// The lines a program printed above its panic, pasted with it, are not the report
// (src/core/fingerprint/rust-output-above-panic.ts): Achiefs FIM's two `expect`s on a missing file
// were read as no trace, keyed by the command line typed above them (threads-57).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-57/rust.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'panic', stacktrace });
const OUTPUT = '$ ./fim\nAchiefs File Integrity Monitoring software started!\n[INFO] Reading config...\n';

describe("a Rust panic under the program's output", () => {
  it('real: FIM reads the panic, its message and location (Achiefs/fim#44)', () => {
    const row = rows.find((r) => r.group.endsWith('fim-config-open-file-not-found'))!;
    const [e] = parseStacktrace(row.stacktrace!).exceptions;
    expect(e.type).toBe('panic');
    expect(e.message).toContain('Unable to open file');
    expect(e.frames[0]).toMatchObject({ file: 'src/config.rs', line: 235 });
  });

  it('near miss: two panics under the same output are two (they were one, keyed by the output)', () => {
    const a = fp(`${OUTPUT}thread 'main' panicked at 'Unable to open file: Os { code: 2, kind: NotFound, message: "No such file or directory" }', src/config.rs:235:37\n`);
    const b = fp(`${OUTPUT}thread 'main' panicked at 'called \`Option::unwrap()\` on a \`None\` value', src/main.rs:148:43\n`);
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it('the same panic with and without the output above it is one', () => {
    const panic = "thread 'main' panicked at src/config.rs:235:37:\nUnable to open file: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }\n";
    expect(fp(`${OUTPUT}${panic}`).fingerprint).toBe(fp(panic).fingerprint);
  });

  it("near miss: an anyhow report above a panic stays the report read first", () => {
    const text = 'Error: could not load config\n\nCaused by:\n    No such file or directory (os error 2)\nthread \'main\' panicked at src/main.rs:9:5:\nexplicit panic\n';
    expect(parseStacktrace(text).exceptions[0].type).toBe('Error');
  });
});

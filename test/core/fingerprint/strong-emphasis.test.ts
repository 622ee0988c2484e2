// A trace's header pasted in Markdown strong emphasis (strong-emphasis.ts): Kestrel's `fail:`
// record whose exception lines the reporter bolded (aspnet/KestrelHttpServer#747, threads-27) is
// read as the same record unbolded; two bolded exceptions stay two, and asterisks that are not
// such marks are left as they are.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutStrongEmphasisMarks } from '../../../src/core/fingerprint/strong-emphasis.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-27', 'dotnet');
const sslStream = rows.find((r) => r.group === 'dotnet:t27:kestrel-sslstream-disposed-write')!.stacktrace!;
const responseStream = rows.find((r) => r.group === 'dotnet:t27:kestrel-frameresponsestream-disposed-errorpage')!.stacktrace!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const unbolded = (text: string) => text.replace('**System.', 'System.').replace(".'**\n", ".'\n");

describe('a header pasted in Markdown strong emphasis', () => {
  it('real: Kestrel\'s bolded ObjectDisposedException is the exception, not the logger\'s `fail:` (aspnet/KestrelHttpServer#747)', () => {
    const r = fp(sslStream);
    expect(r.type).toBe('System.ObjectDisposedException');
    expect(r.fingerprint).toBe(fp(unbolded(sslStream)).fingerprint);
  });

  it('near miss: two bolded exceptions of one type at two places stay two signatures', () => {
    const lines = responseStream.split('\n');
    const bolded = [`**${lines[0]}`, `${lines[1]}**`, ...lines.slice(2)].join('\n');
    expect(fp(bolded).type).toBe('System.ObjectDisposedException');
    expect(fp(bolded).fingerprint).toBe(fp(responseStream).fingerprint);
    expect(fp(bolded).fingerprint).not.toBe(fp(sslStream).fingerprint);
  });

  it('near miss: asterisks that are no strong emphasis around a header are kept', () => {
    const kept = [
      'TypeError: f() got an unexpected keyword argument\n    **kwargs)\n  File "a.py", line 3',
      '**not closed before the frames\n   at Shop.Api.Run()\nend**',
      '***triple***\n   at Shop.Api.Run()',
      'src/**/*.js matched nothing **',
    ];
    for (const text of kept) expect(withoutStrongEmphasisMarks(text)).toBe(text);
    expect(withoutStrongEmphasisMarks('**System.Exception: boom**\n   at Shop.Api.Run()')).toBe('System.Exception: boom\n   at Shop.Api.Run()');
  });
});

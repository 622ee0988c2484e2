// A .NET exception filed without its type, whose message is the runtime's own text for a null
// dereference in the user's UI culture (dotnet-null-reference-text.ts): a NullReferenceException.
// Found in threads-30 (issue-thread-traces-30.test.ts): MapleSeed's bug-report bot files an
// exception's Message and StackTrace only, and its DownloadButton null dereference from a Korean,
// an English and a French Windows was three signatures (the Korean one, its frame words unread,
// a fourth).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isNullReferenceText } from '../../../src/core/fingerprint/dotnet-null-reference-text.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-30', 'dotnet');
const row = (issue: string) => rows.find((r) => r.source.endsWith(`/issues/${issue}`))!;
const sig = (input: { type?: string; message?: string; stacktrace?: string }) => createFingerprinter().fingerprint({ source: 'span', service: 'app', ...input });
const english = row('310');

describe('a .NET exception filed without its type, its message the runtime\'s null-reference text', () => {
  it('real: MapleSeed\'s DownloadButton from Korean, English and French Windows is one signature (Tsume/Maple-Tree#308, #310, #212)', () => {
    const [ko, en, fr] = ['308', '310', '212'].map((i) => sig(row(i)));
    expect(en.type).toBe('System.NullReferenceException');
    expect(ko.fingerprint).toBe(en.fingerprint);
    expect(fr.fingerprint).toBe(en.fingerprint);
  });

  it('is the signature of the same trace printed with its type', () => {
    const printed = `System.NullReferenceException: Object reference not set to an instance of an object.\n${english.stacktrace}`;
    expect(sig({ stacktrace: printed }).fingerprint).toBe(sig(english).fingerprint);
  });

  it('near miss: another untyped message at the same crash site stays apart, and a message that only quotes the text is not it', () => {
    expect(sig({ message: 'Download queue is empty.', stacktrace: english.stacktrace }).fingerprint).not.toBe(sig(english).fingerprint);
    expect(isNullReferenceText('Object reference not set to an instance of an object.')).toBe(true);
    expect(isNullReferenceText('  개체 참조가 개체의 인스턴스로 설정되지 않았습니다. ')).toBe(true);
    expect(isNullReferenceText('Saving failed: Object reference not set to an instance of an object.')).toBe(false);
    expect(isNullReferenceText('Object reference not set')).toBe(false);
  });

  it('near miss: a type the report gives is kept, whatever its message', () => {
    expect(sig({ type: 'Shop.OrderException', message: 'Object reference not set to an instance of an object.', stacktrace: english.stacktrace }).type).toBe('Shop.OrderException');
  });
});

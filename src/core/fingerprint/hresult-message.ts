// A .NET exception made from a Windows error code (an HRESULT) carries as its message the
// system's description of that code followed by the code itself:
//   The system cannot find the file specified. (Exception from HRESULT: 0x80070002)
// (Marshal.GetExceptionForHR, COMException and the exceptions it maps to:
// https://learn.microsoft.com/dotnet/api/system.runtime.interopservices.marshal.getexceptionforhr).
// The description is the operating system's text (FormatMessage) in the language of the machine
// it ran on, so one failure from a Portuguese and a Spanish Windows had two messages and two
// signatures (EpsiRho/Fluff's SetSettingsUI from two App Center reports, threads-11), while the
// code, masked as a number, did not tell 0x80070002 (file not found) from 0x80070005 (access
// denied). The code names the failure; the text before it is its translation.

/** `… (Exception from HRESULT: 0x80070002)` at the end of a message's line. */
const HRESULT_TAIL = /\(Exception from HRESULT: (0x[0-9A-Fa-f]{8})\)\s*$/;

/** The HRESULT a message's line ends with, upper-cased (`0x80070002`), or undefined. */
export function hresultOf(line: string): string | undefined {
  if (!line.includes('HRESULT')) return undefined;
  const m = HRESULT_TAIL.exec(line);
  return m ? `0x${m[1].slice(2).toUpperCase()}` : undefined;
}

// An exported Windows event read as its description (src/core/fingerprint/windows-event-export.ts):
// Event Viewer's "Copy details as text", Windows XP's "Save as text" and FRST's digest, as
// os-logs-src/windows.txt lists them with their threads.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutWindowsEventExport } from '../../../src/core/fingerprint/windows-event-export.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'windows-eventlog', body, severityText: 'ERROR' })));
}

// prometheus-community/windows_exporter#355, as Event Viewer copies it.
const SCM_7031_COPIED = [
  'Log Name:      System',
  'Source:        Service Control Manager',
  'Date:          6/25/2019 11:37:38 AM',
  'Event ID:      7031',
  'Task Category: None',
  'Level:         Error',
  'Keywords:      Classic',
  'User:          N/A',
  'Computer:      xyz123.local',
  'Description:',
  'The WMI exporter service terminated unexpectedly.  It has done this 1 time(s).  The following corrective action will be taken in 5000 milliseconds: Restart the service.',
].join('\n');
// Devolutions/UniGetUI#2056, the .NET runtime's 1023 copied alike.
const DOTNET_1023_COPIED = [
  'Log Name:      Application',
  'Source:        .NET Runtime',
  'Date:          13/04/2024 09:05:58',
  'Event ID:      1023',
  'Task Category: None',
  'Level:         Error',
  'Keywords:      Classic',
  'User:          N/A',
  'Computer:      KJELLERSTUE.smidsrod.lan',
  'Description:',
  'Application: WingetUI.exe',
  'CoreCLR Version: 8.0.324.11423',
  '.NET Version: 8.0.3',
  'Description: The process was terminated due to an internal error in the .NET Runtime at IP 0x00007FFCFDE9C5E4 (0x00007FFCFDD10000) with exit code 0x80131506.',
  '',
  'Event Xml:',
  '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
].join('\n');

describe('an exported Windows event', () => {
  it("is its description: two events copied by Event Viewer are two signatures, not the export's first row", () => {
    const [scm, dotnet] = signatures([SCM_7031_COPIED, DOTNET_1023_COPIED]);
    expect(scm).not.toBe(dotnet);
    expect(withoutWindowsEventExport(SCM_7031_COPIED)).toBe(SCM_7031_COPIED.split('\n').at(-1));
    // The description ends where the copy's XML begins.
    expect(withoutWindowsEventExport(DOTNET_1023_COPIED).split('\n')).toEqual(DOTNET_1023_COPIED.split('\n').slice(10, 14));
  });

  it('groups an event copied with its fields with the same event pasted as its description alone', () => {
    const [copied, alone, dotnetCopied, dotnetAlone] = signatures([
      SCM_7031_COPIED,
      // the same description without the fields Event Viewer copied before it
      SCM_7031_COPIED.split('\n').at(-1)!,
      DOTNET_1023_COPIED,
      DOTNET_1023_COPIED.split('\n').slice(10, 14).join('\n'),
    ]);
    expect(copied).toBe(alone);
    expect(dotnetCopied).toBe(dotnetAlone);
  });

  it("reads Windows XP's Save as text up to its data rows, and FRST's digest line", () => {
    // BOINC/BOINC#650
    const saved = 'Event Type:    Error\nEvent Source:    MsiInstaller\nEvent Category:    None\nEvent ID:    11920\nDate:        29/05/08\nTime:        11:59:42\nUser:        TVOUT\\Administrator\nComputer:    TVOUT\nDescription:\nProduct: BOINC -- Error 1920.Service BOINC (BOINC) failed to start.  Verify that you have sufficient privileges to start system services.\nData:\n0000: 7b 38 35 31 32 39 35 30   {8512950';
    expect(withoutWindowsEventExport(saved)).toBe('Product: BOINC -- Error 1920.Service BOINC (BOINC) failed to start.  Verify that you have sufficient privileges to start system services.');
    // dragokas/hijackthis#62
    const frst = 'Error: (01/29/2019 04:45:21 AM) (Source: Application Error) (EventID: 1000) (User: )\nDescription: Faulting application name: OUTLOOK.EXE, version: 15.0.4420.1017, time stamp: 0x506742d6\nFaulting module name: OUTLOOK.EXE, version: 15.0.4420.1017, time stamp: 0x506742d6';
    expect(withoutWindowsEventExport(frst).split('\n')[0]).toBe('Faulting application name: OUTLOOK.EXE, version: 15.0.4420.1017, time stamp: 0x506742d6');
    const [fromFrst, alone] = signatures([
      frst,
      // Cougar-Mu/AlienFX-Tools' 1000 as Event Viewer shows its description (windows.txt)
      'Faulting application name: alienfan-gui.exe, version: 9.6.0.0, time stamp: 0x6a1e8c84\nFaulting module name: alienfan-gui.exe, version: 9.6.0.0, time stamp: 0x6a1e8c84',
    ]);
    expect(fromFrst).toBe(alone);
  });

  it('keeps a record whose rows are not the layout as it was', () => {
    // No description row: nothing says where the event's text begins.
    const noDescription = 'Log Name:      System\nSource:        Service Control Manager\nEvent ID:      7031';
    expect(withoutWindowsEventExport(noDescription)).toBe(noDescription);
    // A label the layout does not have among the rows (a program's own report).
    const otherLabel = 'Log Name:      System\nHost:          db-1\nEvent ID:      7031\nDescription:\nsomething';
    expect(withoutWindowsEventExport(otherLabel)).toBe(otherLabel);
    // The rows out of their order.
    const reordered = 'Log Name:      System\nEvent ID:      7031\nSource:        Service Control Manager\nDescription:\nsomething';
    expect(withoutWindowsEventExport(reordered)).toBe(reordered);
    // Labels alike without the event's id: a form, not an export.
    const form = 'Log Name: build.log\nUser: ci\nDescription:\nnightly build';
    expect(withoutWindowsEventExport(form)).toBe(form);
    // A description row with its text on the same line is the .NET runtime's own row, not the export's.
    const runtimeRow = 'Application: WingetUI.exe\nDescription: The process was terminated due to an internal error';
    expect(withoutWindowsEventExport(runtimeRow)).toBe(runtimeRow);
    // FRST's line without its `Description: ` line after it.
    const frstAlone = 'Error: (01/29/2019 04:45:21 AM) (Source: Application Error) (EventID: 1000) (User: )';
    expect(withoutWindowsEventExport(frstAlone)).toBe(frstAlone);
  });
});

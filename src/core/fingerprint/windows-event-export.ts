// A Windows event exported as text carries the event's record fields before its description, one
// labelled row each, in the layout of the tool that exported it:
//   Event Viewer's "Copy details as text" (Vista and later): `Log Name:`, `Source:`, `Date:`,
//     `Event ID:`, `Task Category:`, `Level:`, `Keywords:`, `User:`, `Computer:`, then
//     `Description:` alone on its row and the description's lines, and `Event Xml:` after them
//     when the copy was taken from the details view;
//   Event Viewer's "Save as text" of Windows 2000 and XP: `Event Type:`, `Event Source:`,
//     `Event Category:`, `Event ID:`, `Date:`, `Time:`, `User:`, `Computer:`, `Description:`, the
//     description, then the record's data as `Data:` and hex rows;
//   Farbar Recovery Scan Tool's digest: `Error: (<time>) (Source: <name>) (EventID: <n>) (User:
//     <name>)` on one line and `Description: ` before the description on the next.
// The first row is the export's, the same for every event it copies (`Log Name: System`, `Event
// Type: Error`), so read as the message it made every exported event of a log one template and
// kept each apart from the same event's description pasted alone (docs/fingerprinting.md,
// windows-event-export.test.ts). The description is the event's text; the rows before it are
// where and when it was logged. Only a block made of the layout's own labels, in its order, up to
// its `Description:` row is read so: a record with another label among them, or with no
// description row, keeps its text.

/** Event Viewer's rows before the description, in order; some are absent from older copies. */
const VIEWER_ROWS = ['Log Name', 'Source', 'Date', 'Event ID', 'Task Category', 'Level', 'Keywords', 'User', 'Computer'];
/** Windows 2000/XP Event Viewer's "Save as text" rows before the description, in order. */
const LEGACY_ROWS = ['Event Type', 'Event Source', 'Event Category', 'Event ID', 'Date', 'Time', 'User', 'Computer'];
const ROW = /^([A-Z][A-Za-z ]{1,20}):[ \t]*(.*)$/;
/** Rows that follow an Event Viewer description and are not part of it. */
const VIEWER_AFTER = /^(?:Event Xml|Data):\s*$/;
const FRST_HEAD = /^(?:Error|Warning|Information): \([^()\n]{4,40}\) \(Source: [^()\n]{1,120}\) \(EventID: \d{1,6}\) \(User: [^()\n]{0,120}\)\n+Description: /;

/** The description of an exported Windows event, or `text` itself when it is no such export. */
export function withoutWindowsEventExport(text: string): string {
  const frst = FRST_HEAD.exec(text);
  if (frst) return text.slice(frst[0].length);
  const lines = text.split('\n');
  const order = lines[0].startsWith('Log Name:') ? VIEWER_ROWS : lines[0].startsWith('Event Type:') ? LEGACY_ROWS : undefined;
  if (!order) return text;
  let next = 0;
  let eventId = false;
  for (let i = 0; i < lines.length && i <= order.length; i++) {
    const row = ROW.exec(lines[i].trimEnd());
    if (!row) return text;
    if (row[1] === 'Description' && row[2] === '') {
      // The event's id among the rows: the layout, not a few labels alike.
      if (!eventId) return text;
      const rest = lines.slice(i + 1);
      const end = rest.findIndex((l) => VIEWER_AFTER.test(l));
      const description = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
      return description || text;
    }
    const at = order.indexOf(row[1], next);
    if (at < 0) return text;
    next = at + 1;
    eventId ||= row[1] === 'Event ID';
  }
  return text;
}

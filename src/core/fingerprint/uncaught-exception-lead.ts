// An error's header under a lead that says it was not caught, its Node error code written
// straight after the type:
//   A javascript error occurred in the main process
//
//   uncaught exception: Error[ERR_INTERNAL_ASSERTION]: This is caused by either a bug in Node.js …
// Electron's main-process dialog (nodejs/node#56780, threads-55) and Node-RED's `Uncaught
// Exception:` log line put such a lead before `error.stack`; Node writes the code in brackets
// after the type (`Error [ERR_X]: …`), and copies lose the space. The text above the error is not
// its header (stacktrace/javascript.ts reads the first line below that names an error type), but
// neither form was read as one: the dialog's title stood for the message, and the same internal
// assertion logged without it was another signature. Only a type named as an error's
// (`…Error`, `…Exception`) with an upper-case code is read so.
const LEAD_HEADER = /^(?:[Uu]ncaught [Ee]xception:\s*)?((?:[A-Za-z_$][\w$.]{0,200}?)?(?:Error|Exception)) ?\[[A-Z][A-Z0-9_]{1,80}\]: (.{1,2000})$/;
const LEAD = /^[Uu]ncaught [Ee]xception:\s*((?:[A-Za-z_$][\w$.]{0,200}?)?(?:Error|Exception)): (.{1,2000})$/;

/** `[type, message]` of a header behind an uncaught-exception lead or with its code unspaced, or undefined. */
export function leadNamedHeader(line: string): [type: string, message: string] | undefined {
  const m = LEAD_HEADER.exec(line) ?? LEAD.exec(line);
  return m ? [m[1], m[2]] : undefined;
}

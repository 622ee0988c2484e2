// What a diagnosis did not check: its own list when it has one, else the evidence lines that
// say so (the offline diagnoser writes them as `Not checked: …`), kept apart from the
// evidence that was found.
const MARKER = /^Not checked:\s*/i;

export interface DiagnosisGaps {
  evidence: string[];
  notChecked: string[];
}

export function splitNotChecked(d: { evidence: string[]; notChecked?: string[]; lacking?: string[] }): DiagnosisGaps {
  const listed = d.notChecked ?? d.lacking ?? [];
  return {
    evidence: d.evidence.filter((e) => !MARKER.test(e)),
    notChecked: [...listed, ...d.evidence.filter((e) => MARKER.test(e)).map((e) => e.replace(MARKER, '').replace(/\.$/, ''))],
  };
}

// A member of an object named in a log line is code, not a value (template-tokens.ts, CODE_MEMBER).
// Real lines: two statements of kubelet's volume reconciler (kubernetes/kubernetes#112874, in
// corpus/issue-thread-logs-2.ndjson), which klog's structured form opens with the operation it
// runs; with the operation read as a dotted name, both were one template.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'kubelet', body, severityText: 'ERROR' });

describe('a member of an object in a log line', () => {
  it("kubelet's VerifyControllerAttachedVolume and MountVolume are two statements", () => {
    const f = createFingerprinter();
    const verify = log(f, 'Oct 05 06:27:03 worker140a kubelet[1189617]: I1005 06:27:03.593964 1189617 reconciler.go:342] "operationExecutor.VerifyControllerAttachedVolume started for volume \\"etc-nginx\\" (UniqueName: \\"kubernetes.io/host-path/88e20b79f-etc-nginx\\") pod=\\"default/web-0\\""');
    const mount = log(f, 'Oct 05 06:27:03 worker140a kubelet[1189617]: I1005 06:27:03.694702 1189617 reconciler.go:254] "operationExecutor.MountVolume started for volume \\"etc-nginx\\" (UniqueName: \\"kubernetes.io/host-path/88e20b79f-etc-nginx\\") pod=\\"default/web-0\\""');
    expect(mount.fingerprint).not.toBe(verify.fingerprint);
    expect(mount.message).toContain('operationExecutor.MountVolume');
  });

  it('hosts, files and package paths stay names: one template whatever they are', () => {
    const f = createFingerprinter();
    const same = (a: string, b: string) => expect(log(f, b).fingerprint).toBe(log(f, a).fingerprint);
    same('connection to db1.internal refused', 'connection to db2.internal refused');
    same('cannot read userData.json: permission denied', 'cannot read appConfig.yaml: permission denied');
    same('Registering class org.apache.hadoop.mapreduce.jobhistory.EventType for handler', 'Registering class org.apache.hadoop.mapreduce.v2.app.job.event.JobEventType for handler');
    same('lookup api.example.com failed', 'lookup cdn.example.org failed');
  });

  it('one member with other values around it is one statement', () => {
    const f = createFingerprinter();
    const a = log(f, 'userService.findById failed for id 12 after 3 retries');
    const b = log(f, 'userService.findById failed for id 97 after 5 retries');
    expect(b.fingerprint).toBe(a.fingerprint);
  });
});

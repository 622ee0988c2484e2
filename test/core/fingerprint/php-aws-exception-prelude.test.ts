// The AWS SDK for PHP's exception header printed before PHP 5's chain (AwsException::__toString),
// the chain cut by PHP's log_errors_max_len before its `Next exception` names the SDK's
// exception (stacktrace/php.ts AWS_PRELUDE). Found in incidents round 43: an S3
// RequestTimeTooSkewed read as Guzzle's `Client error: <int>`, which every S3 error the SDK wraps
// shares.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

// aws/aws-sdk-php#612 (4 June 2015), as display_errors printed it and the issue quotes it (its
// line breaks lost to the page's layout), cut where PHP cut it.
const issue612 =
  `Fatal error: Uncaught exception 'Aws\\S3\\Exception\\S3Exception' with message 'Error executing "PutObject" on "https://s3.amazonaws.com/backupebrain/my-backupfile"; AWS HTTP error: Client error: 403 RequestTimeTooSkewed (client): The difference between the request time and the current time is too large. - <?xml version="1.0" encoding="UTF-8"?> <Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20150604T232559Z</RequestTime><ServerTime>2015-06-04T22:26:16Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>9E09E2E8D09D863C</RequestId><HostId>CQl85Ol1ejSfxwCFffw880W3OsDNI+FtTYPrQFjJVtM6vmd4pWJaOCuNEWtZPUfjhYRHByziBxg=</HostId></Error>' exception 'GuzzleHttp\\Exception\\ClientException' with message 'Client error: 403' in /Users/juandonoso/Dropbox/Servidor/web/varios/aws/class.aws/GuzzleHttp/Middleware.php:68 Stack trace: #0 /Users/juandonoso/Dropbox/Servidor/web/varios/aws/class.aws/GuzzleHttp/Promi in /Users/juandonoso/Dropbox/Servidor/web/varios/aws/class.aws/Aws/WrappedHttpHandler.php on line 152`;

describe("the AWS SDK for PHP's exception printed before PHP 5's chain", () => {
  it("real: the SDK's exception is the one read, with its message and PHP's place for it; the cut chain is left out", () => {
    const { exceptions } = parseStacktrace(issue612);
    expect(exceptions[0].type).toBe('Aws\\S3\\Exception\\S3Exception');
    expect(exceptions[0].message).toMatch(/^Error executing "PutObject" .* RequestTimeTooSkewed \(client\)/);
    expect(exceptions[0].frames[0]).toMatchObject({ file: '/Users/juandonoso/Dropbox/Servidor/web/varios/aws/class.aws/Aws/WrappedHttpHandler.php', line: 152 });
    expect(exceptions).toHaveLength(1);
  });

  it("real: the same in PHP's error log, its line breaks kept, is read alike", () => {
    const logged = `[04-Jun-2015 19:25:59 America/Santiago] PHP ${issue612.replace("</Error>' exception", "</Error>'\n\nexception").replace(' Stack trace: ', '\nStack trace:\n')}`;
    const { exceptions } = parseStacktrace(logged);
    expect(exceptions[0].type).toBe('Aws\\S3\\Exception\\S3Exception');
    expect(exceptions[0].message).toContain('RequestTimeTooSkewed');
  });

  it('real: two S3 errors the SDK wraps are two signatures, not Guzzle\'s one `Client error: <int>`', () => {
    // S3's AccessDenied, its code and message as the S3 API reference lists them.
    const denied = issue612.replace(/RequestTimeTooSkewed \(client\): The difference between the request time and the current time is too large\./, 'AccessDenied (client): Access Denied');
    const fp = (s: string) => createFingerprinter().fingerprint({ source: 'log', service: 'db-backup', body: s }).fingerprint;
    expect(fp(issue612)).not.toBe(fp(denied));
  });

  it("near miss: PHP 5's own header, with no SDK header before it, is read as before", () => {
    // The PHP 5 form as stacktrace/php.ts documents it (PHP5_HEADER).
    const { exceptions } = parseStacktrace("PHP Fatal error:  Uncaught exception 'ReflectionException' with message 'Class App\\Missing does not exist' in /var/www/app/Container.php:738\nStack trace:\n#0 /var/www/app/Container.php(738): ReflectionClass->__construct('App\\\\Missing')\n#1 {main}\n  thrown in /var/www/app/Container.php on line 738");
    expect(exceptions).toHaveLength(1);
    expect(exceptions[0].type).toBe('ReflectionException');
  });
});

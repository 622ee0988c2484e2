// Symfony's compiled service container lives in a namespace named by a hash of the container's
// configuration (`ContainerZSEc6NK\AppTestDebugProjectContainer`, seven characters of base64
// after `Container`), which a deploy that changes any service definition moves. A service that
// fails while the container builds it (a missing environment variable) had a signature per such
// deploy. Read as `Container\`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const trace = (hash: string, service = 'getMailer_TransportsService', namespace = `Container${hash}`) => [
  'PHP Fatal error:  Uncaught Symfony\\Component\\DependencyInjection\\Exception\\EnvNotFoundException: Environment variable not found: "MAILER_DSN". in /var/www/vendor/symfony/dependency-injection/EnvVarProcessor.php:171',
  'Stack trace:',
  '#0 /var/www/vendor/symfony/dependency-injection/Container.php(405): Symfony\\Component\\DependencyInjection\\EnvVarProcessor->getEnv()',
  `#1 /var/www/var/cache/prod/${namespace}/${service}.php(23): Symfony\\Component\\DependencyInjection\\Container->getEnv()`,
  `#2 /var/www/var/cache/prod/${namespace}/App_KernelProdContainer.php(420): ${namespace}\\${service}::do()`,
  `#3 /var/www/src/Controller/SignupController.php(31): ${namespace}\\App_KernelProdContainer->load()`,
  '#4 {main}',
  '  thrown in /var/www/vendor/symfony/dependency-injection/EnvVarProcessor.php on line 171',
].join('\n');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace }).fingerprint;

describe("Symfony's compiled container namespace", () => {
  it('the same service failing under two containers (two deploys) is one signature', () => {
    expect(fp(trace('Abz2F1q'))).toBe(fp(trace('ZSEc6NK')));
    expect(fp(trace('qwertyz'.replace('t', '_')))).toBe(fp(trace('ZSEc6NK')));
  });

  it('near miss: another service of the container stays apart', () => {
    expect(fp(trace('Abz2F1q', 'getDoctrine_Orm_DefaultEntityManagerService'))).not.toBe(fp(trace('Abz2F1q')));
  });

  it("near miss: an application's namespace whose seven letters are a word is its own", () => {
    expect(fp(trace('', undefined, 'ContainerManager'))).not.toBe(fp(trace('', undefined, 'ContainerServices')));
    expect(fp(trace('', undefined, 'ContainerManager'))).not.toBe(fp(trace('Abz2F1q')));
  });
});

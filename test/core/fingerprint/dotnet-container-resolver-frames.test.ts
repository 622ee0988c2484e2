// The DI container's resolver frames below a library frame it called are left out of the top
// library frames of a .NET trace with no frame of the application's
// (src/core/fingerprint/dotnet-container-resolver-frames.ts). Found in threads-56
// (issue-thread-traces-56.test.ts): IdentityServer's AddSigningCredentials factory's
// NullReferenceException showed Microsoft.Extensions.DependencyInjection 5.0's
// CallSiteVisitor`2.VisitCallSiteMain under VisitFactory in three threads and not in Kestrel's
// record from Heroku (dotnet/aspnetcore#29746, #37239, AspNetCore.Docs#21855,
// jincod/dotnetcore-buildpack#144), two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isContainerResolverFrame, withoutContainerResolverFrames } from '../../../src/core/fingerprint/dotnet-container-resolver-frames.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const rows = loadThreadTraces('threads-56', 'dotnet');
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'identity', stacktrace });
const trace = (header: string, frames: string[]) => [header, ...frames.map((f) => `   at ${f}`)].join('\n');
const NRE = 'System.NullReferenceException: Object reference not set to an instance of an object.';
const SL = 'Microsoft.Extensions.DependencyInjection.ServiceLookup';
// The container's walk as two of its releases print it (the frames the threads quote).
const WALK_5 = [`${SL}.CallSiteRuntimeResolver.VisitFactory(FactoryCallSite factoryCallSite, RuntimeResolverContext context)`, `${SL}.CallSiteVisitor\`2.VisitCallSiteMain(ServiceCallSite callSite, TArgument argument)`, `${SL}.CallSiteRuntimeResolver.VisitCache(ServiceCallSite callSite, RuntimeResolverContext context, ServiceProviderEngineScope serviceProviderEngine, RuntimeResolverLock lockType)`, `${SL}.CallSiteRuntimeResolver.VisitRootCache(ServiceCallSite singletonCallSite, RuntimeResolverContext context)`];
const WALK_3 = [`${SL}.CallSiteRuntimeResolver.VisitFactory(FactoryCallSite factoryCallSite, RuntimeResolverContext context)`, `${SL}.CallSiteRuntimeResolver.VisitCache(ServiceCallSite callSite, RuntimeResolverContext context, ServiceProviderEngineScope serviceProviderEngine, RuntimeResolverLock lockType)`, `${SL}.CallSiteRuntimeResolver.VisitRootCache(ServiceCallSite singletonCallSite, RuntimeResolverContext context)`, `${SL}.ServiceProviderEngine.GetService(Type serviceType)`];
const SIGNING = 'Microsoft.Extensions.DependencyInjection.IdentityServerBuilderConfigurationExtensions.<>c.<AddSigningCredentials>b__10_2(IServiceProvider sp)';

describe('.NET DI container resolver frames under a library frame', () => {
  it('real: the four AddSigningCredentials pastes, two container releases, are one signature', () => {
    const ids = rows.filter((r) => r.group.includes('identityserver')).map((r) => r.stacktrace!);
    expect(ids).toHaveLength(4);
    expect(new Set(signaturesInOrder(ids.map((stacktrace) => ({ stacktrace })))).size).toBe(1);
    expect(fingerprintOf(ids[0]).explain.join('\n')).toContain('top library frames contribute: Microsoft.Extensions.DependencyInjection.IdentityServerBuilderConfigurationExtensions.<>c.AddSigningCredentials.lambda2');
  });

  it('names: the ServiceLookup namespace and the provider types, not the registration extensions', () => {
    expect(isContainerResolverFrame({ module: `${SL}.CallSiteRuntimeResolver` })).toBe(true);
    expect(isContainerResolverFrame({ module: `${SL}.CallSiteVisitor\`2` })).toBe(true);
    expect(isContainerResolverFrame({ module: 'Microsoft.Extensions.DependencyInjection.ServiceProvider' })).toBe(true);
    expect(isContainerResolverFrame({ module: 'Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions' })).toBe(true);
    // A library's registration extensions live in the same namespace by convention; their lambdas are the factories.
    expect(isContainerResolverFrame({ module: 'Microsoft.Extensions.DependencyInjection.IdentityServerBuilderConfigurationExtensions.<>c' })).toBe(false);
    expect(isContainerResolverFrame({ module: 'Microsoft.Extensions.DependencyInjection.ServiceProviderFactory' })).toBe(false);
    expect(isContainerResolverFrame({ module: 'Vendor.ServiceLookup.Registry' })).toBe(false);
  });

  it('only below a frame of another\'s; a trace topped by the container keeps its frames', () => {
    const f = (module: string) => ({ module });
    expect(withoutContainerResolverFrames([f('Vendor.Factory'), f(`${SL}.CallSiteRuntimeResolver`), f('Vendor.Host')]).map((x) => x.module)).toEqual(['Vendor.Factory']);
    expect(withoutContainerResolverFrames([f(`${SL}.CallSiteFactory`), f(`${SL}.CallSiteRuntimeResolver`)]).map((x) => x.module)).toEqual([`${SL}.CallSiteFactory`, `${SL}.CallSiteRuntimeResolver`]);
    expect(withoutContainerResolverFrames([f('Vendor.Factory'), f('Vendor.Host')]).map((x) => x.module)).toEqual(['Vendor.Factory', 'Vendor.Host']);
  });

  it('one factory under two container releases\' walks is one signature', () => {
    expect(fingerprintOf(trace(NRE, [SIGNING, ...WALK_5])).fingerprint).toBe(fingerprintOf(trace(NRE, [SIGNING, ...WALK_3])).fingerprint);
  });

  it('near misses: two factories, a factory and a constructor, under one walk stay apart', () => {
    const signing = fingerprintOf(trace(NRE, [SIGNING, ...WALK_5])).fingerprint;
    const other = fingerprintOf(trace(NRE, ['Microsoft.Extensions.DependencyInjection.IdentityServerBuilderConfigurationExtensions.<>c.<AddApiResources>b__4_0(IServiceProvider sp)', ...WALK_5])).fingerprint;
    const ctor = fingerprintOf(trace(NRE, ['Vendor.Mail.SmtpSender..ctor(IOptions`1 options)', `${SL}.CallSiteRuntimeResolver.VisitConstructor(ConstructorCallSite constructorCallSite, RuntimeResolverContext context)`, ...WALK_5.slice(1)])).fingerprint;
    expect(new Set([signing, other, ctor]).size).toBe(3);
  });

  it('near misses: the container\'s own errors keep the container\'s frames and stay apart', () => {
    const unresolved = fingerprintOf(trace('System.InvalidOperationException: Unable to resolve service for type \'Vendor.IClock\' while attempting to activate \'Vendor.Scheduler\'.', [`${SL}.CallSiteFactory.CreateArgumentCallSites(Type implementationType, CallSiteChain callSiteChain, ParameterInfo[] parameters, Boolean throwIfCallSiteNotFound)`, `${SL}.CallSiteFactory.CreateConstructorCallSite(ResultCache lifetime, Type serviceType, Type implementationType, CallSiteChain callSiteChain)`]));
    const circular = fingerprintOf(trace('System.InvalidOperationException: A circular dependency was detected for the service of type \'Vendor.IClock\'.', [`${SL}.CallSiteChain.CheckCircularDependency(Type serviceType)`, `${SL}.CallSiteFactory.CreateCallSite(Type serviceType, CallSiteChain callSiteChain)`]));
    expect(unresolved.fingerprint).not.toBe(circular.fingerprint);
    expect(unresolved.explain.join('\n')).toContain(`${SL}.CallSiteFactory.CreateArgumentCallSites | ${SL}.CallSiteFactory.CreateConstructorCallSite`);
  });

  it('near misses: an application frame under the container is the crash site as before', () => {
    const a = fingerprintOf(trace(NRE, ['Shop.Startup.<>c.<ConfigureServices>b__4_0(IServiceProvider sp) in /src/Shop/Startup.cs:line 40', ...WALK_5]));
    expect(a.culprit).toContain('Shop.Startup');
  });
});

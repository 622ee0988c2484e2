// The dependency-injection container's own frames below a library frame it called, on a .NET
// trace with no frame of the application's. Microsoft.Extensions.DependencyInjection resolves a
// service by walking its call-site graph (the `ServiceLookup` namespace: CallSiteRuntimeResolver,
// CallSiteVisitor`2, the provider engine and scope), and the methods of that walk are the
// container's internals, renamed and reshaped between its releases: 5.0 added
// CallSiteVisitor`2.VisitCallSiteMain between VisitFactory and VisitCache, and later releases
// moved the root cache and the engine scope again (dotnet/runtime, src/libraries/
// Microsoft.Extensions.DependencyInjection/src/ServiceLookup). Where the top library frames name
// the failure (exception.ts topLibraryFrames) the container took two of the three places, so one
// factory's failure was a signature per container release: IdentityServer's AddSigningCredentials
// factory throwing a NullReferenceException when `IdentityServer:Key` is not configured showed
// VisitFactory, VisitCallSiteMain, VisitCache under the factory in three threads and VisitFactory,
// VisitCache in Kestrel's record from Heroku (threads-56, issue-thread-traces-56.test.ts). The
// frame the container called (the factory's lambda, the constructor it activated) says which
// service failed to build, and the container's walk to it says only that a container built it,
// as it builds every service; so the container's frames below a frame of another's are left out.
// A trace whose top frame is the container's (its own InvalidOperationException for a service
// it cannot resolve, a circular dependency) keeps its frames: there the container failed.

/** The container's resolver: its ServiceLookup namespace and the provider types it enters through. */
const CONTAINER_RESOLVER = /^Microsoft\.Extensions\.DependencyInjection\.(?:ServiceLookup\.|ServiceProvider$|ServiceProviderServiceExtensions$)/;

/** Whether a frame is the DI container's resolver, by its type. */
export function isContainerResolverFrame(frame: { module?: string }): boolean {
  return frame.module !== undefined && CONTAINER_RESOLVER.test(frame.module);
}

/**
 * The frames above the container's first resolver frame when a frame of another's is on top;
 * all of them when the top frame is the container's own or no resolver frame is there.
 */
export function withoutContainerResolverFrames<F extends { module?: string }>(frames: readonly F[]): readonly F[] {
  if (!frames.length || isContainerResolverFrame(frames[0])) return frames;
  const k = frames.findIndex(isContainerResolverFrame);
  return k > 0 ? frames.slice(0, k) : frames;
}

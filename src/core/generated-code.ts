// Code a framework writes for the app, not code the app's authors wrote: a frame in it sits in the
// app's tree (so it reads as in-app), but nobody edits it — it is rebuilt from the app's own code
// and configuration, which is what a finding must point at. Each entry is a place or name the
// framework documents for what it generates:
// - Symfony's compiled service container and other cache under `var/cache/<env>/` (Symfony docs,
//   "Configuring Symfony": the kernel's cache directory; the container is built from config/ and
//   src/ into `var/cache/<env>/Container<hash>/`) — the project's var/, not the system's /var/cache.
// - Laravel's cached bootstrap files under `bootstrap/cache/` and compiled Blade views under
//   `storage/framework/views/` (Laravel docs, "Deployment": config:cache, route:cache, view:cache).
// - Go's generated sources: Wire's injectors in `wire_gen.go`, protoc-gen-go's `*.pb.go`, and files
//   named `zz_generated*.go` (the `// Code generated … DO NOT EDIT.` convention of `go generate`).
// - .NET's generated sources: `*.g.cs` / `*.g.i.cs` (source generators, XAML) and `*.Designer.cs`.
// - Spring's CGLIB proxies of the app's classes (`Foo$$SpringCGLIB$$0`, `Foo$$EnhancerBySpringCGLIB$$1a2b`):
//   the proxy's frame is followed by the app's own method it calls.

const GENERATED_FILE = /(?:^|[\\/][^\\/]+[\\/])var[\\/]cache[\\/]|(?:^|[\\/])(?:bootstrap[\\/]cache[\\/]|storage[\\/]framework[\\/]views[\\/])|(?:^|[\\/])(?:wire_gen\.go|zz_generated[\w.-]*\.go|[\w.-]+\.pb\.go|[\w.-]+\.g(?:\.i)?\.cs|[\w.-]+\.Designer\.cs)$/;
const GENERATED_TYPE = /\$\$(?:SpringCGLIB|EnhancerBySpringCGLIB|FastClassBySpringCGLIB)\$\$/;

/** Whether a frame (its file path, its module or class) is in code a framework generated for the app. */
export function isGeneratedCode(frame: { file?: string; module?: string }): boolean {
  return (frame.file !== undefined && GENERATED_FILE.test(frame.file)) || (frame.module !== undefined && GENERATED_TYPE.test(frame.module));
}

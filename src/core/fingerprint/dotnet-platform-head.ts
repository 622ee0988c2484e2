// A .NET MAUI project (and a multi-targeted Xamarin one) keeps each platform's own code under
// `Platforms/<platform>/`, compiled into that platform's build alone, and the templates give the
// heads one namespace and class each: `Platforms/iOS/Program.cs` and
// `Platforms/MacCatalyst/Program.cs` both declare `<App>.Program.Main`. A .NET frame is keyed by
// its namespaced method (the path varies by build machine), so the two heads' methods were one
// frame, and SimpleWeather's NullReferenceException in the iOS head's Program.Main one signature
// with the Mac Catalyst head's, two App Center crash groups (threads-26). The platform directory
// is the same on every build machine; it names which of the methods a frame is.

/** The platform directories the MAUI templates create under `Platforms/`. */
const PLATFORM_HEAD = /(?:^|[\\/])Platforms[\\/](Android|iOS|MacCatalyst|Windows|Tizen)[\\/]/;

/** The platform head a frame's source file is in (`iOS` for `…/Platforms/iOS/Program.cs`), if any. */
export function platformHeadOf(file: string | undefined): string | undefined {
  if (!file || !file.includes('Platforms')) return undefined;
  const m = PLATFORM_HEAD.exec(file);
  return m?.[1];
}

/** A frame's key with the platform head its file is in, where it is in one. */
export function withPlatformHead(key: string, file: string | undefined): string {
  const head = platformHeadOf(file);
  return head ? `${key}@${head}` : key;
}

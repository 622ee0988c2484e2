// A timeout the program configured that its framework says it did not apply or does not support:
// ASP.NET Core's request-timeout middleware `The timeout was not applied for route 'route1', ensure
// `IApplicationBuilder.UseRequestTimeouts()` is called between `IApplicationBuilder.UseRouting()` and
// `IApplicationBuilder.UseEndpoints()`.` (dotnet/yarp#2404: the program's pipeline registers the
// middleware in the wrong place), or a timeout a transport `is not supported`. The words are about a
// setting and where the code put it — nothing waited and ran out — so TIMEOUT (signals.ts) does not
// read the word there, as it does not read `timeout value is negative` or a `timeout=5` setting.
// A timeout that ran out stays one: `Timeout was reached` (curl), `The timeout period elapsed prior
// to completion of the operation` (SqlClient), `timeout exceeded when trying to connect`.

/** What follows `timeout` when the words say the setting was not applied, not that a wait ran out. */
export const TIMEOUT_NOT_APPLIED_AFTER = / (?:was|is|were|are) not (?:applied|supported|honou?red)\b/;

// .NET's own exception types, by the simple name some pages print them under.
// Exception.ToString() begins with the type's full name (`System.NullReferenceException: …`,
// https://learn.microsoft.com/dotnet/api/system.exception.tostring), but ASP.NET Core's
// developer exception page, Unity's console and several crash reporters print its short name
// (`NullReferenceException: …`). One failure pasted in both forms (the .NET 6 Router.Refresh
// prerender bug as the page and as the console trace, threads-19) read as two types, two
// signatures.
// A bare name is read as the runtime's type only where the runtime's own namespaces declare a
// type of that name and the libraries an application commonly uses do not declare another one:
// `JsonException` (System.Text.Json and Newtonsoft.Json), `SqlException` (System.Data.SqlClient
// and Microsoft.Data.SqlClient), `AuthenticationException`, `SerializationException` and
// `ValidationException` (each declared again by common libraries) stay as they are. The names
// are those of the .NET API reference's namespace pages (https://learn.microsoft.com/dotnet/api/
// + system, system.io, system.collections.generic, system.threading, system.threading.tasks,
// system.net, system.net.http, system.net.sockets, system.reflection,
// system.runtime.interopservices, system.componentmodel, system.security.cryptography,
// system.globalization, system.text, system.xml).

const BY_NAMESPACE: Record<string, readonly string[]> = {
  System: [
    'AccessViolationException', 'AggregateException', 'AppDomainUnloadedException', 'ApplicationException', 'ArgumentException',
    'ArgumentNullException', 'ArgumentOutOfRangeException', 'ArithmeticException', 'ArrayTypeMismatchException', 'BadImageFormatException',
    'CannotUnloadAppDomainException', 'DataMisalignedException', 'DivideByZeroException', 'DllNotFoundException', 'DuplicateWaitObjectException',
    'EntryPointNotFoundException', 'Exception', 'ExecutionEngineException', 'FieldAccessException', 'FormatException', 'IndexOutOfRangeException',
    'InsufficientExecutionStackException', 'InsufficientMemoryException', 'InvalidCastException', 'InvalidOperationException',
    'InvalidProgramException', 'InvalidTimeZoneException', 'MemberAccessException', 'MethodAccessException', 'MissingFieldException',
    'MissingMemberException', 'MissingMethodException', 'MulticastNotSupportedException', 'NotFiniteNumberException',
    'NotImplementedException', 'NotSupportedException', 'NullReferenceException', 'ObjectDisposedException', 'OperationCanceledException',
    'OutOfMemoryException', 'OverflowException', 'PlatformNotSupportedException', 'RankException', 'StackOverflowException',
    'SystemException', 'TimeZoneNotFoundException', 'TimeoutException', 'TypeAccessException', 'TypeInitializationException',
    'TypeLoadException', 'TypeUnloadedException', 'UnauthorizedAccessException', 'UriFormatException',
  ],
  'System.IO': [
    'DirectoryNotFoundException', 'DriveNotFoundException', 'EndOfStreamException', 'FileLoadException', 'FileNotFoundException',
    'IOException', 'InternalBufferOverflowException', 'InvalidDataException', 'PathTooLongException',
  ],
  'System.Collections.Generic': ['KeyNotFoundException'],
  'System.Threading': [
    'AbandonedMutexException', 'LockRecursionException', 'SemaphoreFullException', 'SynchronizationLockException', 'ThreadAbortException',
    'ThreadInterruptedException', 'ThreadStateException', 'WaitHandleCannotBeOpenedException',
  ],
  'System.Threading.Tasks': ['TaskCanceledException', 'TaskSchedulerException'],
  'System.Net': ['CookieException', 'HttpListenerException', 'ProtocolViolationException', 'WebException'],
  'System.Net.Http': ['HttpRequestException'],
  'System.Net.Sockets': ['SocketException'],
  'System.Reflection': ['AmbiguousMatchException', 'ReflectionTypeLoadException', 'TargetInvocationException', 'TargetParameterCountException'],
  'System.Runtime.InteropServices': ['COMException', 'ExternalException', 'MarshalDirectiveException', 'SEHException'],
  'System.ComponentModel': ['InvalidEnumArgumentException', 'Win32Exception'],
  'System.Security.Cryptography': ['CryptographicException'],
  'System.Globalization': ['CultureNotFoundException'],
  'System.Text': ['DecoderFallbackException', 'EncoderFallbackException'],
  'System.Xml': ['XmlException'],
};

const FULL_NAME = new Map<string, string>(Object.entries(BY_NAMESPACE).flatMap(([ns, names]) => names.map((n) => [n, `${ns}.${n}`] as const)));

/**
 * The full name of a .NET type printed by its simple name, where it is one of the runtime's own
 * (`NullReferenceException` → `System.NullReferenceException`); any other name as it is.
 */
export function dotnetFullTypeName(type: string): string {
  return FULL_NAME.get(type) ?? type;
}

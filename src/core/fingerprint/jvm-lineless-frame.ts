// A JVM frame with a source file and no line number: StackTraceElement.toString() prints
// `(File.kt)` when the class file has no line number for the frame (its line is negative,
// https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/StackTraceElement.html#toString()).
// Kotlin's `object` declarations compile their static initializer so: an exception declared as an
// object captures its trace there, and the first frame reads
// `at dev.cbyrne.kdiscordipc.core.error.ConnectionError$NoIPCFile.<clinit>(ConnectionError.kt)`
// (Almighty-Alpaca/JetBrains-Discord-Integration#384, threads-54). A paste cut after that frame
// held no frame the JVM reader knew by its form (a file and a line, `Unknown Source`, `Native
// Method`), so it was read as no trace at all, and the same failure quoted with its later frames
// was another signature. The file must be a JVM language's source file, as in the numbered form.

/** A frame line `at pkg.Class.method(File.kt)`: a JVM source file, no line number. */
export const LINELESS_JVM_FRAME = /^\s*at [\w$./@{}<>]{1,600} ?\([\w$.-]{1,200}\.(?:java|kt|scala|groovy|clj)\)/m;

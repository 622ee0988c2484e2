// An object's name a program builds from its kind and the names it was given: the kind stays, the
// names are values.
//
// ZNC 1.8.2 names each socket `<KIND>::<names>`: `IRC::<user>::<network>` for a network's
// connection to its IRC server, `USR::<user>` for a client logged in (src/IRCNetwork.cpp,
// src/Client.cpp), and its DEBUG lines start with it: `IRC::alice::local == Connected()`,
// `TDNS: IRC::bob::local, connecting to [127.0.0.1] using bindhost []` (programs/znc,
// server-logs-56.test.ts). Joined by `::`, the name read as code (a C++ or Rust path, where
// another word is another function, template-tokens.ts QUALIFIED_NAME), and each user's lines were
// a template of their own (110 lines of three statements in 13 signatures). What says these are
// names given, not code: the kind is one short word in capitals, the names after it open in
// lower case (or are ZNC's `???` for a client not yet logged in), and nothing calls it. The kind
// stays (`IRC::…` and `USR::…` are two classes' sockets: `IRC::<*> == Disconnected()` is
// CIRCSock's line, `USR::<*> == Disconnected()` CClient's). Only so: a path in lower case
// (`std::vector`, OpenSSL's `routines::unsupported`), a class and its method (`CZNC::AddUser`),
// Perl's packages in capitals and CamelCase (`IO::Socket::INET`, `DBD::Pg::st`) and a function
// called (`PDO::prepare():`) stay as they are.

// The kind in capitals, then one to four names opening in lower case, digits or `?`, then the
// punctuation the line puts after it.
const KINDED_NAME = /^([A-Z]{2,8})(?:::[a-z0-9?][^\s:()[\]{}<>]{0,63}?){1,4}([,.;:]?)$/;

/** The class of a kinded object's name (`IRC::<*>,`), or undefined for any other token. */
export function kindedObjectNameClass(token: string, wildcard: string): string | undefined {
  const m = KINDED_NAME.exec(token);
  return m ? `${m[1]}::${wildcard}${m[2]}` : undefined;
}

// A kinded name as kindedObjectNameClass writes it, its names masked.
const KINDED_CLASS = /^[A-Z]{2,8}::<\*>[,.;:]?$/;

/** Two kinded names of other kinds (`IRC::<*>` / `USR::<*>`): two classes' objects, two statements. */
export function differentObjectKinds(a: string, b: string): boolean {
  return a !== b && KINDED_CLASS.test(a) && KINDED_CLASS.test(b);
}

// An SSH server that accepted none of the authentications the client offered, in the client
// library's words, which name neither credentials nor a failed authentication as AUTH reads them:
// JSch's `JSchException: Auth fail` (springml/spark-sftp#19: an invalid username and password) and
// its maintained fork's `Auth fail for methods 'publickey,gssapi-keyex,gssapi-with-mic,password'`
// (mwiede/jsch#320, its maintainer: the credentials passed are incorrect), Node's ssh2 `All
// configured authentication methods failed`, Go's x/crypto/ssh `ssh: unable to authenticate,
// attempted methods [none publickey], no supported methods remain`, and OpenSSH's own `Permission
// denied (publickey,password).`. The server answered and refused who the client said it was: the
// key or password the service uses, not a peer down.
// Not JSch's `UnknownHostKey` or `reject HostKey` (the client refusing the server's key, a
// known_hosts matter), nor `Auth cancel` (the client's own prompt cancelled), nor a word inside a
// longer one (`OAuth failure`, `Auth failed over` in a program's own log).

/** An SSH client's words for a server that refused every authentication it offered. */
export const SSH_AUTH_REFUSED = /(?<![\w.])Auth fail(?: for methods '[\w@.,-]{1,200}')?(?![\w-])|\bAll configured authentication methods failed\b|\bssh: unable to authenticate, attempted methods\b|\bPermission denied \((?:publickey|password|keyboard-interactive|gssapi-[\w-]+)(?:,[\w-]+)*\)/;

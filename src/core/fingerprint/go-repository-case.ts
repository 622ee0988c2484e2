// A Go import path names its repository on a hosting service by owner and name
// (`github.com/<owner>/<repo>/…`, Go's "Remote import paths"), and GitHub, GitLab and Bitbucket
// resolve owner and repository names whatever their case: `github.com/Sirupsen/logrus` and
// `github.com/sirupsen/logrus` are one repository (logrus's owner renamed itself in 2017, and
// programs vendored it under either spelling). The packages below the repository are its
// directories, whose case git keeps, so only the two segments after the host are folded.
// Read otherwise, the same logrus statement failing in two programs (go-neb's vendored
// `Sirupsen`, lug's `sirupsen`, threads-44) had two crash-site keys.

/** Hosts whose `<owner>/<repo>` are resolved without regard to case. */
const CASE_BLIND_HOST = /^(github\.com|gitlab\.com|bitbucket\.org)\/([^/\s]{1,100})\/([^/\s]{1,100})(?=\/|$)/;

/** `module` with the owner and repository segments of a case-blind host lowercased; any other path as it is. */
export function withRepositoryCaseFolded(module: string): string {
  return module.replace(CASE_BLIND_HOST, (_m, host: string, owner: string, repo: string) => `${host}/${owner.toLowerCase()}/${repo.toLowerCase()}`);
}

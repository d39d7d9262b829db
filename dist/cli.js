import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-23YRZK4Z.js";
import {
  UsageError
} from "./chunks/chunk-7H2KTD5E.js";
import "./chunks/chunk-3YYMUT7C.js";

// src/cli/bin.ts
import { readFileSync } from "node:fs";

// src/cli/main.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
var HELP = `leastpriv ${VERSION} \u2014 least-privilege audit for Kubernetes manifests

Usage:
  leastpriv [audit] [PATH...] [options]   audit files and folders ('-' reads stdin; default '.')
  leastpriv audit --context DIR FILE...   load DIR as context, report only findings in FILEs
  leastpriv can-i VERB TYPE[/NAME] --as USER [options]
                                          would the manifests' RBAC allow USER this? (yes/no)
  leastpriv who-can VERB TYPE[/NAME] [options]
                                          every subject the manifests' RBAC allows this
  leastpriv verify [PATH...] [options]    prove the manifests' promises against a live cluster
  leastpriv rules                         list the rules (code, name, severity, profiles)
  leastpriv explain RULE                  show a rule's documentation
  leastpriv init                          write a commented .leastpriv.yaml here
  leastpriv --version | --help

Audit options:
  -f, --format FORMAT     text (default), json, sarif, github, junit
  -o, --output FILE       write the report to FILE instead of stdout
      --fail-on LEVEL     error (default), warning, note, none: lowest severity that exits 1
  -c, --config FILE       config file (default: .leastpriv.yaml found upward from the cwd)
      --profile NAME      rule profile: leastpriv (default), pss-baseline, pss-restricted
      --kube-version V    Kubernetes version for the Pod Security Standards controls (default: v1.35)
      --exclude PATTERN   skip paths matching PATTERN (.gitignore syntax; repeatable)
      --limit NAME=N      override an input limit (repeatable): maxFileSize (bytes), maxDocuments
                          (per file), maxAliasCount (per document), maxDepth (nesting)
      --no-gitignore      do not honour .gitignore files
      --show-suppressed   show suppressed findings in text output
      --sarif-root DIR    SARIF URIs are relative to DIR (default: the cwd)
      --stdin-name PATH   report findings in stdin ('-') under PATH, e.g. the file it was rendered from
      --context DIR       read all of DIR, report only findings in the files named
      --baseline FILE     findings recorded in FILE are suppressed: only new ones count
      --write-baseline FILE  record the current findings in FILE and exit 0
      --color, --no-color force colours on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)

can-i / who-can options (the grammar of kubectl auth can-i; TYPE may be pods, deployments.apps,
pods/NAME or a non-resource URL such as /metrics):
      --subresource SUB   ask about a subresource (pods --subresource exec)
  -n, --namespace NS      namespace of the request (default: default)
  -A, --all-namespaces    ask across all namespaces
  -f, --filename PATH     manifests to read: files or folders, repeatable (default: .)
      --as USER           the user to ask for (can-i); system:serviceaccount:NS:NAME adds the SA groups
      --as-group GROUP    a group of that user, repeatable (replaces the implied groups, as kubectl)
  -v, --verbose           can-i: list the rules that grant it, with file:line
      --format FORMAT     who-can: text (default) or json
  can-i exits 0 for yes and 1 for no; both exit 2 on a usage error.

Verify options (and -f, -o, --fail-on, -c, --exclude, --no-gitignore, --sarif-root as for audit):
      --kubeconfig FILE   kubeconfig (default: $KUBECONFIG, ~/.kube/config, in-cluster)
      --context NAME      kubeconfig context (default: current-context)
      --as USER           run the exec probes as USER (impersonation; default: the subjects the
                          manifests grant exec to)
      --as-group GROUP    groups for --as (repeatable)
      --probes FILE       extra probe catalog (repeatable; same ids replace built-in probes)
      --timeout DURATION  per API request (default 30s; probe commands use their catalog timeout)
      --concurrency N     requests in flight (default 4)
      --dry-run           print every request verify would make, connect to nothing

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage, config or internal error.
Docs: https://github.com/leastpriv/leastpriv#readme
`;
async function main(argv, io) {
  let [cmd, ...rest] = argv;
  try {
    if (cmd === void 0)
      return await (await import("./chunks/audit-DWU65NYM.js")).runAudit([], io);
    if (cmd === "--help" || cmd === "-h" || cmd === "help")
      return io.stdout(HELP), 0;
    if (cmd === "--version" || cmd === "-V")
      return io.stdout(`${VERSION}
`), 0;
    switch (cmd) {
      case "audit":
        return await (await import("./chunks/audit-DWU65NYM.js")).runAudit(rest, io);
      case "can-i":
        return await (await import("./chunks/can-i-7CFFWDR7.js")).runCanI(rest, io);
      case "who-can":
        return await (await import("./chunks/who-can-6IKRI7CJ.js")).runWhoCan(rest, io);
      case "verify":
        return await (await import("./chunks/verify-YKSKIITN.js")).runVerify(rest, io);
      case "rules":
        return await (await import("./chunks/rules-5LT6LMBR.js")).runRules(rest, io);
      case "explain":
        return await (await import("./chunks/rules-5LT6LMBR.js")).runExplain(rest, io);
      case "init":
        return await (await import("./chunks/init-P2BLJJVY.js")).runInit(rest, io);
      default:
        if (cmd.startsWith("-") || cmd === "." || cmd.includes("/") || /\.(ya?ml|json)$/.test(cmd) || existsSync(resolve(io.cwd, cmd)))
          return await (await import("./chunks/audit-DWU65NYM.js")).runAudit(argv, io);
        throw new UsageError(`unknown command '${cmd}'`);
    }
  } catch (e) {
    if (e instanceof UsageError)
      return io.stderr(`leastpriv: ${e.message}
Run 'leastpriv --help' for usage.
`), 2;
    let { ConfigError } = await import("./chunks/load-6KTNHNNK.js");
    return e instanceof ConfigError ? (io.stderr(`leastpriv: config error: ${e.message}
`), 2) : (io.stderr(`leastpriv: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`), 2);
  }
}

// src/cli/bin.ts
var out = (s) => {
  process.stdout.write(s);
}, err = (s) => {
  process.stderr.write(s);
};
process.stdout.on("error", (e) => {
  throw e.code === "EPIPE" && process.exit(process.exitCode ?? 0), e;
});
main(process.argv.slice(2), {
  stdout: out,
  stderr: err,
  cwd: process.cwd(),
  env: process.env,
  isTTY: !!process.stdout.isTTY,
  readStdin: () => readFileSync(0)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    err(`leastpriv: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`), process.exitCode = 2;
  }
);

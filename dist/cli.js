import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  COMMANDS,
  UsageError,
  commandDef,
  commandHelp,
  mainHelp,
  parseCommand
} from "./chunks/chunk-KF2SOTX4.js";
import {
  readBounded
} from "./chunks/chunk-BSQQ7CGQ.js";
import {
  VERSION
} from "./chunks/chunk-23YRZK4Z.js";
import {
  didYouMean
} from "./chunks/chunk-2PPMHZ32.js";
import "./chunks/chunk-3YYMUT7C.js";

// src/cli/main.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
var HELP = mainHelp(VERSION);
async function main(argv, io) {
  let [cmd, ...rest] = argv;
  try {
    if (cmd === void 0)
      return await (await import("./chunks/audit-2UZBW4DD.js")).runAudit([], io);
    if (cmd === "--help" || cmd === "-h" || cmd === "help")
      return io.stdout(HELP), 0;
    if (cmd === "--version" || cmd === "-V")
      return io.stdout(`${VERSION}
`), 0;
    if (commandDef(cmd) && wantsHelp(cmd, rest))
      return io.stdout(commandHelp(cmd, VERSION)), 0;
    switch (cmd) {
      case "audit":
        return await (await import("./chunks/audit-2UZBW4DD.js")).runAudit(rest, io);
      case "can-i":
        return await (await import("./chunks/can-i-VB46OTGN.js")).runCanI(rest, io);
      case "who-can":
        return await (await import("./chunks/who-can-AA7TAGQ4.js")).runWhoCan(rest, io);
      case "graph":
        return await (await import("./chunks/graph-YTM4F7LE.js")).runGraph(rest, io);
      case "verify":
        return await (await import("./chunks/verify-A56AW64V.js")).runVerify(rest, io);
      case "rules":
        return await (await import("./chunks/rules-GQYN43IZ.js")).runRules(rest, io);
      case "explain":
        return await (await import("./chunks/rules-GQYN43IZ.js")).runExplain(rest, io);
      case "init":
        return await (await import("./chunks/init-VGJPBPRN.js")).runInit(rest, io);
      default:
        if (cmd.startsWith("-") || cmd === "." || cmd.includes("/") || /\.(ya?ml|json)$/.test(cmd) || existsSync(resolve(io.cwd, cmd)))
          return wantsHelp("audit", argv) ? (io.stdout(commandHelp("audit", VERSION)), 0) : await (await import("./chunks/audit-2UZBW4DD.js")).runAudit(argv, io);
        {
          let hint = didYouMean(cmd, COMMANDS.map((c) => c.name));
          throw new UsageError(`unknown command '${cmd}'${hint ? `; did you mean ${hint}?` : ""} (and no file or folder of that name)`);
        }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      let about = e.command ?? (cmd !== void 0 && commandDef(cmd) ? cmd : void 0);
      return io.stderr(`leastpriv: ${e.message} (see 'leastpriv ${about ? about + " " : ""}--help')
`), 2;
    }
    let { ConfigError } = await import("./chunks/load-ZNXJP4A3.js");
    return e instanceof ConfigError ? (io.stderr(`leastpriv: config error: ${e.message}
`), 2) : (io.stderr(`leastpriv: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`), 2);
  }
}
function wantsHelp(cmd, args) {
  try {
    return parseCommand(cmd, args).values.help === !0;
  } catch {
    let end = args.indexOf("--");
    return (end === -1 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
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
  readStdin: (max) => readBounded(0, max)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    err(`leastpriv: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`), process.exitCode = 2;
  }
);

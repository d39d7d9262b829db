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
      return await (await import("./chunks/audit-7CFWTPOH.js")).runAudit([], io);
    if (cmd === "--help" || cmd === "-h" || cmd === "help")
      return io.stdout(HELP), 0;
    if (cmd === "--version" || cmd === "-V")
      return io.stdout(`${VERSION}
`), 0;
    if (commandDef(cmd) && wantsHelp(cmd, rest))
      return io.stdout(commandHelp(cmd, VERSION)), 0;
    switch (cmd) {
      case "audit":
        return await (await import("./chunks/audit-7CFWTPOH.js")).runAudit(rest, io);
      case "can-i":
        return await (await import("./chunks/can-i-FQEUJ53T.js")).runCanI(rest, io);
      case "who-can":
        return await (await import("./chunks/who-can-CWMVCTW3.js")).runWhoCan(rest, io);
      case "graph":
        return await (await import("./chunks/graph-I3CKM2EF.js")).runGraph(rest, io);
      case "verify":
        return await (await import("./chunks/verify-YM5QKPKH.js")).runVerify(rest, io);
      case "rules":
        return await (await import("./chunks/rules-YTWSOZP6.js")).runRules(rest, io);
      case "explain":
        return await (await import("./chunks/rules-YTWSOZP6.js")).runExplain(rest, io);
      case "init":
        return await (await import("./chunks/init-VGJPBPRN.js")).runInit(rest, io);
      default:
        if (cmd.startsWith("-") || cmd === "." || cmd.includes("/") || /\.(ya?ml|json)$/.test(cmd) || existsSync(resolve(io.cwd, cmd)))
          return wantsHelp("audit", argv) ? (io.stdout(commandHelp("audit", VERSION)), 0) : await (await import("./chunks/audit-7CFWTPOH.js")).runAudit(argv, io);
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

// src/cli/stdio.ts
import { fstatSync, writeSync } from "node:fs";
var pause = new Int32Array(new SharedArrayBuffer(4));
function characterDevice(fd) {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return !0;
  }
}
function stdioWriter(fd, onBrokenPipe) {
  let stream = () => fd === 1 ? process.stdout : process.stderr;
  if (characterDevice(fd)) {
    let listening = !1;
    return {
      write: (s) => {
        let st = stream();
        listening || (listening = !0, st.on("error", (e) => {
          if (e.code === "EPIPE") onBrokenPipe();
          else throw e;
        })), st.write(s);
      },
      isTTY: () => !!stream().isTTY
    };
  }
  let gone = !1;
  return {
    write: (s) => {
      if (gone) return;
      let buf = Buffer.from(s, "utf8"), off = 0;
      for (; off < buf.length; )
        try {
          off += writeSync(fd, buf, off, buf.length - off);
        } catch (e) {
          let code = e.code;
          if (code === "EAGAIN") {
            Atomics.wait(pause, 0, 0, 5);
            continue;
          }
          if (code === "EPIPE") {
            gone = !0;
            return;
          }
          throw e;
        }
    },
    // (a pipe, a file or a socket is never a terminal)
    isTTY: () => !1
  };
}

// src/cli/bin.ts
var brokenPipe = () => process.exit(process.exitCode ?? 0), stdout = stdioWriter(1, brokenPipe), stderr = stdioWriter(2, brokenPipe);
main(process.argv.slice(2), {
  stdout: stdout.write,
  stderr: stderr.write,
  cwd: process.cwd(),
  env: process.env,
  isTTY: stdout.isTTY(),
  readStdin: (max) => readBounded(0, max)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    stderr.write(`leastpriv: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`), process.exitCode = 2;
  }
);

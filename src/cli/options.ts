/**
 * The single source of the command line: every command and every option, with its help text.
 * The argument parser (parseCommand), every `--help` text (mainHelp, commandHelp) and the README's
 * usage tables (`npm run docs`, checked by test/docs.test.ts) are all made from these two tables.
 *
 * To add a flag: add one entry to OPTIONS (its `commands` say where it is accepted; `group` where it
 * is listed in the help), read it in the command as `values['my-flag']`, run `npm run docs`.
 * To add a command: add it to COMMANDS and to the switch in main.ts.
 *
 * One meaning per letter across the whole CLI: `-f` is `--format` everywhere (ESLint and Trivy);
 * `-o` is `--output`: the report file for audit/verify (ESLint, Trivy), the output format for
 * can-i/who-can (kubectl's `-o json`). Compatibility for kubectl habits is handled by the commands.
 */
import { UsageError } from './usage.ts';

export type CommandName = 'audit' | 'verify' | 'can-i' | 'who-can' | 'graph' | 'rules' | 'explain' | 'init';

export interface CommandDef {
  name: CommandName;
  /** Usage lines, without the leading `leastpriv `. */
  usage: readonly string[];
  /** One line for the command list. */
  summary: string;
  /** A paragraph after the usage in `leastpriv CMD --help`. */
  description?: string;
  /** Exit codes of this command. */
  exit: string;
}

export interface OptionDef {
  long: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** Placeholder for the value of a string option, e.g. FILE. */
  arg?: string;
  help: string;
  commands: readonly CommandName[];
  /** Other long names accepted for the same option (kept for compatibility or habit). */
  aliases?: readonly string[];
}

export const COMMANDS = [
  {
    name: 'audit',
    usage: ['[audit] [PATH...] [options]', 'audit --context DIR FILE... [options]'],
    summary: "audit files and folders ('-' reads stdin; default '.')",
    description:
      "Reads .yaml, .yml and .json files under each PATH ('-' is stdin) and reports findings at file:line:column. With --context DIR, all of DIR is read and the findings whose cause involves one of the FILEs are reported (the pre-commit hook).",
    exit: '0 no finding at or above --fail-on, 1 findings at or above it (or more warnings than --max-warnings), 2 usage, config or internal error, a path that does not exist, or no Kubernetes object audited (unless --allow-empty)',
  },
  {
    name: 'can-i',
    usage: ['can-i VERB TYPE[/NAME] --as USER [options]', 'can-i --list --as USER [-n NS] [options]'],
    summary: "would the manifests' RBAC allow USER this? (yes/no)",
    description:
      'The grammar of kubectl auth can-i, answered from the manifests: TYPE may be pods, deployments.apps, pods/NAME or a non-resource URL such as /metrics.',
    exit: '0 yes, 1 no, 2 usage error or a path that does not exist',
  },
  {
    name: 'who-can',
    usage: ['who-can VERB TYPE[/NAME] [options]'],
    summary: "every subject the manifests' RBAC allows this",
    description: 'Lists each subject with the binding, the role and the rule (file:line) that allow the request.',
    exit: '0 answered (also when no subject can), 2 usage error or a path that does not exist',
  },
  {
    name: 'graph',
    usage: ['graph [PATH...] [options]'],
    summary: 'draw who can reach what: subjects → bindings → roles → dangerous permissions → workloads → node',
    description:
      "The RBAC graph of the manifests (default '.'): each subject's bindings and roles, the dangerous permissions they grant in each namespace (exec/attach, secrets, escalate/bind/impersonate, nodes/proxy, pod creation), the workloads exec reaches that reach the node, and the node. JSON gives every node its file:line.",
    exit: '0 drawn, 2 usage or config error or a path that does not exist',
  },
  {
    name: 'verify',
    usage: ['verify [PATH...] [options]'],
    summary: "prove the manifests' promises against a live cluster",
    description:
      'Access reviews for every permission the RBAC grants; for every identity granted pods/exec, the exec WebSocket opened as it (impersonation) in a running, ready pod of the manifests running `true`; the probe catalog; capabilities; drift. Read-only: GET/LIST, access reviews, and exec sessions that change nothing (`true`, `cat /proc/1/status`, the catalog diagnostics; stdin never opened). Exec sessions are opened by default because the upgrade is the only check that sees what an exec client sees; --no-exec skips them. --dry-run connects to nothing: it reads the kubeconfig (for the namespace, and to say when it is unusable) and prints the plan, exiting as the run would on what is known without the cluster.',
    exit: '0 no finding at or above --fail-on, 1 findings at or above it (a run that could exercise none of what the manifests promise is one), 2 usage, config or internal error, or the cluster could not be used',
  },
  { name: 'rules', usage: ['rules [options]'], summary: 'list the rules (code, name, severity, profiles)', exit: '0, or 2 on a usage error' },
  { name: 'explain', usage: ['explain RULE [options]'], summary: "show a rule's documentation (by code or name)", exit: '0, or 2 for an unknown rule' },
  { name: 'init', usage: ['init'], summary: 'write a commented .leastpriv.yaml here', exit: '0 written, 2 a config file already exists' },
] as const satisfies readonly CommandDef[];

const REPORTING = ['audit', 'verify'] as const;
const QUERY = ['can-i', 'who-can'] as const;
const ALL = ['audit', 'verify', 'can-i', 'who-can', 'graph', 'rules', 'explain', 'init'] as const;

export const OPTIONS = [
  { long: 'help', short: 'h', type: 'boolean', help: 'show this help and exit 0', commands: ALL },

  // Reports: audit and verify.
  {
    long: 'format',
    short: 'f',
    type: 'string',
    arg: 'FORMAT',
    help: 'report format: text (default; findings grouped by file with a code frame, also called stylish as in ESLint), compact (one line per finding), json, sarif, github, junit, html (one self-contained page: filters, code frames, the access graph)',
    commands: REPORTING,
  },
  {
    long: 'output',
    short: 'o',
    type: 'string',
    arg: 'FILE',
    help: "write the report to FILE instead of stdout; a bare format name (-o json) is refused: say -f json, or -o ./json for a file named json",
    commands: REPORTING,
  },
  { long: 'quiet', short: 'q', type: 'boolean', help: 'errors only: warnings and notes are neither reported nor counted (ESLint --quiet)', commands: ['audit'] },
  { long: 'max-warnings', type: 'string', arg: 'N', help: 'exit 1 when there are more than N unsuppressed warnings (ESLint; -1: no limit, the default)', commands: ['audit'] },
  { long: 'rule', type: 'string', multiple: true, arg: 'ID[:SEVERITY]', help: 'run only this rule (code or name; repeatable), also when it is off in the profile; the input rules LP001-LP004 always run', commands: ['audit'] },
  { long: 'disable-rule', type: 'string', multiple: true, arg: 'ID', help: 'do not run this rule (code or name; repeatable)', commands: ['audit'] },
  {
    long: 'print-config',
    type: 'string',
    arg: 'FILE',
    help: "print the effective configuration for FILE as JSON (config file, profile, each rule's severity and options, whether FILE is audited or excluded) and exit 0 (ESLint)",
    commands: ['audit'],
  },
  { long: 'allow-empty', type: 'boolean', help: 'exit 0 when no Kubernetes object was found (default: exit 2, as ESLint does for no files; the pre-commit hook sets it)', commands: ['audit'] },
  { long: 'verbose', short: 'v', type: 'boolean', help: 'name every file without Kubernetes objects and every skipped file', commands: ['audit'] },
  { long: 'fail-on', type: 'string', arg: 'LEVEL', help: 'error (default), warning, note, none: lowest severity that exits 1', commands: REPORTING },
  { long: 'config', short: 'c', type: 'string', arg: 'FILE', help: 'config file (default: .leastpriv.yaml found upward from the cwd)', commands: ['audit', 'verify', 'can-i', 'who-can', 'graph'] },
  { long: 'profile', type: 'string', arg: 'NAME', help: 'rule profile: leastpriv (default), pss-baseline, pss-restricted', commands: ['audit'] },
  { long: 'kube-version', type: 'string', arg: 'V', help: 'Kubernetes version the manifests are for: the Pod Security Standards controls, and which verbs open exec/attach (default: the newest the policy knows, v1.37; pin an older cluster with e.g. v1.30)', commands: ['audit', 'graph'] },
  { long: 'exclude', type: 'string', multiple: true, arg: 'PATTERN', help: 'skip paths matching PATTERN (.gitignore syntax; repeatable)', commands: [...REPORTING, 'graph'] },
  {
    long: 'limit',
    type: 'string',
    multiple: true,
    arg: 'NAME=N',
    help: 'override an input limit (repeatable): maxFileSize (bytes), maxDocuments (per file), maxAliasCount (per document), maxDepth (nesting)',
    commands: ['audit'],
  },
  { long: 'no-gitignore', type: 'boolean', help: 'do not honour .gitignore files', commands: [...REPORTING, 'graph'] },
  {
    long: 'no-render',
    type: 'boolean',
    help: 'audit files as written: do not render kustomization roots and Flux Kustomizations with kustomize (config: render: false)',
    commands: ['audit', 'verify', 'can-i', 'who-can', 'graph'],
  },
  {
    long: 'kustomize-command',
    type: 'string',
    arg: 'CMD',
    help: 'the kustomize to run: kubectl (default; runs kubectl kustomize) or a kustomize binary (runs kustomize build)',
    commands: ['audit', 'verify', 'can-i', 'who-can', 'graph'],
  },
  { long: 'show-suppressed', type: 'boolean', help: 'show suppressed findings in text output', commands: ['audit'] },
  { long: 'sarif-root', type: 'string', arg: 'DIR', help: 'SARIF URIs are relative to DIR (default: the cwd)', commands: REPORTING },
  { long: 'stdin-name', type: 'string', arg: 'PATH', help: "report findings in stdin ('-') under PATH, e.g. the file it was rendered from; when PATH is among the files read, stdin stands for it (an editor's unsaved buffer, a staged version)", commands: ['audit'] },
  { long: 'context', type: 'string', arg: 'DIR', help: 'read all of DIR, report the findings whose cause involves the files (or the files of the folders) named', commands: ['audit'] },
  {
    long: 'cache',
    type: 'boolean',
    help: 'keep results in the cache folder and reuse one when the files, the config and leastpriv are what it was computed from (default: on with --context, off otherwise)',
    commands: ['audit'],
  },
  { long: 'no-cache', type: 'boolean', help: 'neither read nor write the cache', commands: ['audit'] },
  { long: 'cache-location', type: 'string', arg: 'DIR', help: 'the cache folder (default: .leastpriv-cache in the working folder; it carries its own .gitignore)', commands: ['audit'] },
  { long: 'baseline', type: 'string', arg: 'FILE', help: 'findings recorded in FILE are suppressed: only new ones count', commands: ['audit'] },
  { long: 'write-baseline', type: 'string', arg: 'FILE', help: 'record the current findings in FILE and exit 0', commands: ['audit'] },
  { long: 'fix', type: 'boolean', help: 'apply the fixes rules offer, in place; then report what is left', commands: ['audit'] },
  { long: 'fix-dry-run', type: 'boolean', help: 'print the fixes as a unified diff; write nothing', commands: ['audit'] },
  { long: 'fix-type', type: 'string', multiple: true, arg: 'TYPES', help: 'with --fix or --fix-dry-run: fix (default), suggestion, or fix,suggestion', commands: ['audit'] },
  { long: 'suggestions', type: 'boolean', help: "with --fix or --fix-dry-run: also apply each finding's first suggestion (= --fix-type fix,suggestion)", commands: ['audit'] },
  { long: 'color', type: 'boolean', help: 'force colours on (default: on for a terminal; NO_COLOR, FORCE_COLOR)', commands: REPORTING },
  { long: 'no-color', type: 'boolean', help: 'force colours off', commands: REPORTING },

  // rules / explain.
  { long: 'format', short: 'f', type: 'string', arg: 'FORMAT', help: 'text (default, a table) or json (every field of each rule)', commands: ['rules'] },
  { long: 'profile', type: 'string', arg: 'NAME', help: 'only the rules on in this profile, with their severity there (leastpriv, pss-baseline, pss-restricted)', commands: ['rules'] },
  { long: 'format', short: 'f', type: 'string', arg: 'FORMAT', help: 'text (default: the Markdown rendered for a terminal) or markdown (as in rules/NAME.md)', commands: ['explain'] },
  { long: 'color', type: 'boolean', help: 'force colours on (default: on for a terminal; NO_COLOR, FORCE_COLOR)', commands: ['explain'] },
  { long: 'no-color', type: 'boolean', help: 'force colours off', commands: ['explain'] },

  // can-i / who-can.
  { long: 'subresource', type: 'string', arg: 'SUB', help: 'ask about a subresource (pods --subresource exec)', commands: QUERY },
  { long: 'namespace', short: 'n', type: 'string', arg: 'NS', help: 'namespace of the request (default: default)', commands: QUERY },
  { long: 'all-namespaces', short: 'A', type: 'boolean', help: 'ask across all namespaces', commands: QUERY },
  { long: 'filename', type: 'string', multiple: true, arg: 'PATH', help: 'manifests to read: files or folders, repeatable (default: .)', commands: QUERY },
  { long: 'as', type: 'string', arg: 'USER', help: 'the user to ask for; system:serviceaccount:NS:NAME adds the service account groups', commands: ['can-i'] },
  { long: 'as-group', type: 'string', multiple: true, arg: 'GROUP', help: 'a group of that user, repeatable (replaces the implied groups, as kubectl)', commands: ['can-i'] },
  { long: 'verbose', short: 'v', type: 'boolean', help: 'list the rules that grant it, with file:line; for a no, what is granted nearby (other verbs, names, namespaces)', commands: ['can-i'] },
  { long: 'list', type: 'boolean', help: 'list what USER can do: cluster-wide and in each namespace with a RoleBinding for USER (or in -n NS)', commands: ['can-i'] },
  { long: 'quiet', short: 'q', type: 'boolean', help: 'print nothing; the exit code is the answer', commands: ['can-i'] },
  { long: 'format', short: 'f', type: 'string', arg: 'FORMAT', help: 'text (default) or json', commands: QUERY },
  { long: 'output', short: 'o', type: 'string', arg: 'FORMAT', help: "the same as --format (kubectl's -o json)", commands: QUERY },

  // graph.
  { long: 'format', short: 'f', type: 'string', arg: 'FORMAT', help: 'mermaid (default), dot (Graphviz) or json (every node with its file:line)', commands: ['graph'] },
  { long: 'output', short: 'o', type: 'string', arg: 'FILE', help: 'write the graph to FILE instead of stdout', commands: ['graph'] },
  { long: 'focus', type: 'string', arg: 'SUBJECT|NAMESPACE', help: 'only this subject (mcp-homelab, ServiceAccount NS/NAME, system:serviceaccount:NS:NAME) or what reaches this namespace', commands: ['graph'] },
  { long: 'attack-paths', type: 'boolean', help: 'only the chains that end on node access', commands: ['graph'] },

  // verify.
  { long: 'kubeconfig', type: 'string', arg: 'FILE', help: 'kubeconfig (default: $KUBECONFIG, ~/.kube/config, in-cluster)', commands: ['verify'] },
  { long: 'context', type: 'string', arg: 'NAME', help: 'kubeconfig context (default: current-context)', commands: ['verify'] },
  { long: 'namespace', short: 'n', type: 'string', arg: 'NS', help: "the namespace the manifests' objects without one were applied to (kubectl apply -n NS; default: the context's, else default)", commands: ['verify'] },
  { long: 'as', type: 'string', arg: 'USER', help: 'run the exec probes as USER (impersonation; default: the subjects the manifests grant exec to)', commands: ['verify'] },
  { long: 'as-group', type: 'string', multiple: true, arg: 'GROUP', help: 'groups for --as (repeatable)', commands: ['verify'] },
  { long: 'probes', type: 'string', multiple: true, arg: 'FILE', help: 'extra probe catalog (repeatable; same ids replace built-in probes)', commands: ['verify'] },
  { long: 'timeout', type: 'string', arg: 'DURATION', help: 'per API request (default 30s; probe commands use their catalog timeout)', commands: ['verify'] },
  { long: 'concurrency', type: 'string', arg: 'N', help: 'requests in flight (default 4)', commands: ['verify'] },
  { long: 'dry-run', type: 'boolean', help: 'print every request verify would make, connect to nothing; exit 2 when the kubeconfig is unusable, 1 for findings known without the cluster (an identity Kubernetes refuses)', commands: ['verify'] },
  { long: 'no-exec', type: 'boolean', help: 'open no exec session (exec access, probes, capabilities): access reviews and drift only', commands: ['verify'] },
] as const satisfies readonly OptionDef[];

type Opt = (typeof OPTIONS)[number];
type ValueOf<O> = O extends { type: 'boolean' } ? boolean : O extends { multiple: true } ? string[] : string;
/** Parsed option values, keyed by long name (`values['fail-on']`). */
export type Values = { [O in Opt as O['long']]?: ValueOf<O> };

export function commandDef(name: string): CommandDef | undefined {
  return (COMMANDS as readonly CommandDef[]).find((c) => c.name === name);
}

export function optionsFor(cmd: CommandName): OptionDef[] {
  return (OPTIONS as readonly OptionDef[]).filter((o) => o.commands.includes(cmd));
}

export { didYouMean, editDistance } from '../engine/did-you-mean.ts';
import { didYouMean } from '../engine/did-you-mean.ts';

export interface Parsed {
  values: Values;
  positionals: string[];
  /** Every value given to each string option, in order (also for options that keep only the last). */
  all: Record<string, string[]>;
}

/** Parse `args` for `cmd` against OPTIONS: `--name value`, `--name=value`, `-x value`, `-xvalue`, `-Av`, `--`. */
export function parseCommand(cmd: CommandName, args: readonly string[]): Parsed {
  const opts = optionsFor(cmd);
  const byLong = new Map<string, OptionDef>();
  for (const o of opts) for (const n of [o.long, ...(o.aliases ?? [])]) byLong.set(n, o);
  const byShort = new Map(opts.filter((o) => o.short).map((o) => [o.short!, o]));
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  const all: Record<string, string[]> = {};
  const set = (o: OptionDef, v: string | boolean) => {
    if (typeof v === 'string') (all[o.long] ??= []).push(v);
    if (o.multiple) ((values[o.long] ??= []) as string[]).push(v as string);
    else values[o.long] = v;
  };
  const unknown = (flag: string): never => {
    const hint = flag.startsWith('--') ? didYouMean(flag.slice(2), [...byLong.keys()]) : undefined;
    const elsewhere = flag.startsWith('--') ? (OPTIONS as readonly OptionDef[]).find((o) => o.long === flag.slice(2)) : undefined;
    const tail = hint ? `; did you mean --${hint}?` : elsewhere ? `; it is an option of ${elsewhere.commands.join(', ')}` : '';
    throw new UsageError(`unknown option '${flag}' for ${cmd}${tail}`, cmd);
  };
  const needValue = (o: OptionDef, shown: string): never => {
    throw new UsageError(`option ${shown} needs a value (${shown} ${o.arg ?? 'VALUE'})`, cmd);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      const o = byLong.get(name) ?? unknown(eq === -1 ? a : a.slice(0, eq));
      if (o.type === 'boolean') {
        if (eq !== -1) throw new UsageError(`option --${name} takes no value`, cmd);
        set(o, true);
      } else if (eq !== -1) set(o, a.slice(eq + 1));
      else {
        const v = args[i + 1];
        if (v === undefined || (v.startsWith('--') && v.length > 2)) needValue(o, `--${name}`);
        set(o, v!);
        i++;
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const o = byShort.get(a[k]!) ?? unknown(`-${a[k]}`);
        if (o.type === 'boolean') {
          set(o, true);
          continue;
        }
        const rest = a.slice(k + 1);
        if (rest) set(o, rest.startsWith('=') ? rest.slice(1) : rest);
        else {
          const v = args[i + 1];
          if (v === undefined || (v.startsWith('--') && v.length > 2)) needValue(o, `-${o.short}`);
          set(o, v!);
          i++;
        }
        break;
      }
      continue;
    }
    positionals.push(a);
  }
  return { values: values as Values, positionals, all };
}

// ---- help texts ----------------------------------------------------------------------------

function flagLabel(o: OptionDef): string {
  const names = [o.long, ...(o.aliases ?? [])].map((n) => `--${n}`).join(', ');
  return `${o.short ? `-${o.short}, ` : '    '}${names}${o.arg ? ` ${o.arg}` : ''}`;
}

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

function optionLines(opts: readonly OptionDef[]): string {
  const col = 28;
  return opts
    .map((o) => {
      const label = `  ${flagLabel(o)}`;
      const body = wrap(o.help, 100 - col, ' '.repeat(col));
      return label.length + 2 <= col ? `${label.padEnd(col)}${body.join('\n')}` : `${label}\n${' '.repeat(col)}${body.join('\n')}`;
    })
    .join('\n');
}

/** `leastpriv CMD --help`. */
export function commandHelp(cmd: CommandName, version: string): string {
  const c = commandDef(cmd)!;
  const usage = c.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}leastpriv ${u}`).join('\n');
  const desc = c.description ? `\n${wrap(c.description, 100, '').join('\n')}\n` : '';
  return `leastpriv ${version} — ${cmd}: ${c.summary}\n\n${usage}\n${desc}\nOptions:\n${optionLines(optionsFor(cmd))}\n\nExit codes: ${c.exit}.\n`;
}

/** `leastpriv --help`. */
export function mainHelp(version: string): string {
  const cmds = (COMMANDS as readonly CommandDef[]).map((c) => {
    const u = `  leastpriv ${c.usage[0]}`;
    return u.length + 2 <= 44 ? `${u.padEnd(44)}${c.summary}` : `${u}\n${' '.repeat(44)}${c.summary}`;
  });
  return `leastpriv ${version} — least-privilege audit for Kubernetes manifests

Usage:
${cmds.join('\n')}
  leastpriv --version | --help
  leastpriv COMMAND --help                  the options of a command

Audit options:
${optionLines(optionsFor('audit').filter((o) => o.long !== 'help'))}

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage, config or internal error.
Docs: https://github.com/leastpriv/leastpriv#readme
`;
}

// ---- README ---------------------------------------------------------------------------------

export const USAGE_START = '<!-- usage:start (generated from src/cli/options.ts by `npm run docs`) -->';
export const USAGE_END = '<!-- usage:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The README's usage reference: per command, its usage lines, options and exit codes. */
export function usageMarkdown(): string {
  const out: string[] = [];
  for (const c of COMMANDS as readonly CommandDef[]) {
    out.push(`#### \`leastpriv ${c.name}\``, '', c.usage.map((u) => `    leastpriv ${u}`).join('\n'), '', `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.${c.description ? ' ' + c.description : ''}`, '');
    const opts = optionsFor(c.name).filter((o) => o.long !== 'help');
    if (opts.length) {
      out.push('| Option | Meaning |', '|---|---|');
      for (const o of opts) {
        const names = [...(o.short ? [`-${o.short}`] : []), ...[o.long, ...(o.aliases ?? [])].map((n) => `--${n}`)].join(', ');
        out.push(`| \`${names}${o.arg ? ` ${o.arg}` : ''}\` | ${cell(o.help)} |`);
      }
      out.push('');
    }
    out.push(`Exit codes: ${c.exit}. Every command also takes \`-h, --help\`.`, '');
  }
  return out.join('\n').trimEnd();
}

export function withUsage(readme: string): string {
  const s = readme.indexOf(USAGE_START);
  const e = readme.indexOf(USAGE_END);
  if (s === -1 || e === -1 || e < s) throw new Error('README.md lacks the usage markers');
  return readme.slice(0, s + USAGE_START.length) + '\n' + usageMarkdown() + '\n' + readme.slice(e);
}

import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  useColor
} from "./chunk-SMT67TH4.js";
import {
  UsageError,
  parseCommand
} from "./chunk-KF2SOTX4.js";
import {
  require_picocolors
} from "./chunk-6HAW2HBN.js";
import {
  PROFILE_NAMES,
  RULES,
  activeRules,
  describeRule,
  findRule
} from "./chunk-IODZ2AQT.js";
import "./chunk-Q5VFHMWF.js";
import "./chunk-23YRZK4Z.js";
import {
  defaults
} from "./chunk-ILG67AN3.js";
import "./chunk-FMZCO4Y2.js";
import {
  didYouMean
} from "./chunk-2PPMHZ32.js";
import {
  __toESM
} from "./chunk-3YYMUT7C.js";

// src/docs/rule-doc.ts
function ruleMarkdown(rule) {
  let m = rule.meta, d = m.docs, lines = [
    `# ${m.name} (${m.code})`,
    "",
    `<!-- Generated from rules/${m.name}.ts by \`npm run docs\`; edit the rule's metadata, not this file. -->`,
    "",
    `${m.description}`,
    "",
    `- **Code:** ${m.code} \u2014 **name:** \`${m.name}\` (config and suppressions accept either)`,
    `- **Default severity:** ${m.severity}`,
    `- **Category:** ${m.category}`,
    `- **Tags:** ${m.tags.join(", ")}`,
    "",
    "## What it does",
    "",
    d.whatItDoes,
    "",
    "## Why it matters",
    "",
    d.whyItMatters,
    "",
    "## Example",
    "",
    "```yaml",
    d.example,
    "```",
    "",
    "## Use instead",
    "",
    "```yaml",
    d.useInstead,
    "```",
    ""
  ];
  return d.notes && lines.push("## Notes", "", d.notes, ""), (m.yieldsTo || m.carriesCauseOf) && (lines.push("## One finding per root cause", ""), m.carriesCauseOf && lines.push(`Carries the root cause for ${m.carriesCauseOf.codes.join(", ")}. ${m.carriesCauseOf.why}`, ""), m.yieldsTo && lines.push(`Yields to ${m.yieldsTo.codes.join(", ")}. ${m.yieldsTo.why}`, "")), lines.push(
    "## Suppressing",
    "",
    m.category === "input" && !m.tags.includes("live") ? "Not possible: a finding of this rule stands for objects that were not audited, and a suppression may silence a finding but never hide an object. A comment or annotation naming this rule is reported as `suppression-missing-reason` (LP006), and a baseline never records it. Fix the input; a repository owner can exclude a file in the config (`exclude:`)." : `On the line, or alone on the line above: \`# leastpriv-ignore ${m.name} -- <reason>\`. For a whole object: the annotation \`ignore.leastpriv.dev/${m.name}: "<reason>"\`. A reason is required.`,
    "",
    "## References",
    "",
    ...d.references.map((r) => `- <${r}>`),
    ""
  ), lines.join(`
`);
}

// src/docs/terminal.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function markdownToTerminal(md, color) {
  let c = import_picocolors.default.createColors(color), inline = (s) => s.replace(/\*\*([^*]+)\*\*/g, (_, t) => c.bold(t)).replace(/`([^`]+)`/g, (_, t) => c.cyan(t)).replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, t, u) => `${t} (${u})`).replace(/<((?:https?|mailto):[^>]+)>/g, (_, u) => c.underline(u)), out = [], fence = !1, text = md.replace(/<!--[\s\S]*?-->\n?/g, "");
  for (let line of text.split(`
`)) {
    if (/^```/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(`    ${c.dim(line)}`);
      continue;
    }
    let h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      let title = inline(h[2]);
      out.push(h[1].length === 1 ? c.bold(c.underline(title)) : c.bold(title.toUpperCase()));
      continue;
    }
    let li = /^(\s*)[-*]\s+(.*)$/.exec(line);
    if (li) {
      out.push(`${li[1]}  \u2022 ${inline(li[2])}`);
      continue;
    }
    out.push(inline(line));
  }
  return out.join(`
`).replace(/\n{3,}/g, `

`).trimEnd() + `
`;
}

// src/cli/commands/rules.ts
function profileMembership() {
  let out = new Map(RULES.map((r) => [r.meta.code, []]));
  for (let profile of PROFILE_NAMES())
    for (let a of activeRules({ ...defaults(), profile }))
      out.get(a.rule.meta.code).push(a.severity === a.rule.meta.severity ? profile : `${profile}:${a.severity}`);
  return out;
}
async function runRules(args, io) {
  let { values, positionals } = parseCommand("rules", args);
  if (positionals.length) throw new UsageError(`rules takes no arguments (got '${positionals[0]}')`, "rules");
  let format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`unknown format '${format}' for rules (text, json)`, "rules");
  let profile = values.profile;
  if (profile !== void 0 && !PROFILE_NAMES().includes(profile)) {
    let hint = didYouMean(profile, PROFILE_NAMES());
    throw new UsageError(`unknown profile '${profile}'${hint ? `; did you mean ${hint}?` : ""} (${PROFILE_NAMES().join(", ")})`, "rules");
  }
  let member = profileMembership(), inProfile = profile !== void 0 ? new Map(activeRules({ ...defaults(), profile }).map((a) => [a.rule.meta.code, a])) : void 0, listed = RULES.filter((r) => !inProfile || inProfile.has(r.meta.code));
  if (format === "json") {
    let rules = listed.map((r) => {
      let a = inProfile?.get(r.meta.code);
      return {
        code: r.meta.code,
        name: r.meta.name,
        severity: a ? a.severity : r.meta.severity,
        defaultSeverity: r.meta.severity,
        category: r.meta.category,
        tags: r.meta.tags,
        profiles: member.get(r.meta.code),
        description: r.meta.description,
        securitySeverity: r.meta.securitySeverity,
        ...r.meta.optionsSchema ? { optionsSchema: r.meta.optionsSchema } : {},
        ...a && Object.keys(a.options).length ? { options: a.options } : r.meta.defaultOptions ? { options: r.meta.defaultOptions } : {},
        helpUri: describeRule(r).helpUri
      };
    });
    return io.stdout(`${JSON.stringify(profile !== void 0 ? { profile, rules } : { rules }, null, 2)}
`), 0;
  }
  let head = ["CODE", "NAME", "SEVERITY", "CATEGORY", "PROFILES", "DESCRIPTION"], rows = listed.map((r) => [r.meta.code, r.meta.name, inProfile?.get(r.meta.code)?.severity ?? r.meta.severity, r.meta.category, member.get(r.meta.code).join(",") || "-", r.meta.description]), w = [0, 1, 2, 3, 4].map((i) => Math.max(head[i].length, ...rows.map((r) => r[i].length)));
  for (let r of [head, ...rows]) io.stdout(`${r.slice(0, 5).map((c, i) => c.padEnd(w[i])).join("  ")}  ${r[5]}
`);
  return 0;
}
async function runExplain(args, io) {
  let { values, positionals } = parseCommand("explain", args), id = positionals[0];
  if (!id) throw new UsageError("explain needs a rule code or name", "explain");
  if (positionals.length > 1) throw new UsageError(`explain takes one rule (got '${positionals[1]}' too)`, "explain");
  let format = values.format ?? "text";
  if (format !== "text" && format !== "markdown") throw new UsageError(`unknown format '${format}' for explain (text, markdown)`, "explain");
  let rule = findRule(id);
  if (!rule) {
    let hint = didYouMean(id, RULES.flatMap((r) => [r.meta.code, r.meta.name]));
    throw new UsageError(`no rule '${id}'${hint ? `; did you mean ${hint}?` : ""} (see 'leastpriv rules')`, "explain");
  }
  let md = ruleMarkdown(rule);
  return io.stdout(format === "markdown" ? md : markdownToTerminal(md, useColor(io, values, !1))), 0;
}
export {
  profileMembership,
  runExplain,
  runRules
};

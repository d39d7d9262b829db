import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  UsageError,
  parseCommand
} from "./chunk-YKTDWP2P.js";
import {
  PROFILE_NAMES,
  RULES,
  activeRules,
  findRule
} from "./chunk-NWNTZ6XY.js";
import {
  defaults
} from "./chunk-XVPLYJFZ.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-3YYMUT7C.js";

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
  return d.notes && lines.push("## Notes", "", d.notes, ""), lines.push(
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

// src/cli/commands/rules.ts
function profileMembership() {
  let out = new Map(RULES.map((r) => [r.meta.code, []]));
  for (let profile of PROFILE_NAMES())
    for (let a of activeRules({ ...defaults(), profile }))
      out.get(a.rule.meta.code).push(a.severity === a.rule.meta.severity ? profile : `${profile}:${a.severity}`);
  return out;
}
async function runRules(args, io) {
  let { positionals } = parseCommand("rules", args);
  if (positionals.length) throw new UsageError(`rules takes no arguments (got '${positionals[0]}')`, "rules");
  let member = profileMembership(), head = ["CODE", "NAME", "SEVERITY", "CATEGORY", "PROFILES", "DESCRIPTION"], rows = RULES.map((r) => [r.meta.code, r.meta.name, r.meta.severity, r.meta.category, member.get(r.meta.code).join(",") || "-", r.meta.description]), w = [0, 1, 2, 3, 4].map((i) => Math.max(head[i].length, ...rows.map((r) => r[i].length)));
  for (let r of [head, ...rows]) io.stdout(`${r.slice(0, 5).map((c, i) => c.padEnd(w[i])).join("  ")}  ${r[5]}
`);
  return 0;
}
async function runExplain(args, io) {
  let { positionals } = parseCommand("explain", args), id = positionals[0];
  if (!id) throw new UsageError("explain needs a rule code or name", "explain");
  if (positionals.length > 1) throw new UsageError(`explain takes one rule (got '${positionals[1]}' too)`, "explain");
  let rule = findRule(id);
  if (!rule) throw new UsageError(`no rule '${id}' (see 'leastpriv rules')`);
  return io.stdout(ruleMarkdown(rule)), 0;
}
export {
  profileMembership,
  runExplain,
  runRules
};

import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-7H2KTD5E.js";
import {
  PROFILE_NAMES,
  RULES,
  activeRules,
  findRule
} from "./chunk-XGIHCVNQ.js";
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
    `On the line, or alone on the line above: \`# leastpriv-ignore ${m.name} -- <reason>\`. For a whole object: the annotation \`ignore.leastpriv.dev/${m.name}: "<reason>"\`. A reason is required.`,
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
async function runRules(_args, io) {
  let member = profileMembership(), head = ["CODE", "NAME", "SEVERITY", "CATEGORY", "PROFILES", "DESCRIPTION"], rows = RULES.map((r) => [r.meta.code, r.meta.name, r.meta.severity, r.meta.category, member.get(r.meta.code).join(",") || "-", r.meta.description]), w = [0, 1, 2, 3, 4].map((i) => Math.max(head[i].length, ...rows.map((r) => r[i].length)));
  for (let r of [head, ...rows]) io.stdout(`${r.slice(0, 5).map((c, i) => c.padEnd(w[i])).join("  ")}  ${r[5]}
`);
  return 0;
}
async function runExplain(args, io) {
  let id = args[0];
  if (!id) throw new UsageError("explain needs a rule code or name");
  let rule = findRule(id);
  if (!rule) throw new UsageError(`no rule '${id}' (see 'leastpriv rules')`);
  return io.stdout(ruleMarkdown(rule)), 0;
}
export {
  profileMembership,
  runExplain,
  runRules
};

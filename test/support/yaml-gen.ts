/**
 * Texts made of manifest-shaped lines (keys, `- ` entries, scalars of every style, comments,
 * markers) at random indentation: mostly not valid YAML, and where valid, the layouts manifests
 * have. For properties of the fast reader (test/input/fast-yaml.test.ts) and its locator
 * (test/input/locator.test.ts).
 */
import fc from 'fast-check';

export function manifestShapedText(): fc.Arbitrary<string> {
  const k = fc.constantFrom('a', 'name', 'yes', '1', '"q"', "'s'", 'x y', 'on', '-k', 'k ');
  const v = fc.constantFrom(
    '', 'v', 'yes', '0777', '1e3', '.5', '~', '"d\\"q"', "'s''q'", '[a, "b"]', '{a: 1, b: [2]}', '[]', '{}', '|', '|-', '>', '>-',
    'a # c', 'a#b', 'http://x', '"open', "'open", 'x: y', '- z', '&a x', '*a', '!!str 1', '"e\\u00e9"', '"\\x41"', '-1', '12:30', 'v  ',
  );
  const lineOf = fc.oneof(
    fc.tuple(fc.nat(8), k, v).map(([n, key, val]) => `${' '.repeat(n)}${key}: ${val}`),
    fc.tuple(fc.nat(8), v).map(([n, val]) => `${' '.repeat(n)}- ${val}`),
    fc.tuple(fc.nat(8), k, v).map(([n, key, val]) => `${' '.repeat(n)}- ${key}: ${val}`),
    fc.tuple(fc.nat(8), fc.lorem({ maxCount: 3 })).map(([n, t]) => `${' '.repeat(n)}${t}`),
    fc.tuple(fc.nat(8)).map(([n]) => `${' '.repeat(n)}# comment`),
    fc.constantFrom('', '   ', '---', '--- # doc', '...'),
  );
  return fc.tuple(fc.array(lineOf, { maxLength: 12 }), fc.boolean()).map(([lines, endNl]) => lines.join('\n') + (endNl ? '\n' : ''));
}

/**
 * Manifests written as an attacker would to make a reader see something other than what kubectl
 * applies: a Pod whose container's securityContext (and a few other fields rules read) is written
 * with merge keys in every position (before or after the explicit key, block or flow, anchored or
 * not, lists of maps), duplicate keys, tags (`!!str`, `!!int`, `!!bool`, `!!binary`, local,
 * verbatim, `!`), aliases, YAML 1.1 scalars (`yes`, `0o0`, `0x0`, `1_0`), quoting styles, odd
 * indentation, and then line breaks swapped for YAML 1.1 ones (CR, NEL, LS, PS), document markers
 * and `...` inserted, directives (`%YAML`, `%TAG`, unknown), tabs where spaces were, tags, anchors
 * and explicit `? ` keys on lines, and BOMs; also quoted strings continued on lines indented as
 * their key, escaped line breaks, block indentation indicators, quotes inside plain keys after a file
 * that needs its flow continuations padded, `?` and `key:}` in flow mappings, control characters, and
 * a JSON value after 4096 bytes of white space. For test/input/kubectl-decode.test.ts, which holds leastpriv's reading of each to kubectl's.
 */
export function hostileManifest(): fc.Arbitrary<string> {
  const bool = fc.constantFrom(
    'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'True', 'TRUE', 'NO', '"true"', "'yes'", '!!bool true', '!!bool "true"',
    '!!bool yes', '!!str true', '!foo true', '! true', '!<tag:yaml.org,2002:bool> true', '~', '1', '!!int "1"', '&b true', '*b', '!!binary dHJ1ZQ==',
    '[true]', '{}', '"yes"', 'tru\\\ne',
  );
  const num = fc.constantFrom('0', '-0', '+0', '00', '0o0', '0x0', '0b0', '0_0', '0.0', '0e0', '!!int 0', '!!float 0', '!!int "0"', '"0"', '1000', '1_000', '0o1750', '1e3', '1:0', '2020-01-01', '.5', '0x_1F', '99999999999999999999', '!!int 1.5');
  const key = (k: string) => fc.constantFrom(k, `"${k}"`, `'${k}'`, `!!str ${k}`, `? ${k}\n`, `!foo ${k}`);
  const ind = fc.constantFrom('  ', '    ', '   ', ' ');
  // securityContext of the container, in one of many shapes; `i` is its indentation
  const secCtx = fc
    .tuple(
      fc.constantFrom(
        'block', 'flow', 'merge-after', 'merge-before', 'merge-list', 'merge-flow', 'dup', 'dup-flow', 'merge-tagged', 'merge-quoted', 'alias-whole', 'merge-nested',
        'quoted-unindent', 'dquoted-unindent', 'fake-quote', 'escaped-break', 'block-indicator', 'flow-question', 'flow-colon',
      ),
      bool,
      bool,
      key('privileged'),
      num,
      ind,
    )
    .map(([shape, a, b, k, n, i]) => {
      const kp = k.startsWith('?') ? 'privileged' : k;
      switch (shape) {
        case 'block':
          return `securityContext:\n${i}${kp}: ${a}\n${i}runAsUser: ${n}`;
        case 'flow':
          return `securityContext: {${kp}: ${a}, runAsUser: ${n}}`;
        case 'merge-after':
          return `securityContext:\n${i}${kp}: ${a}\n${i}<<: {privileged: ${b}, runAsUser: ${n}}`;
        case 'merge-before':
          return `securityContext:\n${i}<<: {privileged: ${b}}\n${i}${kp}: ${a}\n${i}runAsUser: ${n}`;
        case 'merge-list':
          return `securityContext:\n${i}privileged: ${a}\n${i}<<: [{privileged: ${b}}, {privileged: ${a}, runAsUser: ${n}}]`;
        case 'merge-flow':
          return `securityContext: {privileged: ${a}, <<: {privileged: ${b}}}`;
        case 'dup':
          return `securityContext:\n${i}privileged: ${a}\n${i}runAsUser: ${n}\n${i}${kp}: ${b}`;
        case 'dup-flow':
          return `securityContext: {privileged: ${a}, ${kp}: ${b}}`;
        case 'merge-tagged':
          return `securityContext:\n${i}privileged: ${a}\n${i}!!merge <<: {privileged: ${b}}`;
        case 'merge-quoted':
          return `securityContext:\n${i}privileged: ${a}\n${i}"<<": {privileged: ${b}}`;
        case 'alias-whole':
          return `securityContext: *sc`;
        // a quoted string ending its line with an escaped quote, then lines indented as its key: go-yaml
        // reads them as part of the string (h33: the `yaml` package once took them for keys)
        case 'quoted-unindent':
          return `securityContext: {${kp}: ${a}}\nworkingDir: '/x''\n\t #\n<<: {securityContext: {privileged: ${b}}}\n\t # '`;
        case 'dquoted-unindent':
          return `securityContext: {${kp}: ${a}}\nworkingDir: "/x\\"\n#\n<<: {securityContext: {privileged: ${b}}}\n# "`;
        // a quote inside a plain key, which flow-indent.ts's padding once took for an opening one
        case 'fake-quote':
          return `securityContext:\n${i}a,"b:\n${i}${kp}: ${a}\n${i}z: x"`;
        case 'escaped-break':
          return `securityContext: {${kp}: ${a}}\nworkingDir: "a\\\n\n${i}${i}\\tb"`;
        case 'block-indicator':
          return `securityContext: {${kp}: ${a}}\nworkingDir: |${i.length}\n${i}${i} x\n${i}${i}${i}\n`;
        // `?` without a space, and `key:` right before `}`, in a flow mapping (go-yaml: a key indicator; text)
        case 'flow-question':
          return `securityContext: {?${kp}: ${a}, runAsUser: ${n}}`;
        case 'flow-colon':
          return `securityContext: {${kp}: ${a}, ${kp}:}`;
        default:
          return `securityContext:\n${i}<<: *sc\n${i}runAsUser: ${n}`;
      }
    });
  // (anchors are defined in a field kubectl keeps as it is: metadata's fields are typed)
  const annotations = fc.constantFrom(
    '',
    'x-base: &sc {privileged: true}\n',
    'x-base: &sc\n  privileged: "yes"\n',
    'x-base: {a: &sc {privileged: true, runAsUser: 0}}\n',
    'metadata:\n  annotations:\n    note: "line one\\nline two"\n',
    'metadata:\n  annotations:\n    x: |\n      ---\n      privileged: true\n',
    // a multi-line quote indented less than its key: the file is read again with flow continuations padded
    'metadata:\n  annotations:\n    note: "multi\n  line"\n',
  );
  const doc = fc
    .tuple(annotations, secCtx, fc.constantFrom('', '  hostPID: yes\n', '  hostNetwork: !!bool "true"\n', '  hostIPC: on\n', '  hostPID: true\n  hostPID: false\n'), ind, fc.boolean(), fc.nat(99))
    .map(([ann, sc, host, i, flowContainers, n]) => {
      const scLines = sc.split('\n');
      const c = flowContainers
        ? `  containers: [{name: c, image: i}]\n  initContainers:\n  - name: d\n    image: i\n    ${scLines.join('\n    ')}\n`
        : `  containers:\n${i}- name: c\n${i}  image: i\n${i}  ${scLines.join(`\n${i}  `)}\n`;
      const meta = ann.startsWith('metadata:') ? ann.replace('metadata:\n', `metadata:\n  name: p${n}\n`) : `metadata:\n  name: p${n}\n${ann}`;
      return `apiVersion: v1\nkind: Pod\n${meta}spec:\n${host}${c}`;
    });
  // where a line break goes, what it becomes
  const mutation = fc.record({
    breakAt: fc.nat(40),
    breakWith: fc.constantFrom('\r', '\u0085', '\u2028', '\u2029', '\r\n', '\n\n', ' \n', '\t\n'),
    markerAt: fc.nat(40),
    marker: fc.constantFrom('---', '--- # c', '---x', '...', '--- !!str', '---\t', '---\u00a0', '--- |', '--- {}', '--- >', '#---', ' ---'),
    commentAt: fc.nat(40),
    // (a control character: go-yaml refuses the file, in a comment too)
    comment: fc.constantFrom(' # c\rprivileged: true', ' # c\u0085hostPID: true', ' # c\u2028  hostPID: true', ' #c', '# c', ' # \u007f', ' # \u001b[0m'),
    bom: fc.constantFrom('', '', '', '\ufeff'),
    // directives before the document (go-yaml v2 knows %YAML 1.1 and %TAG; others are warnings or errors)
    directive: fc.constantFrom('%YAML 1.1\n---', '%YAML 1.2\n---', '%YAML 1.1\n%YAML 1.1\n---', '%TAG !k! tag:yaml.org,2002:\n---', '%TAG ! tag:yaml.org,2002:\n---', '%FOO bar\n---', '%YAML 1.1', '# c\n%YAML 1.1\n--- # d'),
    // a tab where a space was: after a key's colon, in the indentation, after a `-`
    tabAt: fc.nat(18),
    tab: fc.constantFrom(':\t', '\t', '-\t', ' \t'),
    // a tag, an anchor or an explicit key on a line's key or value
    tagAt: fc.nat(18),
    tag: fc.constantFrom('!!map ', '!!seq ', '!!str ', '!k!bool ', '!!null ', '&x ', '!!bool ', '!!omap ', '!!set ', '!!pairs ', '? '),
    which: fc.nat(15),
  });
  // the Pod as it is, or as an item of something kubectl reads as a list (any object with an `items`
  // list, whatever its kind; an untyped item takes the list's kind without `List`)
  const wrap = fc.constantFrom('none', 'none', 'none', 'none', 'none', 'list', 'list-no-version', 'podlist-untyped', 'configmap-items', 'list-alias', 'list-merge', 'ws-json');
  const under = (text: string, pad: string) => text.replace(/\n$/, '').split('\n').join(`\n${pad}`);
  const wrapped = fc.tuple(doc, wrap).map(([text, w]) => {
    switch (w) {
      case 'list':
        return `apiVersion: v1\nkind: List\nitems:\n- ${under(text, '  ')}\n`;
      case 'list-no-version':
        return `kind: List\nitems:\n- ${under(text, '  ')}\n`;
      case 'podlist-untyped':
        return `apiVersion: v1\nkind: PodList\nitems:\n- ${under(text.replace('apiVersion: v1\nkind: Pod\n', ''), '  ')}\n`;
      case 'configmap-items':
        return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\nitems:\n- ${under(text, '  ')}\n`;
      case 'list-alias':
        return `apiVersion: v1\nkind: List\nx-pod: &pod\n  ${under(text, '  ')}\nitems:\n- *pod\n`;
      case 'list-merge':
        return `apiVersion: v1\nkind: List\n<<:\n  items:\n  - ${under(text, '    ')}\n`;
      // more than 4096 bytes of white space before a `{`: YAML to kubectl, not a JSON stream
      case 'ws-json':
        return `${' '.repeat(4100)}{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cm"}}\n---\n${text}`;
      default:
        return text;
    }
  });
  return fc.tuple(wrapped, fc.array(mutation, { maxLength: 2 }), fc.boolean()).map(([text, muts, endNl]) => {
    let t = text;
    for (const m of muts) {
      const lines = t.split('\n');
      const at = (p: number) => Math.min(p, Math.max(lines.length - 1, 0));
      switch (m.which % 7) {
        case 0: {
          const l = at(m.breakAt);
          if (l < lines.length - 1) lines.splice(l, 2, lines[l]! + m.breakWith.replace(/\n$/, '') + (m.breakWith.endsWith('\n') ? '\n' : '') + lines[l + 1]!);
          break;
        }
        case 1:
          lines.splice(at(m.markerAt), 0, m.marker);
          break;
        case 2:
          lines[at(m.commentAt)] += m.comment;
          break;
        case 3:
          lines[0] = m.bom + lines[0]!;
          break;
        case 4:
          lines.unshift(m.directive);
          break;
        case 5: {
          const l = at(m.tabAt);
          const line = lines[l]!;
          if (m.tab === ':\t') lines[l] = line.replace(/: /, ':\t');
          else if (m.tab === '-\t') lines[l] = line.replace(/- /, '-\t');
          else lines[l] = line.replace(/^( *) /, `$1${m.tab}`);
          break;
        }
        default: {
          const l = at(m.tagAt);
          const line = lines[l]!;
          const sp = /^ */.exec(line)![0];
          const kv = /^( *)([^:#]+): (.*)$/.exec(line);
          // `? ` makes the line's key explicit (`? key` then `: value`); a tag or anchor goes on the
          // value after `key: `, else before the line's content
          if (m.tag === '? ') lines[l] = kv ? `${sp}? ${kv[2]}\n${sp}: ${kv[3]}` : `${sp}? ${line.slice(sp.length)}`;
          else lines[l] = kv ? `${kv[1]}${kv[2]}: ${m.tag}${kv[3]}` : `${sp}${m.tag}${line.slice(sp.length)}`;
        }
      }
      t = lines.join('\n');
    }
    return endNl ? t : t.replace(/\n$/, '');
  });
}

/**
 * JSON streams as a PR author might write them to be read differently by kubectl (encoding/json, from
 * the first `{` on: src/input/go-json.ts) and by a YAML reader: privileged Pods and a wildcard
 * ClusterRole, written with white space JSON has and has not (CR, tab, NBSP, U+3000), values one a
 * line or run together, then mutated where a YAML reader is lenient and encoding/json is not
 * (trailing commas, comments, single quotes, unquoted keys, a `---` and YAML after a value, a BOM
 * between values, a `{{ }}` line, text cut short) or where the two decode differently (escaped
 * surrogates, integers past 2^53 and past int64, `\/`, duplicate keys, `1e0`, `-0`, leading zeros).
 */
export function hostileJson(): fc.Arbitrary<string> {
  // (JSON mostly: a token encoding/json refuses one time in 25)
  const some = (ok: string[], bad: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...ok), weight: 24 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
  const bool = some(['true', 'false', '"true"', '1', 'null'], ['tru', 'True']);
  const num = some(['0', '-0', '0.0', '1e0', '0e5', '9007199254740993', '9223372036854775808', '-9223372036854775809', '1e400', '1000'], ['01', '1.']);
  const str = some(['"NET_ADMIN"', '"SYS_\\u0041DMIN"', '"a\\ud800"', '"\\udc00"', '"a\\/b"', '"ALL"', '"*"'], ['"\\x41"', "'SYS_ADMIN'"]);
  const pod = fc.tuple(bool, bool, num, str, fc.boolean()).map(
    ([priv, pid, uid, cap, dup]) =>
      `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"hostPID":${pid},${dup ? '"hostPID":true,' : ''}"containers":[{"name":"c","image":"i","securityContext":{"privileged":${priv},"runAsUser":${uid},"capabilities":{"add":[${cap}]}}}]}}`,
  );
  const role = fc.tuple(str, fc.boolean()).map(([verb, dup]) => `{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"r"},"rules":[{"apiGroups":[""],"resources":["pods/exec"],"verbs":[${verb}]${dup ? ',"verbs":["*"]' : ''}}]}`);
  const cm = fc.constant('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cm"}}');
  const ws = some(['', ' ', '\n', '\r\n', '\r', '\t', '\n\n', ' \n '], ['\u00a0', '\u3000']);
  const same = (t: string) => t;
  const mutate = fc.constantFrom(
    ...Array<(t: string) => string>(12).fill(same),
    (t: string) => t.replace(/"(\w+)":/, '$1:'), // an unquoted key
    (t: string) => t.replace(/\](?=\})/, ',]'), // a trailing comma in a list
    (t: string) => t.replace(/\}$/, ',}'), // a trailing comma in an object
    (t: string) => t.replace(/"/, "'").replace(/"/, "'"), // single quotes
    (t: string) => t.replace(/,/, ',\n# note\n'), // a comment
    (t: string) => t.replace(/,/, ',\ufeff'), // a BOM between tokens
    (t: string) => t + '\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: y}\nspec: {hostPID: true}\n', // YAML after
    (t: string) => t + '\ufeff{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"z"}}', // a BOM between values
    (t: string) => '{{- if .Values.x }}\n' + t + '\n{{- end }}\n', // a template
    (t: string) => t.slice(0, Math.max(1, t.length - 3)), // cut short
    (t: string) => t.replace(/,"/, ',\t"'), // a tab between tokens (JSON white space)
    (t: string) => t.replace(/\{/, '{\n  '), // pretty-printed start
  );
  const value = fc.tuple(fc.oneof(pod, role, cm), mutate).map(([t, m]) => m(t));
  return fc.tuple(fc.array(fc.tuple(ws, value), { minLength: 1, maxLength: 3 }), ws).map(([vs, end]) => vs.map(([w, v]) => w + v).join('') + end);
}

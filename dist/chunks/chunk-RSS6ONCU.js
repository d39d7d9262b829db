import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  podSpecPaths,
  podSpecs
} from "./chunk-Q5VFHMWF.js";
import {
  readBounded
} from "./chunk-BSQQ7CGQ.js";
import {
  DEFAULT_LIMITS
} from "./chunk-ILG67AN3.js";
import {
  yamlLib
} from "./chunk-FMZCO4Y2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3YYMUT7C.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0, EMPTY = "", SPACE = " ", ESCAPE = "\\", REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/, BOM = "\uFEFF", REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/, REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/, REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/, REGEX_SPLITALL_CRLF = /\r?\n/g, DOUBLE_SLASH = "//", SLASH_CODE = 47, DOT_CODE = 46, SLASH = "/", TMP_KEY_IGNORE = "node-ignore";
    typeof Symbol < "u" && (TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore"));
    var KEY_IGNORE = TMP_KEY_IGNORE, define = (object, key, value) => (Object.defineProperty(object, key, { value }), value), RETURN_FALSE = () => !1, POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    }, CLASS_MEMBERS_TO_ESCAPE = "\\]^-[", escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char, NON_SLASH = "(?!\\/)", classSource = (negated, body) => {
      if (negated)
        return `[^\\/${body}]`;
      let source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    }, scanBracket = (pattern, start) => {
      let { length } = pattern, index = start + 1, negated = EMPTY, lead = pattern[index];
      (lead === "!" || lead === "^") && (negated = "^", index++);
      let body = EMPTY, prev = EMPTY;
      for (; ; ) {
        let char = pattern[index];
        if (char === UNDEFINED)
          return null;
        if (char === ESCAPE) {
          let escaped = pattern[++index];
          body += escapeMember(escaped), prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          to === ESCAPE && (to = pattern[index += 1]), prev <= to && (body += `-${escapeMember(to)}`), prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          let nameStart = index + 2, end = nameStart;
          for (; end < length && pattern[end] !== "]"; )
            end++;
          if (end === length)
            return null;
          if (end > nameStart && pattern[end - 1] === ":") {
            let name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name))
              return null;
            body += POSIX_CLASSES[name], prev = EMPTY, index = end;
          } else
            body += escapeMember("["), prev = "[", index = nameStart - 2;
        } else
          body += escapeMember(char), prev = char;
        if (index++, pattern[index] === "]")
          return {
            end: index,
            source: classSource(negated, body)
          };
      }
    }, NEVER_MATCH = "[]", PLACEHOLDER2 = "\0", REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    ), TRAILING_WILDCARD = "\uE000", TRAILING_DOUBLESTAR = "\uE001", isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR, extractBrackets = (pattern) => {
      let sources = [], hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`, { length } = pattern, out = EMPTY, index = 0;
      for (; index < length; ) {
        let char = pattern[index];
        if (char === ESCAPE) {
          let escaped = pattern[index + 1];
          escaped === SLASH && index + 2 === length ? out += hold(NEVER_MATCH) : escaped === "*" || escaped === "[" || escaped === SPACE ? out += pattern.slice(index, index + 2) : out += hold(
            REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
          ), index += 2;
        } else if (isReserved(char))
          out += hold(`[${char}]`), index++;
        else if (char === "[") {
          let scanned = scanBracket(pattern, index);
          scanned === null ? (out += hold(NEVER_MATCH), index = length) : (out += hold(scanned.source), index = scanned.end + 1);
        } else
          out += char, index++;
      }
      return {
        source: out,
        sources
      };
    }, DIRECT = null, REGEX_INNER_SLASH = /\/(?!$)/, WILDCARD = "[^\\/]*", REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => !source || source[0] === "^" || source[0] === "(" ? source : (REGEX_INNER_SLASH.test(pattern) ? "^" : "(?:^|\\/)") + source
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          let last = source[source.length - 1];
          return !last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR ? source : last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ], REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/, MODE_IGNORE = "regex", MODE_CHECK_IGNORE = "checkRegex", UNDERSCORE = "_", replaceTrailingWildcard = (_, p1) => `${p1 ? `${p1}[^/]+` : "[^/]*"}(?=$|\\/$)`, REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/, replaceTrailingDoublestar = () => "[\\s\\S]", separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++)
        separator += run[index].single;
      return separator;
    }, pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0)
        return source;
      let tokens = [], { length } = source, index = 0;
      for (; index < length; ) {
        let char = source[index];
        if (source.startsWith(WILDCARD, index))
          tokens.push({ wildcard: !0 }), index += WILDCARD.length;
        else if (char === "[") {
          let end = index + 1;
          for (source[end] === "^" && end++, source[end] === "]" && end++; end < length && source[end] !== "]"; )
            end += source[end] === ESCAPE ? 2 : 1;
          end++, tokens.push({ single: source.slice(index, end) }), index = end;
        } else if (char === ESCAPE)
          tokens.push({ single: source.slice(index, index + 2) }), index += 2;
        else if (char === "(") {
          let depth = 0, end = index;
          do
            source[end] === ESCAPE ? end++ : source[end] === "(" ? depth++ : source[end] === ")" && depth--, end++;
          while (end < length && depth > 0);
          "*+?".indexOf(source[end]) >= 0 && end++, tokens.push({ boundary: source.slice(index, end) }), index = end;
        } else char === "^" || char === "$" ? (tokens.push({ boundary: char }), index++) : (tokens.push({ single: char }), index++);
      }
      let out = EMPTY, run = [], flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          token.wildcard && (lastWildcard = at);
        }), run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        }), run = [];
      };
      return tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush(), out += token.boundary;
      }), flush(), out;
    }, makeRegexPrefix = (pattern) => {
      REGEX_ANCHORED_GLOBSTAR.test(pattern) && (pattern = "**");
      let { source, sources } = extractBrackets(pattern), replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => matcher === DIRECT ? replacer(prev, pattern) : required !== UNDEFINED && prev.indexOf(required) < 0 ? prev : matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev,
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    }, checkSourceOf = (body, prefix) => {
      body[body.length - 1] === SLASH && (prefix = makeRegexPrefix(body.slice(0, -1)));
      let head = prefix.slice(0, -1), last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    }, matchesBasename = (body) => {
      let index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    }, basenameOf = (path) => {
      let end = path.length - 1, index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    }, parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        let slices = path.split(SLASH).filter(Boolean);
        return slices.pop(), slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      let end = path.length - 1, cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    }, isString = (subject) => typeof subject == "string", checkPattern = (pattern) => pattern && isString(pattern), splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean), IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern, this.mark = mark, this.negative = negative, define(this, "body", body), define(this, "ignoreCase", ignoreCase), define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        let key = UNDERSCORE + MODE_IGNORE;
        return this[key] ? this[key] : this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        let key = UNDERSCORE + MODE_CHECK_IGNORE;
        return this[key] ? this[key] : this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        let str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        ), regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    }, hasTrailingBackslash = (str) => {
      let count = 0;
      for (; str[str.length - count - 1] === ESCAPE; )
        count++;
      return count % 2 === 1;
    }, trimEnd = (body, stripLineEnd) => {
      let lineEnd2 = body.length, end;
      for (; ; ) {
        for (stripLineEnd && body[lineEnd2 - 1] === "\r" && lineEnd2--, end = lineEnd2; body[end - 1] === SPACE; )
          end--;
        if (!stripLineEnd || body[end - 1] !== `
`)
          break;
        lineEnd2 = end - 1;
      }
      if (end === lineEnd2)
        return body.slice(0, lineEnd2);
      let backslashes = 0;
      for (; body[end - backslashes - 1] === ESCAPE; )
        backslashes++;
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    }, createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#")
        return;
      let negative = !1;
      body[0] === "!" && (negative = !0, body = body.slice(1));
      let last = body[body.length - 1];
      if ((last === SPACE || stripLineEnd && (last === "\r" || last === `
`)) && (body = trimEnd(body, stripLineEnd)), !body || hasTrailingBackslash(body))
        return;
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      let regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    }, RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase, this._rules = [], this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules), this._basenameCount += pattern._rules._basenameCount, this._added = !0;
          return;
        }
        let isStr = isString(pattern), raw = isStr ? pattern : pattern.pattern, rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        rule && (this._added = !0, this._rules.push(rule), matchesBasename(rule.body) && this._basenameCount++);
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        return this._added = !1, this._split = isString(pattern), this._stripBOM = !this._split || pattern[0] === BOM, makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this), this._added && (this._literalRules = UNDEFINED), this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        let rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        )), ignored = !1, unignored = !1, matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative, unignored = rule.negative, matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        let ret = {
          ignored,
          unignored
        };
        return matchedRule && (ret.rule = matchedRule), ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        let rules = this._rules, { length } = rules, shortcut = this._basenameCount * 2 >= length, basename3 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path
          )) {
            let { negative } = rule, ret = {
              ignored: !negative,
              unignored: negative
            };
            return negative || (ret.rule = rule), ret;
          }
        }
        return {
          ignored: !1,
          unignored: !1
        };
      }
    }, throwError = (message, Ctor) => {
      throw new Ctor(message);
    }, checkPath = (path, originalPath, doThrow) => isString(path) ? path ? checkPath.isNotRelative(path) ? doThrow(
      `path should be a \`path.relative()\`d string, but got "${originalPath}"`,
      RangeError
    ) : !0 : doThrow("path must not be empty", TypeError) : doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    ), isNotRelative = (path) => {
      let first = path.charCodeAt(0);
      if (first === SLASH_CODE)
        return !0;
      if (first !== DOT_CODE)
        return !1;
      if (path.length === 1)
        return !0;
      let second = path.charCodeAt(1);
      return second === SLASH_CODE ? !0 : second !== DOT_CODE ? !1 : path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target), Ignore = class {
      constructor({
        ignorecase = !0,
        ignoreCase = ignorecase,
        allowRelativePaths = !1
      } = {}) {
        define(this, KEY_IGNORE, !0), this._rules = new RuleManager(ignoreCase), this._strictPathCheck = !allowRelativePaths, this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null), this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        return this._rules.add(pattern) && this._initCache(), this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        return checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        ), path ? this._t(path, cache) : {
          ignored: !1,
          unignored: !1
        };
      }
      checkIgnore(target) {
        let path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE)
          return this._test(target, this._testCache, path);
        let dir = this._t(path, this._testCache);
        if (dir.ignored)
          return dir;
        let literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache)
          return cache[path];
        let parentPath = parentOf(path), parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    }, factory = (options) => new Ignore(options), isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE), setupWindows = () => {
      let makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      let REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    // Detect `process` so that it can run in browsers.
    typeof process < "u" && process.platform === "win32" && setupWindows();
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/input/line-index.ts
var LineIndex = class {
  #starts = [];
  #text;
  /** `text`: the file text to index on first use (not given when a parser fills the index). */
  constructor(text) {
    this.#text = text;
  }
  get lineStarts() {
    return this.#text !== void 0 && this.#fill(this.#text), this.#starts;
  }
  addNewLine = (offset) => (this.#text = void 0, this.#starts.push(offset));
  /** Fills the index from the text, unless something (the `yaml` parser) already did. */
  #fill(text) {
    this.#text = void 0;
    let starts = this.#starts;
    if (!(starts.length > 0)) {
      starts.push(0);
      for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, i + 1)) starts.push(i + 1);
    }
  }
  /** 1-based line and column of an offset; line 0 when the index is empty. */
  linePos = (offset) => {
    let starts = this.lineStarts, low = 0, high = starts.length;
    for (; low < high; ) {
      let mid = low + high >> 1;
      starts[mid] < offset ? low = mid + 1 : high = mid;
    }
    return starts[low] === offset ? { line: low + 1, col: 1 } : low === 0 ? { line: 0, col: offset } : { line: low, col: offset - starts[low - 1] + 1 };
  };
};

// src/input/goyaml.ts
import { isDeepStrictEqual } from "node:util";
var DecodeError = class extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
  at;
}, AmbiguousError = class extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
  at;
}, SEPARATOR_REST = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*(?:#.*)?$/s;
function kubectlChunks(text) {
  if (/^[\s\u0085]*\{/.test(text)) return;
  let chunks = [], badSeparator, ambiguous = [];
  for (let b = text.indexOf("\uFEFF", 1); b !== -1; b = text.indexOf("\uFEFF", b + 1))
    ambiguous.push({ at: b, what: "a byte order mark (U+FEFF) after the start of the file: kubectl reads it as part of the text (`<BOM>apiVersion` is another key); remove it" });
  let start = 0, p = 0, n = text.length;
  for (; p < n; ) {
    let nl = text.indexOf(`
`, p), next = nl === -1 ? n : nl + 1;
    if (text.charCodeAt(p) === 45 && text.startsWith("---", p)) {
      let rest = text.slice(p + 3, nl === -1 ? n : nl);
      if (SEPARATOR_REST.test(rest)) {
        p > start && chunks.push({ start, end: p }), start = next;
        let br = (nl !== -1 && rest.endsWith("\r") ? rest.slice(0, -1) : rest).search(YAML11_BREAKS_IN_LINE);
        br !== -1 && ambiguous.push({ at: p + 3 + br, what: "a line break other than `\\n` on a `---` line: kubectl reads what follows it as part of the next document" });
      } else badSeparator === void 0 && (badSeparator = p);
    }
    p = next;
  }
  return n > start && chunks.push({ start, end: n }), { chunks, ...badSeparator !== void 0 ? { badSeparator } : {}, ...ambiguous.length ? { ambiguous } : {} };
}
var YAML11_BREAKS_IN_LINE = /[\r\u0085\u2028\u2029]/, YAML11_BREAKS = /\r(?!\n)|[\u0085\u2028\u2029]/, YAML11_BREAKS_G = /\r(?!\n)|[\u0085\u2028\u2029]/g;
function yaml11Breaks(text) {
  return YAML11_BREAKS.test(text) ? text.replace(YAML11_BREAKS_G, `
`) : text;
}
var TAG = "tag:yaml.org,2002:", STR = TAG + "str", BOOL = TAG + "bool", INT = TAG + "int", FLOAT = TAG + "float", NULL = TAG + "null", TIMESTAMP = TAG + "timestamp", BINARY = TAG + "binary", MERGE = TAG + "merge", RESOLVE_MAP = /* @__PURE__ */ new Map();
for (let [v, tag, l] of [
  [!0, BOOL, ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]],
  [!1, BOOL, ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]],
  [null, NULL, ["", "~", "null", "Null", "NULL"]],
  [NaN, FLOAT, [".nan", ".NaN", ".NAN"]],
  [1 / 0, FLOAT, [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]],
  [-1 / 0, FLOAT, ["-.inf", "-.Inf", "-.INF"]],
  ["<<", MERGE, ["<<"]]
])
  for (let s of l) RESOLVE_MAP.set(s, [v, tag]);
function hint(s) {
  if (s === "") return "N";
  let c = s[0];
  return c === "+" || c === "-" ? "S" : c >= "0" && c <= "9" ? "D" : "yYnNtTfFoO~".includes(c) ? "M" : c === "." ? "." : "";
}
var YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/, DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/, GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]+)|([0-9]+))$/;
function goInt(plain) {
  let m = GO_INT.exec(plain);
  if (!m) return;
  let [, sign, hex, oct, bin, legacyOct, dec] = m, digits = hex ? "0x" + hex : oct ? "0o" + oct : bin ? "0b" + bin : legacyOct ? "0o" + legacyOct : dec, v = Number(BigInt(digits));
  return sign === "-" ? -v : v;
}
function goFloat(s) {
  let v = parseFloat(s);
  return Number.isFinite(v) ? v : void 0;
}
var TIMESTAMP_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/;
function isTimestamp(s) {
  let m = TIMESTAMP_RE.exec(s);
  if (!m) return !1;
  let [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return !1;
  let h = Number(m[4] ?? m[7] ?? 0), mi = Number(m[5] ?? m[8] ?? 0), se = Number(m[6] ?? m[9] ?? 0);
  return h < 24 && mi < 60 && se < 60;
}
function resolve(tag, s) {
  let h = hint(s);
  if (h !== "" && tag !== STR && tag !== BINARY) {
    let hit = RESOLVE_MAP.get(s);
    if (hit) return hit;
    if (h === ".") {
      if (DOT_FLOAT.test(s)) {
        let f = goFloat(s);
        if (f !== void 0) return [f, FLOAT];
      }
    } else if (h === "D" || h === "S") {
      if ((tag === "" || tag === TIMESTAMP) && isTimestamp(s)) return [s, TIMESTAMP];
      let plain = s.replace(/_/g, ""), i = goInt(plain);
      if (i !== void 0) return [i, INT];
      if (YAML_STYLE_FLOAT.test(plain)) {
        let f = goFloat(plain);
        if (f !== void 0) return [f, FLOAT];
      }
    }
  }
  return [s, STR];
}
function goResolvePlain(s) {
  return resolve("", s)[0];
}
var RESOLVABLE = /* @__PURE__ */ new Set([STR, BOOL, INT, FLOAT, NULL, TIMESTAMP]), short = (tag) => tag.startsWith(TAG) ? "!!" + tag.slice(TAG.length) : tag;
function binary(s, at) {
  let b64 = s.replace(/[\r\n]/g, "");
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(b64))
    throw new DecodeError("!!binary value contains invalid base64 data", at);
  return new TextDecoder("utf-8").decode(Buffer.from(b64, "base64"));
}
function goScalar(source, tag, plain, at = 0) {
  return goScalarTagged(source, tag, plain, at)[0];
}
function goScalarTagged(source, tag, plain, at = 0) {
  if (tag === void 0 || tag === "!") {
    if (tag === "!" || !plain) return [source, STR];
    let r = resolve("", source);
    return r[1] === TIMESTAMP ? [source, STR] : r;
  }
  if (tag === BINARY) return [binary(source, at), STR];
  if (!RESOLVABLE.has(tag)) return [source, STR];
  let [v, rtag] = resolve(tag, source);
  if (tag === STR || rtag === TIMESTAMP) return [source, STR];
  if (rtag === tag) return [v, rtag];
  if (tag === FLOAT && rtag === INT) return [v, FLOAT];
  throw new DecodeError(`cannot decode ${short(rtag)} \`${source}\` as a ${short(tag)}`, at);
}
function goResolvesToInt(s) {
  return resolve("", s)[1] === INT;
}
var GO_ESCAPES = /* @__PURE__ */ new Set(["0", "a", "b", "t", "	", "n", "v", "f", "r", "e", " ", '"', "'", "\\", "N", "_", "L", "P", "x", "u", "U", `
`, "\r"]);
function goDocumentValue(doc, opts) {
  let { isAlias, isMap, isScalar, isSeq } = opts.lib ?? yamlLib(), duplicates = [], { text, base } = opts, aliases = 0, expanded = 0, open = /* @__PURE__ */ new Set(), at = (n) => base + (n?.range?.[0] ?? 0), checkEscapes = (n) => {
    let [s, e] = n.range;
    for (let i = s; i < e; i++) {
      if (text.charCodeAt(i) !== 92) continue;
      let c = text[i + 1];
      if (!GO_ESCAPES.has(c)) throw new DecodeError(`unknown escape \`\\${c}\` in a double-quoted string: go-yaml (kubectl) refuses it`, base + i);
      i++;
    }
  }, outerAlias, target = (n) => {
    if (!isAlias(n)) return n;
    if (++aliases > opts.maxAliasCount) throw new LimitError(`more than ${opts.maxAliasCount} alias expansions in the document`, outerAlias ?? at(n));
    let t = n.resolve(doc);
    if (!t) throw new DecodeError(`unknown anchor \`${n.source}\``, at(n));
    if (open.has(t)) throw new DecodeError(`anchor \`${n.source}\` contains itself`, at(n));
    return t;
  }, value = (node, viaAlias) => {
    if (node == null) return null;
    if (!viaAlias && isAlias(node)) {
      outerAlias = at(node);
      let v2 = value(node, !0);
      return outerAlias = void 0, v2;
    }
    let n = target(node), aliased = viaAlias || n !== node;
    if (aliased && ++expanded > 1e6) throw new LimitError("alias expansions make the document too large", outerAlias ?? at(node));
    if (isScalar(n)) {
      n.type === "QUOTE_DOUBLE" && checkEscapes(n);
      let src = typeof n.source == "string" ? n.source : String(n.value ?? "");
      return goScalar(src, n.tag, n.type === "PLAIN" || n.type === void 0, at(n));
    }
    if (isSeq(n)) {
      open.add(n);
      let out2 = n.items.map((x) => value(x, aliased));
      return open.delete(n), out2;
    }
    if (isMap(n)) {
      let out2 = /* @__PURE__ */ new Map();
      open.add(n), mapping(n, out2, aliased, !0), open.delete(n);
      let obj = {};
      for (let [k, e] of out2)
        k === "__proto__" ? Object.defineProperty(obj, k, { value: e.v, enumerable: !0, writable: !0, configurable: !0 }) : obj[k] = e.v;
      return obj;
    }
    throw new DecodeError("unsupported YAML node", at(n));
  }, goKey = (k) => {
    let n = target(k);
    if (isScalar(n)) {
      let src = typeof n.source == "string" ? n.source : String(n.value ?? ""), [v2, rtag] = goScalarTagged(src, n.tag, n.type === "PLAIN" || n.type === void 0, at(n));
      if (typeof v2 == "string") return { json: v2, type: "s" };
      if (typeof v2 == "boolean") return { json: String(v2), type: "b" };
      if (typeof v2 == "number" && rtag === INT && Number.isSafeInteger(v2)) return { json: String(v2), type: "i" };
      throw v2 === null ? new DecodeError("a null key: sigs.k8s.io/yaml (kubectl) cannot turn it into JSON", at(n)) : new AmbiguousError(`the key \`${src}\` is a float: kubectl writes it as Go's float32 text, not checked here`, at(n));
    }
    throw new DecodeError("a mapping or sequence used as a key: kubectl cannot decode it", at(n));
  }, isMerge = (k) => isScalar(k) && k.source === "<<" && (k.type === "PLAIN" && (k.tag === void 0 || k.tag === "!") || k.tag === MERGE), put = (out2, key, v2, keyAt, explicit) => {
    let prev = out2.get(key.json);
    if (prev && prev.type !== key.type)
      throw new AmbiguousError(`the keys \`${key.json}\` (line of the earlier one differs in type: string, number or boolean) collide in JSON; kubectl keeps one of them at random`, keyAt);
    prev && explicit && prev.at >= 0 && duplicates.push({ key: key.json, at: keyAt, first: prev.at, sameValue: isDeepStrictEqual(prev.v, v2) }), out2.set(key.json, { v: v2, type: key.type, at: explicit ? keyAt : -1 });
  }, mapping = (n, out2, aliased, explicit) => {
    if (!isMap(n)) throw new DecodeError("map merge requires map or sequence of maps as the value", at(n));
    for (let pair2 of n.items) {
      if (isMerge(pair2.key)) {
        merge(pair2.value, out2, aliased);
        continue;
      }
      let key = goKey(pair2.key), v2 = value(pair2.value, aliased);
      put(out2, key, v2, at(pair2.key), explicit && !aliased);
    }
  }, merge = (v2, out2, aliased) => {
    let n = target(v2);
    if (isMap(n)) {
      open.add(n), mapping(n, out2, aliased || n !== v2, !1), open.delete(n);
      return;
    }
    if (isSeq(n)) {
      for (let i = n.items.length - 1; i >= 0; i--) {
        let item = n.items[i], m = target(item);
        if (!isMap(m)) throw new DecodeError("map merge requires map or sequence of maps as the value", at(item));
        open.add(m), mapping(m, out2, !0, !1), open.delete(m);
      }
      return;
    }
    throw new DecodeError("map merge requires map or sequence of maps as the value", at(v2));
  }, root = doc.contents, out = { value: value(root, !1), duplicates };
  if (isMap(root)) {
    let items = root.items.find((p) => !isMerge(p.key) && isScalar(p.key) && p.key.source === "items");
    if (items && isSeq(items.value)) {
      let seq = items.value;
      out.itemIsMap = (i) => isMap(seq.items[i]);
    }
  }
  return out;
}
var LimitError = class extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
  at;
};
function breakInScalar(doc, text) {
  if (!/[\u2028\u2029]/.test(text)) return;
  let { isScalar, visit: visit2 } = yamlLib(), hit;
  return visit2(doc, {
    Scalar(_k, n) {
      if (!isScalar(n) || !n.range) return;
      let [s, , e] = n.range;
      for (let i = s; i <= e && i < text.length; i++) {
        let c = text.charCodeAt(i);
        if (c === 8232 || c === 8233)
          return hit = i, visit2.BREAK;
      }
    }
  }), hit;
}

// src/input/fast-yaml/scalars.ts
function trimEndBlanks(s) {
  let e = s.length;
  for (; e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9); ) e--;
  return e === s.length ? s : s.slice(0, e);
}
var GiveUp = class {
  constructor(why) {
    this.why = why;
  }
  why;
}, giveUp = (why) => {
  throw new GiveUp(why);
};
function mayResolve(c) {
  return c === 45 || c === 43 || c === 46 || c >= 48 && c <= 57 || c === 126 || c === 60 || c === 78 || c === 110 || c === 89 || c === 121 || c === 84 || c === 116 || c === 70 || c === 102 || c === 79 || c === 111;
}
function resolvePlain(s) {
  return s.length === 0 ? null : mayResolve(s.charCodeAt(0)) ? (s === "<<" && giveUp("merge key"), goResolvePlain(s)) : s;
}
var SP = 32, TAB = 9, LF = 10, CR = 13, HASH = 35, COLON = 58, DASH = 45, DQ = 34, SQ = 39;
function indicator(c) {
  return c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96 || c === 63 || c === 91 || c === 93 || c === 123 || c === 125 || c === 44 || c === HASH;
}
var ESCAPES = { "\\": "\\", '"': '"', n: `
`, t: "	", r: "\r", 0: "\0", b: "\b", f: "\f", " ": " " };

// src/input/fast-yaml/cursor.ts
var Cursor = class {
  constructor(t, withPos, maxAliases, maxFlowDepth, values) {
    this.t = t;
    this.withPos = withPos;
    this.maxAliases = maxAliases;
    this.maxFlowDepth = maxFlowDepth;
    this.values = values;
  }
  t;
  withPos;
  maxAliases;
  maxFlowDepth;
  values;
  /** Start of the current content line, and its indentation (-1 at a document marker or the end). */
  ls = 0;
  ind = -1;
  /** Set after a node: offset just past its last line (the `yaml` package's node end). */
  lastEnd = 0;
  /** Offsets of the node just read, when `withPos`. */
  np;
  // -- anchors and aliases (document-scoped) --
  anchors = /* @__PURE__ */ new Map();
  aliases = 0;
  /** Anchored nodes being read: an alias inside one makes the yaml package's alias count nonlinear. */
  openAnchors = 0;
  /** The name of an anchor or alias whose indicator is at `q`; sets `qEnd` past it. */
  anchorName(q) {
    let t = this.t, i = q + 1;
    for (; ; ) {
      let c = t.charCodeAt(i);
      if (Number.isNaN(c) || c === SP || c === TAB || c === LF || c === CR || c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
      i++;
    }
    return i === q + 1 && giveUp("empty anchor name"), this.qEnd = i, t.slice(q + 1, i);
  }
  /** `*name` at `q`: the anchored value (the same object, as the yaml package gives). */
  alias(q) {
    let name = this.anchorName(q), a = this.anchors.get(name);
    return (!a || this.openAnchors > 0 || ++this.aliases > this.maxAliases) && giveUp("alias"), this.withPos && (this.np = { k: 3, s: q, e: this.qEnd, target: a.p }), typeof a.v == "object" && a.v !== null && (this.aliasedCollection = !0), a.v;
  }
  /** Set when an alias in the current document stands for a mapping or sequence. */
  aliasedCollection = !1;
  /** End of the line holding `p` (offset of its `\n`, or of `\r\n`, or the text's end). */
  eol(p) {
    let nl = this.t.indexOf(`
`, p);
    return nl === -1 ? this.t.length : nl > 0 && this.t.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
  }
  /** Offset of the start of the line after the one holding `p`. */
  nextLine(p) {
    let nl = this.t.indexOf(`
`, p);
    return nl === -1 ? this.t.length : nl + 1;
  }
  isMarker(p) {
    let t = this.t;
    if (t.charCodeAt(p) !== DASH || t.charCodeAt(p + 1) !== DASH || t.charCodeAt(p + 2) !== DASH) {
      if (t.charCodeAt(p) === 46 && t.charCodeAt(p + 1) === 46 && t.charCodeAt(p + 2) === 46) {
        let c2 = t.charCodeAt(p + 3);
        (Number.isNaN(c2) || c2 === SP || c2 === TAB || c2 === LF || c2 === CR) && giveUp("document end marker");
      }
      return !1;
    }
    let c = t.charCodeAt(p + 3);
    return Number.isNaN(c) || c === SP || c === TAB || c === LF || c === CR;
  }
  /** From the line starting at `p`, skip blank and comment-only lines; set `ls`/`ind`. */
  seek(p) {
    let t = this.t, n = t.length;
    for (; p < n; ) {
      let q = p;
      for (; q < n && t.charCodeAt(q) === SP; ) q++;
      let c = q < n ? t.charCodeAt(q) : LF;
      if (c === LF) {
        p = q + 1;
        continue;
      }
      if (c === CR && t.charCodeAt(q + 1) === LF) {
        p = q + 2;
        continue;
      }
      if (c === HASH) {
        p = this.nextLine(q);
        continue;
      }
      (c === TAB || c === CR) && giveUp("tab or lone CR"), this.ls = p;
      let marker = q === p && this.isMarker(p);
      !marker && q === p && c === DASH && t.charCodeAt(p + 1) === DASH && t.charCodeAt(p + 2) === DASH && giveUp("--- line"), this.ind = marker ? -1 : q - p;
      return;
    }
    this.ls = n, this.ind = -1;
  }
  /** After a value ending at `q`: only spaces and a comment may follow on the line. Moves to the next content line. */
  endLine(q) {
    let t = this.t;
    for (; t.charCodeAt(q) === SP; ) q++;
    let c = t.charCodeAt(q);
    c === HASH ? t.charCodeAt(q - 1) !== SP && giveUp("comment without space") : Number.isNaN(c) || c === LF || c === CR && t.charCodeAt(q + 1) === LF || giveUp("content after value");
    let next = this.nextLine(q);
    this.lastEnd = next, this.seek(next);
  }
  // -- nodes --
  /** True when offset `p` is a separator: space, line end, or the text's end. */
  sepAfter(p) {
    let c = this.t.charCodeAt(p);
    return Number.isNaN(c) || c === SP || c === LF || c === CR && this.t.charCodeAt(p + 1) === LF || c === TAB;
  }
  scalarPos(s, e) {
    this.withPos && (this.np = { k: 0, s, e });
  }
  /** End offset of the last quoted scalar or flow collection read. */
  qEnd = 0;
  keyEnd = 0;
  /** True when the line from `p` is a `key: …` (a `: ` outside quotes before any comment). */
  keyLine(p) {
    let t = this.t, c = t.charCodeAt(p);
    if (c === DQ || c === SQ || c === 91 || c === 123) return !0;
    let end = this.eol(p);
    for (let i = p; i < end; i++) {
      let ch = t.charCodeAt(i);
      if (ch === COLON && this.sepAfter(i + 1)) return !0;
      if (ch === HASH && t.charCodeAt(i - 1) === SP) return !1;
    }
    return !1;
  }
  lineStartOf(p) {
    return this.t.lastIndexOf(`
`, p - 1) + 1;
  }
};

// src/input/fast-yaml/scalar-reader.ts
var ScalarReader = class extends Cursor {
  /**
   * A plain scalar value starting at `q`, inside a parent indented `parent`: to the end of the line
   * (or a comment), continued on following lines indented more than the parent (folded: one line
   * break becomes a space, k empty lines become k line feeds). Moves to the next content line.
   */
  plainValue(q, parent) {
    let t = this.t, end = this.eol(q), e = end, comment = !1;
    for (let i = q; i < end; i++) {
      let ch = t.charCodeAt(i);
      if (ch === HASH && t.charCodeAt(i - 1) === SP) {
        e = i, comment = !0;
        break;
      }
      ch === TAB && giveUp("tab in plain scalar"), ch === COLON && this.sepAfter(i + 1) && giveUp("mapping on a value line");
    }
    for (; e > q && t.charCodeAt(e - 1) === SP; ) e--;
    let text = t.slice(q, e);
    if (!comment) {
      let n = t.length, p = this.nextLine(end), empties = 0;
      for (; p < n; ) {
        let s = p;
        for (; t.charCodeAt(s) === SP; ) s++;
        let c = t.charCodeAt(s);
        if (Number.isNaN(c) || c === LF || c === CR && t.charCodeAt(s + 1) === LF) {
          empties++, p = this.nextLine(s);
          continue;
        }
        if (s - p <= parent || c === HASH) break;
        (c === TAB || c === CR) && giveUp("tab in plain scalar");
        let le = this.eol(s);
        for (let i = s; i < le; i++) {
          let ch = t.charCodeAt(i);
          ch === TAB && giveUp("tab in plain scalar"), ch === COLON && this.sepAfter(i + 1) && giveUp("mapping in a multi-line plain scalar"), ch === HASH && t.charCodeAt(i - 1) === SP && giveUp("comment in a multi-line plain scalar");
        }
        let ce = le;
        for (; ce > s && t.charCodeAt(ce - 1) === SP; ) ce--;
        text += (empties > 0 ? `
`.repeat(empties) : " ") + t.slice(s, ce), empties = 0, e = ce, p = this.nextLine(le);
      }
    }
    let v = this.values ? resolvePlain(text) : null;
    return this.scalarPos(q, e), this.endLine(e), v;
  }
  /**
   * A line break inside a quoted scalar at `i` (its `\n` or `\r`): folds it as YAML does (a space,
   * or k line feeds for k empty lines) and returns the offset of the next line's first character.
   * Continuation lines must be indented more than `parent`; -2 means the scalar must be one line.
   */
  quotedBreak(i, parent, escaped) {
    let t = this.t;
    parent === -2 && giveUp("multi-line quoted key");
    let n = t.length, p = this.nextLine(i), empties = 0;
    for (; ; ) {
      p >= n && giveUp("quoted scalar not closed");
      let s = p;
      for (; t.charCodeAt(s) === SP; ) s++;
      let c = t.charCodeAt(s);
      if (c === TAB && giveUp("tab in quoted scalar"), c === LF || c === CR && t.charCodeAt(s + 1) === LF) {
        escaped && giveUp("escaped line break before an empty line"), empties++, p = this.nextLine(s);
        continue;
      }
      return (s - p <= parent || s === p && (this.isMarker(p) || c === 46)) && giveUp("quoted scalar continuation not indented"), { at: s, fold: escaped ? "" : empties > 0 ? `
`.repeat(empties) : " " };
    }
  }
  squoted(q, parent = -2) {
    let t = this.t, out = "", from = q + 1;
    for (let i = q + 1; ; i++) {
      let c = t.charCodeAt(i);
      if (Number.isNaN(c) && giveUp("quoted scalar not closed"), c === LF || c === CR) {
        out = trimEndBlanks(out + t.slice(from, i));
        let b = this.quotedBreak(i, parent, !1);
        out += b.fold, from = b.at, i = b.at - 1;
        continue;
      }
      if (c === SQ) {
        if (t.charCodeAt(i + 1) === SQ) {
          out += t.slice(from, i + 1), from = i + 2, i++;
          continue;
        }
        return this.qEnd = i + 1, out + t.slice(from, i);
      }
    }
  }
  dquoted(q, parent = -2) {
    let t = this.t, out = "", from = q + 1, kept2 = 0;
    for (let i = q + 1; ; i++) {
      let c = t.charCodeAt(i);
      if (Number.isNaN(c) && giveUp("quoted scalar not closed"), c === LF || c === CR) {
        out += t.slice(from, i), out = out.slice(0, kept2) + trimEndBlanks(out.slice(kept2));
        let b = this.quotedBreak(i, parent, !1);
        out += b.fold, kept2 = out.length, from = b.at, i = b.at - 1;
        continue;
      }
      if (c === DQ)
        return this.qEnd = i + 1, out + t.slice(from, i);
      if (c === 92) {
        out += t.slice(from, i);
        let e = t[i + 1];
        if (e === void 0 && giveUp("escape at end"), e === `
` || e === "\r") {
          let b = this.quotedBreak(i + 1, parent, !0);
          kept2 = out.length, from = b.at, i = b.at - 1;
          continue;
        }
        if (e === "x" || e === "u" || e === "U") {
          let len = e === "x" ? 2 : e === "u" ? 4 : 8, hex = t.slice(i + 2, i + 2 + len);
          (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) && giveUp("bad escape");
          let cp = parseInt(hex, 16);
          (cp > 1114111 || cp >= 55296 && cp <= 57343) && giveUp("surrogate escape"), out += String.fromCodePoint(cp), i += 1 + len;
        } else {
          let r = ESCAPES[e];
          r === void 0 && giveUp("unusual escape"), out += r, i += 1;
        }
        kept2 = out.length, from = i + 1;
      }
    }
  }
  /** A literal (`|`) or folded (`>`) block scalar; its header is at `q`, its parent indented `parent`. */
  block(q, parent) {
    let t = this.t, folded = t.charCodeAt(q) === 62, h = q + 1, chomp = 0, hc = t.charCodeAt(h);
    (hc === DASH || hc === 43) && (chomp = hc === DASH ? -1 : 1, h++);
    let after = t.charCodeAt(h);
    for (Number.isNaN(after) || after === SP || after === LF || after === CR || giveUp("block scalar header"); t.charCodeAt(h) === SP; ) h++;
    t.charCodeAt(h) === HASH && (h = this.eol(h)), this.eol(h) !== h && giveUp("block scalar header");
    let lines = [], p = this.nextLine(h), indent = -1, contentEnd = -1, contentLines = 0, n = t.length;
    for (; p < n; ) {
      let s = p;
      for (; t.charCodeAt(s) === SP; ) s++;
      let e = this.eol(s);
      if (t.charCodeAt(s) === TAB && indent === -1 && giveUp("tab in block scalar indentation"), e === s && (indent === -1 || s - p <= indent)) {
        indent === -1 && s > p && giveUp("spaces on a leading blank line"), lines.push(""), p = this.nextLine(e);
        continue;
      }
      if (indent === -1) {
        if (indent = s - p, indent <= parent) break;
      } else if (s - p < indent) break;
      indent === 0 && giveUp("unindented block scalar"), lines.push(t.slice(p + indent, e)), contentLines = lines.length, contentEnd = p = this.nextLine(e);
    }
    (contentLines === 0 || indent <= parent) && giveUp("empty block scalar");
    let trailing = lines.length - contentLines;
    lines.length = contentLines;
    let v;
    if (folded) {
      lines[0] === "" && giveUp("folded scalar with leading blank lines");
      let more = (l) => l.charCodeAt(0) === SP || l.charCodeAt(0) === TAB;
      v = lines[0];
      let prev = v;
      for (let i = 1; i < lines.length; ) {
        let k = 0;
        for (; lines[i] === ""; )
          k++, i++;
        let l = lines[i++];
        v += more(prev) || more(l) ? `
`.repeat(k + 1) : k === 0 ? " " : `
`.repeat(k), v += l, prev = l;
      }
    } else
      v = lines.join(`
`);
    chomp >= 0 && (v += `
`), chomp === 1 && (v += `
`.repeat(trailing));
    let end = chomp === 1 && trailing > 0 ? p : contentEnd;
    return this.scalarPos(q, end), this.lastEnd = end, this.seek(end), v;
  }
  // -- flow collections --
};

// src/input/fast-yaml/flow-reader.ts
var FlowReader = class extends ScalarReader {
  /** Indentation of the block node holding the flow collection being read: its lines go deeper. */
  flowParent = -1;
  flowDepth = 0;
  flow(q) {
    ++this.flowDepth > this.maxFlowDepth && giveUp("flow nesting over the depth limit");
    let v = this.flowBody(q);
    return this.flowDepth--, v;
  }
  flowBody(q) {
    let t = this.t, isSeq = t.charCodeAt(q) === 91, close = isSeq ? 93 : 125, outSeq = [], outMap = {}, ps = this.withPos ? isSeq ? { k: 2, s: q, e: q, items: [] } : { k: 1, s: q, e: q, keys: [], ks: [], ke: [], vals: [] } : void 0, p = q + 1, skip = () => {
      for (; ; ) {
        let c = t.charCodeAt(p);
        if (c === SP) p++;
        else if (c === HASH && (t.charCodeAt(p - 1) === SP || t.charCodeAt(p - 1) === LF)) p = this.eol(p);
        else if (c === LF || c === CR && t.charCodeAt(p + 1) === LF) {
          p = this.nextLine(p);
          let s = p;
          for (; t.charCodeAt(s) === SP; ) s++;
          let d = t.charCodeAt(s);
          (d === TAB || s === p && this.isMarker(p)) && giveUp("flow collection across a marker or tab"), !(d === LF || d === CR || d === HASH) && s - p <= this.flowParent && giveUp("flow continuation not indented"), p = s;
        } else return;
      }
    };
    skip();
    let done = () => (this.qEnd = p + 1, ps && (ps.e = p + 1, this.np = ps), isSeq ? outSeq : outMap);
    if (t.charCodeAt(p) === close) return done();
    for (; ; ) {
      if (skip(), isSeq) {
        let v = this.flowNode(p);
        this.values && outSeq.push(v), ps && ps.items.push(this.np), p = this.qEnd;
      } else {
        let ks = p, c2 = t.charCodeAt(p), key, ke;
        if (c2 === DQ || c2 === SQ)
          key = c2 === DQ ? this.dquoted(p) : this.squoted(p), ke = this.qEnd, p = ke;
        else {
          let s = p, e = this.flowPlainEnd(p);
          key = resolvePlain(t.slice(s, e)), ke = e, p = e, (key === null || typeof key == "object" || typeof key == "number" && !(Number.isSafeInteger(key) && goResolvesToInt(t.slice(s, e)))) && giveUp("null or float key");
        }
        let k = typeof key == "string" ? key : String(key);
        (k === "__proto__" || this.values && Object.prototype.hasOwnProperty.call(outMap, k)) && giveUp("duplicate or reserved key"), skip(), (t.charCodeAt(p) !== COLON || t.charCodeAt(p + 1) !== SP) && giveUp('flow mapping entry without ": "'), p += 2, skip();
        let v = this.flowNode(p);
        if (this.values && (outMap[k] = v), ps) {
          let pm = ps;
          pm.keys.push(k), pm.ks.push(ks), pm.ke.push(ke), pm.vals.push(this.np);
        }
        p = this.qEnd;
      }
      skip();
      let c = t.charCodeAt(p);
      if (c === 44) {
        if (p++, skip(), t.charCodeAt(p) === close) return done();
        continue;
      }
      return c === close ? done() : giveUp("flow collection not closed on its line");
    }
  }
  /** End of a plain scalar in a flow collection starting at `p`. */
  flowPlainEnd(p) {
    let t = this.t, c0 = t.charCodeAt(p);
    (indicator(c0) || c0 === TAB || c0 === SP || (c0 === DASH || c0 === COLON) && !this.safeAfter(p + 1)) && giveUp("flow indicator");
    let i = p;
    for (; ; ) {
      let c = t.charCodeAt(i);
      if (Number.isNaN(c) && giveUp("flow collection not closed"), c === LF || c === CR || c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
      if (c === COLON) {
        let d = t.charCodeAt(i + 1);
        if (d === SP) break;
        (d === 44 || d === 93 || d === 125) && giveUp("colon before flow indicator");
      }
      if (c === HASH && t.charCodeAt(i - 1) === SP) break;
      c === TAB && giveUp("tab in flow"), i++;
    }
    let e = i;
    for (; e > p && t.charCodeAt(e - 1) === SP; ) e--;
    return e === p && giveUp("empty flow entry"), e;
  }
  safeAfter(p) {
    let c = this.t.charCodeAt(p);
    return !(Number.isNaN(c) || c === SP || c === TAB || c === LF || c === CR || c === 44 || c === 91 || c === 93 || c === 123 || c === 125);
  }
  flowNode(p) {
    let t = this.t, c = t.charCodeAt(p);
    if (c === 42) return this.alias(p);
    if (c === 91 || c === 123) return this.flow(p);
    if (c === DQ || c === SQ) {
      let v = c === DQ ? this.dquoted(p, this.flowParent) : this.squoted(p, this.flowParent);
      return this.scalarPos(p, this.qEnd), v;
    }
    let e = this.flowPlainEnd(p);
    return this.qEnd = e, this.scalarPos(p, e), resolvePlain(t.slice(p, e));
  }
  // -- documents --
};

// src/input/fast-yaml/reader.ts
var Reader = class extends FlowReader {
  /**
   * `&name` at `q` before a value in a mapping at column `col` (or a sequence item at `col`): the
   * value on the same line, or on the following lines.
   */
  anchored(q, col) {
    let t = this.t, name = this.anchorName(q), p = this.qEnd;
    for (; t.charCodeAt(p) === SP; ) p++;
    let c = t.charCodeAt(p);
    this.openAnchors++;
    let v;
    if (Number.isNaN(c) || c === LF || c === CR || c === HASH) {
      let empty = p;
      if (this.endLine(p), this.ind > col) {
        let at = this.ls + this.ind, first = t.charCodeAt(at);
        (first === 38 || first === 42 || first === 33) && giveUp("properties on the next line"), v = this.node(at, this.ind, col);
      } else
        v = null, this.withPos && (this.np = { k: 0, s: empty, e: empty });
    } else
      (c === 38 || c === 42 || c === 33 || c === TAB) && giveUp("anchor before a property or alias"), v = this.inline(p, col, !0);
    return this.openAnchors--, this.anchors.set(name, { v, p: this.np }), v;
  }
  /** A node starting at `q` (column `col` of the current line), inside a parent indented `parent`. */
  node(q, col, parent) {
    let t = this.t, c = t.charCodeAt(q);
    if (c === DASH && this.sepAfter(q + 1)) return this.seq(q, col);
    if (c === DQ || c === SQ) {
      let s = q, v = c === DQ ? this.dquoted(q, parent) : this.squoted(q, parent), e = this.qEnd, r = e;
      for (; t.charCodeAt(r) === SP; ) r++;
      return t.charCodeAt(r) === COLON && this.sepAfter(r + 1) ? this.map(q, col) : (this.scalarPos(s, e), this.endLine(e), v);
    }
    if (c === 91 || c === 123) {
      let s = q;
      this.flowParent = parent;
      let v = this.flow(q), e = this.qEnd, r = e;
      for (; t.charCodeAt(r) === SP; ) r++;
      return t.charCodeAt(r) === COLON && giveUp("flow collection as key"), this.withPos && (this.np.s = s), this.endLine(e), v;
    }
    return c === 124 || c === 62 ? this.block(q, parent) : ((indicator(c) || c === TAB) && giveUp("indicator"), this.keyLine(q) ? this.map(q, col) : this.plainValue(q, parent));
  }
  /** A key at `q` (plain or quoted) up to its `:`; returns the key and sets `qEnd` past the colon. */
  key(q) {
    let t = this.t, c = t.charCodeAt(q), k, ke, colon;
    if (c === DQ || c === SQ) {
      for (k = c === DQ ? this.dquoted(q) : this.squoted(q), ke = this.qEnd, colon = ke; t.charCodeAt(colon) === SP; ) colon++;
      (t.charCodeAt(colon) !== COLON || !this.sepAfter(colon + 1)) && giveUp("quoted key without colon");
    } else {
      (indicator(c) || c === DASH && this.sepAfter(q + 1)) && giveUp("key indicator");
      let end = this.eol(q);
      colon = -1;
      for (let i = q; i < end; i++) {
        let ch = t.charCodeAt(i);
        if (ch === COLON && this.sepAfter(i + 1)) {
          colon = i;
          break;
        }
        if (ch === TAB || ch === HASH && t.charCodeAt(i - 1) === SP) break;
      }
      for (colon === -1 && giveUp("no key"), ke = colon; ke > q && t.charCodeAt(ke - 1) === SP; ) ke--;
      k = resolvePlain(t.slice(q, ke)), (k === null || typeof k == "object" || typeof k == "number" && !(Number.isSafeInteger(k) && goResolvesToInt(t.slice(q, ke)))) && giveUp("null or float key");
    }
    let key = typeof k == "string" ? k : String(k);
    return key === "__proto__" && giveUp("__proto__ key"), this.keyEnd = ke, this.qEnd = colon + 1, key;
  }
  /** A block mapping whose keys sit at column `col`; the first key starts at `q`. */
  map(q, col) {
    let t = this.t, out = {}, pm = this.withPos ? { k: 1, s: q, e: q, keys: [], ks: [], ke: [], vals: [] } : void 0;
    for (; ; ) {
      let ks = q, key = this.key(q);
      this.values && Object.prototype.hasOwnProperty.call(out, key) && giveUp("duplicate key");
      let ke = this.keyEnd, p = this.qEnd;
      for (; t.charCodeAt(p) === SP; ) p++;
      let c = t.charCodeAt(p), v;
      if (Number.isNaN(c) || c === LF || c === CR || c === HASH) {
        let empty = p;
        this.endLine(p), this.ind > col ? v = this.node(this.ls + this.ind, this.ind, col) : this.ind === col && t.charCodeAt(this.ls + col) === DASH && this.sepAfter(this.ls + col + 1) ? v = this.seq(this.ls + col, col) : (v = null, pm && (this.np = { k: 0, s: empty, e: empty }));
      } else {
        if (c === TAB)
          return giveUp("tab after colon");
        v = this.inline(p, col);
      }
      if (this.values && (out[key] = v), pm && (pm.keys.push(key), pm.ks.push(ks), pm.ke.push(ke), pm.vals.push(this.np)), this.ind !== col) {
        this.ind > col && giveUp("bad indentation");
        break;
      }
      q = this.ls + col, t.charCodeAt(q) === DASH && this.sepAfter(q + 1) && giveUp("sequence entry in mapping");
    }
    return pm && (pm.e = this.lastEnd, this.np = pm), out;
  }
  /** A value that starts on the key's line at `p`, in a mapping at column `col`. */
  inline(p, col, afterAnchor = !1) {
    let c = this.t.charCodeAt(p);
    if (c === 38 && !afterAnchor) return this.anchored(p, col);
    if (c === 42) {
      let v = this.alias(p);
      return this.endLine(this.qEnd), v;
    }
    if (afterAnchor && this.keyLine(p) && giveUp("anchor on a key"), c === DQ || c === SQ) {
      let v = c === DQ ? this.dquoted(p, col) : this.squoted(p, col);
      return this.scalarPos(p, this.qEnd), this.endLine(this.qEnd), v;
    }
    if (c === 91 || c === 123) {
      this.flowParent = col;
      let v = this.flow(p);
      return this.withPos && (this.np.s = p), this.endLine(this.qEnd), v;
    }
    return c === 124 || c === 62 ? this.block(p, col) : ((indicator(c) || c === DASH && this.sepAfter(p + 1)) && giveUp("indicator in value"), this.plainValue(p, col));
  }
  /** A block sequence whose `-` sit at column `col`; the first is at `q`. */
  seq(q, col) {
    let t = this.t, out = [], ps = this.withPos ? { k: 2, s: q, e: q, items: [] } : void 0;
    for (; ; ) {
      let p = q + 1;
      for (; t.charCodeAt(p) === SP; ) p++;
      let c = t.charCodeAt(p), v;
      if (Number.isNaN(c) || c === LF || c === CR || c === HASH) {
        let empty = p;
        this.endLine(p), this.ind > col ? v = this.node(this.ls + this.ind, this.ind, col) : (v = null, ps && (this.np = { k: 0, s: empty, e: empty }));
      } else {
        if (c === TAB)
          return giveUp("tab after dash");
        v = c === 38 || c === 42 ? this.inline(p, col) : this.node(p, p - this.lineStartOf(p), col);
      }
      if (this.values && out.push(v), ps && ps.items.push(this.np), this.ind !== col || !(t.charCodeAt(this.ls + col) === DASH && this.sepAfter(this.ls + col + 1))) {
        this.ind > col && giveUp("bad indentation");
        break;
      }
      q = this.ls + col;
    }
    return ps && (ps.e = this.lastEnd, this.np = ps), out;
  }
  documents() {
    let t = this.t, docs = [];
    this.seek(0), t.charCodeAt(this.ls + Math.max(this.ind, 0)) === 37 && giveUp("directive");
    let explicit = !1, start = 0;
    for (; this.ls < t.length; ) {
      if (this.ind === -1) {
        let m = this.ls;
        explicit && docs.push({ value: null, range: [start, m] }), explicit = !0, start = m, this.endLine(m + 3);
        continue;
      }
      let col = this.ind, first = this.ls + col;
      explicit || (start = this.ls), t.charCodeAt(first) === 37 && giveUp("directive"), this.anchors.clear(), this.aliases = 0, this.aliasedCollection = !1;
      let value = this.node(first, col, -1), pos = this.np;
      this.ind !== -1 && giveUp("content after the root node"), (typeof value != "object" || value === null) && giveUp("scalar document");
      let end = this.ls < t.length ? this.ls : t.length, doc = { value, range: [start, end] };
      this.withPos && (doc.pos = pos), t.charCodeAt(first) !== 38 && (doc.rootStart = first), this.aliasedCollection && (doc.aliasedCollection = !0), docs.push(doc), explicit = !1, this.ls < t.length && (explicit = !0, start = this.ls, this.endLine(this.ls + 3));
    }
    return explicit && docs.push({ value: null, range: [start, t.length] }), docs;
  }
};

// src/input/fast-yaml.ts
var UNUSUAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
function fastParse(text, opts = {}) {
  if (!UNUSUAL.test(text))
    try {
      let withPos = opts.withPos ?? !1;
      return new Reader(text, withPos, opts.maxAliases ?? 100, opts.maxFlowDepth ?? 200, !(withPos && opts.positionsOnly)).documents();
    } catch (e) {
      if (e instanceof GiveUp || e instanceof RangeError) return;
      throw e;
    }
}

// src/input/fast-yaml/locator.ts
function standIn(k, s, end) {
  return k === 1 ? { k, s, e: end, keys: [], ks: [], ke: [], vals: [] } : { k, s, e: end, items: [] };
}
var Locator = class extends Reader {
  constructor(text) {
    super(text, !0, 100, 200, !1);
  }
  isDash(p) {
    return this.t.charCodeAt(p) === DASH && this.sepAfter(p + 1);
  }
  /**
   * From the line holding the current key (or `- `) at column `col`, to the next content line
   * outside its value: indented `col` or less and, after a key, not a `- ` entry at `col` (those
   * belong to the key's compact sequence).
   */
  skipValue(col, afterKey) {
    for (this.seek(this.nextLine(this.ls)); this.ind > col || afterKey && this.ind === col && this.isDash(this.ls + col); ) this.seek(this.nextLine(this.ls));
  }
  locate(path) {
    let t = this.t;
    if (this.seek(0), this.ind === -1 && (this.ls >= t.length || (this.endLine(this.ls + 3), this.ind === -1)))
      return;
    let q = this.ls + this.ind, col = this.ind, parent = -1, key, i = 0, done = (root, at) => ({ root, rest: path.slice(at), ...key ? { key } : {} });
    for (; ; ) {
      let c = t.charCodeAt(q), seg = path[i];
      if (c === 38 || c === 42 || c === DQ || c === SQ) return;
      if (this.isDash(q)) {
        if (typeof seg != "number") return done(standIn(2, q, t.length), i);
        for (let n = 0; n < seg; n++)
          if (this.skipValue(col, !1), this.ind !== col || !this.isDash(this.ls + col)) return done(standIn(2, q, t.length), i);
        let p2 = (seg === 0 ? q : this.ls + col) + 1;
        for (; t.charCodeAt(p2) === SP; ) p2++;
        let v2 = t.charCodeAt(p2);
        if (key = void 0, i++, Number.isNaN(v2) || v2 === LF || v2 === CR || v2 === HASH) {
          let empty = p2;
          if (this.endLine(p2), this.ind <= col) return done({ k: 0, s: empty, e: empty }, i);
          parent = col, q = this.ls + this.ind, col = this.ind;
        } else {
          if (v2 === TAB || v2 === 38 || v2 === 42) return;
          parent = col, q = p2, col = p2 - this.lineStartOf(p2);
        }
        continue;
      }
      if (c === 91 || c === 123 || c === 124 || c === 62 || !this.keyLine(q))
        return this.node(q, col, parent), done(this.np, i);
      if (i === path.length) return done(standIn(1, q, t.length), i);
      let want = String(seg), start = q;
      for (; this.key(q) !== want; ) {
        if (this.skipValue(col, !0), this.ind !== col) return done(standIn(1, start, t.length), i);
        q = this.ls + col;
      }
      key = [q, this.keyEnd], i++;
      let p = this.qEnd;
      for (; t.charCodeAt(p) === SP; ) p++;
      let v = t.charCodeAt(p);
      if (Number.isNaN(v) || v === LF || v === CR || v === HASH) {
        let empty = p;
        if (this.endLine(p), this.ind > col)
          parent = col, q = this.ls + this.ind, col = this.ind;
        else if (this.ind === col && this.isDash(this.ls + col))
          q = this.ls + col;
        else
          return done({ k: 0, s: empty, e: empty }, i);
        continue;
      }
      return v === TAB ? void 0 : (this.inline(p, col), done(this.np, i));
    }
  }
};
function locatePath(text, path) {
  try {
    return new Locator(text).locate(path);
  } catch (e) {
    if (e instanceof GiveUp || e instanceof RangeError) return;
    throw e;
  }
}

// src/input/tree.ts
var GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, GO_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
function goYamlFloats(tags) {
  return tags.map((t) => {
    let tag = t;
    return tag.tag !== "tag:yaml.org,2002:float" || !(tag.test instanceof RegExp) || /nan/i.test(tag.test.source) ? t : { ...tag, test: tag.format === "EXP" ? GO_FLOAT_EXP : GO_FLOAT };
  });
}
var PARSE_OPTIONS = {
  version: "1.1",
  customTags: goYamlFloats,
  merge: !0,
  uniqueKeys: !0,
  prettyErrors: !1,
  strict: !1,
  // The `yaml` package reports some oddities (a mapping used as a key) with process.emitWarning,
  // which would print to the CLI's stderr; they are not errors of the manifest.
  logLevel: "error"
}, GO_PARSE_OPTIONS = { ...PARSE_OPTIONS, merge: !1, uniqueKeys: !1 }, trees = /* @__PURE__ */ new WeakMap();
function lineStart(text, at) {
  let nl = text.lastIndexOf(`
`, at - 1);
  return nl === -1 ? 0 : nl + 1;
}
var tracked;
var WALKS_BEFORE_TREE = 8, walks = /* @__PURE__ */ new WeakMap();
function walkPath(obj, path) {
  if (obj.rootStart === void 0) return;
  let file = obj.file;
  if (trees.get(file)?.has(obj.documentIndex)) return;
  let byDoc = walks.get(file);
  byDoc || walks.set(file, byDoc = /* @__PURE__ */ new Map());
  let n = byDoc.get(obj.documentIndex) ?? 0;
  if (n >= WALKS_BEFORE_TREE) return;
  byDoc.set(obj.documentIndex, n + 1), tracked && (tracked.walks++, tracked.documents.add(`${file.path}\0${obj.documentIndex}`));
  let base = lineStart(file.text, obj.docRange[0]), located = locatePath(file.text.slice(base, obj.docRange[1]), path);
  return located ? { located, base } : void 0;
}
function treeOf(obj) {
  let file = obj.file, byDoc = trees.get(file);
  byDoc || trees.set(file, byDoc = /* @__PURE__ */ new Map());
  let hit = byDoc.get(obj.documentIndex);
  if (hit !== void 0) return hit ?? void 0;
  tracked && (tracked.passes++, tracked.documents.add(`${file.path}\0${obj.documentIndex}`));
  let base = lineStart(file.text, obj.docRange[0]), slice = file.text.slice(base, obj.docRange[1]), tree = null, firstFast = fastParse(slice, { withPos: !0, positionsOnly: !0 })?.find((d) => d.value !== null);
  if (firstFast?.pos)
    tree = { kind: "fast", root: firstFast.pos, base };
  else
    try {
      let docs = yamlLib().parseAllDocuments(yaml11Breaks(slice), GO_PARSE_OPTIONS), first = Array.isArray(docs) ? docs.find((d) => d.contents !== null) : void 0;
      first && (tree = { kind: "yaml", doc: first, base });
    } catch {
      tree = null;
    }
  return byDoc.set(obj.documentIndex, tree), tree ?? void 0;
}

// src/input/templates.ts
var isBreak = (c) => c === 10 || c === 13 || c === 8232 || c === 8233;
function lineEnd(text, i, end = text.length) {
  for (; i < end; i++) if (isBreak(text.charCodeAt(i))) return i;
  return end;
}
function pair(text, c, from, to) {
  for (let j = from; j + 1 < to; j++) if (text.charCodeAt(j) === c && text.charCodeAt(j + 1) === c) return j;
  return -1;
}
function expressions(text, from, to, each) {
  for (let i = from; i < to; ) {
    let eol = lineEnd(text, i, to);
    for (let k = i; k < eol; ) {
      let open = pair(text, 123, k, eol);
      if (open === -1) break;
      let close = pair(text, 125, open + 2, eol);
      if (close === -1) break;
      if (each(open, close + 2) === !0) return;
      k = close + 2;
    }
    i = eol + 1;
  }
}
function hasTemplateSyntax(text, from = 0, to = text.length) {
  let found = !1;
  return expressions(text, from, to, () => found = !0), found;
}
var isSpace = (c) => c === 32 || c === 9 || c === 65279 || c === 160 || c === 11 || c === 12;
function blankTemplates(text) {
  let out = [], done = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(`
`, start);
    end === -1 && (end = text.length);
    let spans = [];
    if (expressions(text, start, end, (s, e) => {
      spans.push(s, e);
    }), spans.length > 0) {
      let only = !0;
      for (let k = 0, at = start; k <= spans.length && only; k += 2) {
        let upTo = k < spans.length ? spans[k] : end;
        for (let q = at; q < upTo && only; q++) {
          let c = text.charCodeAt(q);
          !isSpace(c) && !(c === 13 && k === spans.length) && (only = !1);
        }
        at = spans[k + 1];
      }
      if (only)
        out.push(text.slice(done, start), blanks(text, start, end));
      else {
        out.push(text.slice(done, start));
        for (let k = 0, at = start; k < spans.length; k += 2)
          out.push(text.slice(at, spans[k]), "x".repeat(spans[k + 1] - spans[k])), at = spans[k + 1], k + 2 === spans.length && out.push(text.slice(at, end));
      }
      done = end;
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return out.push(text.slice(done)), out.join("");
}
function blanks(text, from, to) {
  let line = text.slice(from, to);
  return line.indexOf("\r") === -1 ? " ".repeat(to - from) : line.replace(/[^\r]/g, " ");
}
function hasCollectionKey(doc) {
  let { isCollection, visit: visit2 } = yamlLib(), found = !1;
  return visit2(doc, {
    Pair(_key, pair2) {
      if (isCollection(pair2.key))
        return found = !0, visit2.BREAK;
    }
  }), found;
}
function templateDocuments(text, docs) {
  let out = /* @__PURE__ */ new Set();
  if (!hasTemplateSyntax(text)) return out;
  let blankedErrors, errorsOnceBlanked = () => {
    if (blankedErrors) return blankedErrors;
    let parsed = yamlLib().parseAllDocuments(blankTemplates(text), PARSE_OPTIONS);
    return blankedErrors = new Set((Array.isArray(parsed) ? parsed : [parsed]).flatMap((d) => d.errors.map((e) => e.pos[0]))), blankedErrors;
  }, from = 0;
  return docs.forEach((doc, i) => {
    let to = doc.range?.[2] ?? text.length, start = from;
    if (from = to, !hasTemplateSyntax(text, start, Math.max(to, start))) return;
    let errors = doc.errors.filter((e) => e.code !== "DUPLICATE_KEY");
    errors.length > 0 ? errorsOnceBlanked().has(errors[0].pos[0]) || out.add(i) : doc.errors.length === 0 && hasCollectionKey(doc) && out.add(i);
  }), out;
}

// src/input/flow-indent.ts
function pads(text) {
  let lines = text.split(`
`), out = /* @__PURE__ */ new Map(), inDouble = !1, inSingle = !1, depth = 0, open = 0, blockScalar = -1;
  for (let li = 0; li < lines.length; li++) {
    let line = lines[li], indent = /^ */.exec(line)[0].length, blank = line.trim() === "";
    if (blockScalar >= 0) {
      if (blank || indent > blockScalar) continue;
      blockScalar = -1;
    }
    let inside = inDouble || inSingle || depth > 0;
    inside && !blank && indent <= open && out.set(li, open + 1 - indent), inside || (open = indent);
    let prev = "";
    for (let i = indent; i < line.length; i++) {
      let c = line[i];
      if (inDouble) {
        c === "\\" ? i++ : c === '"' && (inDouble = !1), prev = c;
        continue;
      }
      if (inSingle) {
        c === "'" && line[i + 1] === "'" ? i++ : c === "'" && (inSingle = !1), prev = c;
        continue;
      }
      if (c === " " || c === "	" || c === "\r") continue;
      if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) break;
      let valueStart = prev === "" || prev === ":" || prev === "-" || prev === "," || prev === "[" || prev === "{" || prev === "?";
      if (valueStart && c === '"') inDouble = !0;
      else if (valueStart && c === "'") inSingle = !0;
      else if ((c === "[" || c === "{") && (valueStart || depth > 0)) depth++;
      else if ((c === "]" || c === "}") && depth > 0) depth--;
      else if (depth === 0 && valueStart && (c === "|" || c === ">") && blockHeader(line, i)) {
        blockScalar = indent;
        break;
      }
      prev = c;
    }
  }
  return out;
}
function blockHeader(line, i) {
  let k = i + 1;
  for (; k < line.length && (line[k] === "-" || line[k] === "+" || line[k] >= "0" && line[k] <= "9"); ) k++;
  for (; k < line.length && /\s/.test(line[k]); ) k++;
  if (k === line.length) return !0;
  if (line[k] !== "#") return !1;
  let e = line.length;
  for (; e > k && /\s/.test(line[e - 1]); ) e--;
  for (let j = k; j < e; j++) {
    let c = line.charCodeAt(j);
    if (c === 13 || c === 8232 || c === 8233) return !1;
  }
  return !0;
}
function padFlowContinuations(text) {
  let p = pads(text);
  return p.size === 0 ? text : text.split(`
`).map((line, i) => p.has(i) ? " ".repeat(p.get(i)) + line : line).join(`
`);
}

// src/input/yaml-errors.ts
function errorRange(text, [start, end]) {
  let s = start;
  for (; s < text.length && /[ \t\r\n]/.test(text[s]); ) s++;
  return s >= text.length && (s = Math.min(start, Math.max(text.length - 1, 0))), [s, Math.max(end, s + 1)];
}
function reportedErrors(errors) {
  return errors.every((e) => e.code === "DUPLICATE_KEY") ? [...errors] : [errors[0]];
}
function firstLine(message) {
  return message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
}
function duplicate(err, doc, source) {
  let { isMap, isScalar, visit: visit2 } = yamlLib(), hit;
  return visit2(doc, {
    Map(_k, map) {
      if (!isMap(map)) return;
      let seen = /* @__PURE__ */ new Map();
      for (let pair2 of map.items) {
        if (!isScalar(pair2.key) || !pair2.key.range) continue;
        let key = String(pair2.key.value);
        if (pair2.key.range[0] === err.pos[0]) {
          let first = seen.get(key);
          return hit = { key, ...first !== void 0 ? { firstLine: source.lineCounter.linePos(first).line } : {} }, visit2.BREAK;
        }
        seen.has(key) || seen.set(key, pair2.key.range[0]);
      }
    }
  }), hit;
}
function describeError(err, doc, source, all = doc.errors) {
  if (err.code === "DUPLICATE_KEY") {
    let d = duplicate(err, doc, source);
    if (d) {
      let where3 = d.firstLine !== void 0 ? ` (first set on line ${d.firstLine})` : "";
      return `duplicate key \`${d.key}\`${where3}: kustomize and Flux refuse the document, and kubectl silently keeps only one value. Remove one, or add the missing \`---\` if two objects ran together.`;
    }
  }
  let rest = all.length - reportedErrors(all).length;
  return firstLine(err.message) + (rest > 0 ? ` (${rest} more error${rest === 1 ? "" : "s"} in this document, probably caused by this one)` : "");
}

// src/input/parse.ts
function flowDepthExceeds(text, limit) {
  let depth = 0, inDouble = !1, inSingle = !1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (inDouble) {
      c === 92 ? i++ : c === 34 && (inDouble = !1);
      continue;
    }
    if (inSingle) {
      c === 39 && (inSingle = !1);
      continue;
    }
    if (c === 34) inDouble = !0;
    else if (c === 39) {
      let p = i > 0 ? text.charCodeAt(i - 1) : 32;
      (p === 32 || p === 9 || p === 10 || p === 91 || p === 123 || p === 44 || p === 58) && (inSingle = !0);
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else c === 93 || c === 125 ? depth > 0 && depth-- : c === 10 && (inSingle = !1);
  }
}
var FALLBACK_MAX_NODES = 25e4;
function fallbackNodesExceed(text, max) {
  if (text.length < max) return;
  let count = 0, content = !1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 10) {
      if (content && ++count > max) return i - 1;
      content = !1;
    } else if (c === 44) {
      if (++count > max) return i;
    } else c !== 32 && c !== 9 && c !== 13 && (content = !0);
  }
}
var TOO_DEEP = "nested too deeply for the YAML parser (its stack ran out); not audited (limit: maxDepth)";
function strField(v) {
  return typeof v == "string" ? v : void 0;
}
function makeObject(source, documentIndex, docRange, rootPath, value) {
  let apiVersion = strField(value.apiVersion), kind = strField(value.kind);
  if (!apiVersion || !kind) return;
  let meta = value.metadata && typeof value.metadata == "object" ? value.metadata : {}, obj = {
    file: source,
    documentIndex,
    docRange,
    rootPath,
    value,
    apiVersion,
    kind,
    name: strField(meta.name) ?? strField(meta.generateName) ?? ""
  }, ns = strField(meta.namespace);
  return ns && (obj.namespace = ns), obj;
}
function missingType(rec) {
  let meta = rec.metadata;
  if (!meta || typeof meta != "object" || Array.isArray(meta)) return;
  let name = meta.name ?? meta.generateName;
  if (typeof name != "string" || !name || !["kind", "apiVersion", "spec", "data", "stringData", "rules", "subjects", "roleRef"].some((k) => k in rec)) return;
  let lacks = [typeof rec.apiVersion == "string" && rec.apiVersion ? "" : "`apiVersion`", typeof rec.kind == "string" && rec.kind ? "" : "`kind`"].filter(Boolean).join(" and ");
  return `the object "${name.slice(0, 80)}" has no ${lacks}: the API server rejects it ("${lacks.includes("apiVersion") ? "apiVersion" : "kind"} not set"), so it never applies, and leastpriv cannot tell what to audit it as. Write its \`apiVersion\` and \`kind\`.`;
}
var tooManyDocuments = (limits) => `more than ${limits.maxDocuments} documents; the rest of the file is not audited (limit: maxDocuments)`;
function pushObjects(out, source, di, docRange, rec, itemIsMap, rootStart) {
  let obj = makeObject(source, di, docRange, [], rec);
  if (!obj) {
    let missing = missingType(rec);
    if (missing) {
      let at = rootStart ?? docRange[0];
      out.diagnostics.push({ code: "object-without-type", file: source.path, message: missing, range: [at, at + 1] });
    }
    out.nonKubernetesDocuments++;
    return;
  }
  let items = rec.items;
  if (obj.kind.endsWith("List") && Array.isArray(items) && itemIsMap) {
    items.forEach((item, i) => {
      if (!item || typeof item != "object" || Array.isArray(item) || !itemIsMap(i)) return;
      let child = makeObject(source, di, docRange, ["items", i], item);
      child && out.objects.push(child);
    });
    return;
  }
  rootStart !== void 0 && (obj.rootStart = rootStart), out.objects.push(obj);
}
function fromFast(out, source, docs, limits) {
  for (let di = 0; di < docs.length; di++) {
    let doc = docs[di];
    if (di >= limits.maxDocuments) {
      let at = doc.range[0];
      out.diagnostics.push({ code: "input-not-auditable", file: source.path, message: tooManyDocuments(limits), range: [at, at + 1] });
      break;
    }
    if (doc.value === null) continue;
    if (out.documents++, Array.isArray(doc.value)) {
      out.nonKubernetesDocuments++;
      continue;
    }
    let rec = doc.value;
    pushObjects(out, source, di, doc.range, rec, Array.isArray(rec.items) ? () => !0 : void 0, doc.rootStart);
  }
  return out;
}
var templateSkip = (n, of) => n === of ? "Helm/Go template: not valid YAML as written (`{{ \u2026 }}` where YAML structure goes), so kubectl cannot apply it either: render it first (helm template) and audit the output" : `Helm/Go template in ${n} of ${of} documents: not valid YAML as written (\`{{ \u2026 }}\` where YAML structure goes), so kubectl cannot apply ${n === 1 ? "that one" : "those"} either; the other documents are audited. Render the file first (helm template) and audit the output`;
function parseSource(source, limits, chart, onlyYaml = !1) {
  let out = { source, objects: [], diagnostics: [], documents: 0, nonKubernetesDocuments: 0 }, { text } = source;
  if (chart !== void 0 && hasTemplateSyntax(text))
    return out.skipped = `Helm/Go template: in the templates/ folder of the Helm chart ${chart}: render it first (helm template) and audit the output`, out;
  let diag = (code, message, range) => out.diagnostics.push({ code, file: source.path, message, range }), fast = onlyYaml ? void 0 : fastParse(text, { maxAliases: Math.min(100, limits.maxAliasCount), maxFlowDepth: limits.maxDepth }), aliasedItems = (d) => d.aliasedCollection && Array.isArray(d.value?.items);
  if (fast && !fast.some(aliasedItems)) return fromFast(out, source, fast, limits);
  let many = fallbackNodesExceed(text, FALLBACK_MAX_NODES);
  if (many !== void 0)
    return diag("input-not-auditable", `more than ${FALLBACK_MAX_NODES} YAML nodes in a file the fast reader cannot take (tags, merge keys, errors, \u2026); the full YAML reader would need gigabytes of memory for it: file not audited (split it, or drop the tags and merge keys)`, [many, many + 1]), out;
  let deep = flowDepthExceeds(text, limits.maxDepth);
  return deep !== void 0 ? (diag("input-not-auditable", `nesting deeper than ${limits.maxDepth} levels; file not audited (limit: maxDepth)`, [deep, deep + 1]), out) : fromYaml(out, source, limits);
}
function parseChunks(text, chunks, json) {
  let { parseAllDocuments } = yamlLib();
  return chunks.map((chunk) => {
    let raw = text.slice(chunk.start, chunk.end), t = json ? raw : yaml11Breaks(raw), docs = parseAllDocuments(t, GO_PARSE_OPTIONS);
    return Array.isArray(docs) || (docs = [docs]), { chunk, text: t, raw, docs };
  });
}
var broken = (pcs) => pcs.reduce((n, pc) => n + pc.docs.filter((d) => d.errors.length > 0).length, 0), ok = (pcs) => pcs.reduce((n, pc) => n + pc.docs.filter((d) => d.errors.length === 0).length, 0);
function padChunks(text, chunks) {
  let outText = "", from = 0, changed = !1, outChunks = [];
  for (let c of chunks) {
    outText += text.slice(from, c.start);
    let raw = text.slice(c.start, c.end), padded = padFlowContinuations(raw);
    padded !== raw && (changed = !0), outChunks.push({ start: outText.length, end: outText.length + padded.length }), outText += padded, from = c.end;
  }
  return outText += text.slice(from), changed ? { text: outText, chunks: outChunks } : void 0;
}
var DIRECTIVE = /^%/m;
function fromYaml(out, source, limits) {
  let { text } = source, diag = (code, message, range) => out.diagnostics.push({ code, file: source.path, message, range }), split = kubectlChunks(text), json = split === void 0, chunks = split?.chunks ?? [{ start: 0, end: text.length }], parsed;
  try {
    parsed = parseChunks(text, chunks, json);
  } catch (e) {
    return e instanceof RangeError ? diag("input-not-auditable", TOO_DEEP, [0, 1]) : diag("yaml-syntax-error", `cannot parse: ${e.message}`, [0, 1]), out;
  }
  if (broken(parsed) > 0) {
    let padded = padChunks(text, chunks);
    if (padded) {
      let again = parseChunks(padded.text, padded.chunks, json);
      ok(again) > ok(parsed) && broken(again) <= broken(parsed) && (source.text = text = padded.text, source.lineCounter = new LineIndex(text), chunks = padded.chunks, parsed = again);
    }
  }
  let templates = parsed.map((pc) => templateDocuments(pc.text, pc.docs)), templateCount = templates.reduce((n, t) => n + t.size, 0);
  templateCount > 0 && (out.skipped = templateSkip(templateCount, parsed.reduce((n, pc) => n + pc.docs.length, 0)));
  for (let a of split?.ambiguous ?? []) diag("yaml-decode-ambiguous", a.what, [a.at, a.at + 1]);
  if (split?.badSeparator !== void 0) {
    let at = split.badSeparator;
    diag(
      "yaml-syntax-error",
      'a `---` line with more than a comment after it: kubectl refuses the file from here on ("invalid Yaml document separator"); put what follows `---` on a line of its own',
      [at, at + 3]
    );
  }
  let { isMap } = yamlLib(), di = -1;
  for (let [ci, pc] of parsed.entries()) {
    let base = pc.chunk.start, content = pc.docs.filter((d) => !isEmptyDocument(d)), chunkBroken = pc.docs.some((d) => d.errors.length > 0);
    if (!json && !chunkBroken && DIRECTIVE.test(pc.text)) {
      let at = base + pc.text.search(DIRECTIVE);
      diag("yaml-syntax-error", "a YAML directive (`%YAML`, `%TAG`): kubectl cannot read it (its `---` line ends the part of the file the directive is in). Remove it", [at, at + 1]);
    }
    let firstContent = pc.docs.findIndex((d) => !isEmptyDocument(d)), bad = split?.badSeparator, hidesBad = bad !== void 0 && bad >= pc.chunk.start && bad < pc.chunk.end;
    if (!json && !hidesBad && (content.length > 1 || firstContent > 0)) {
      let second = content.length > 1 ? content[1] : content[0], at = base + (second.range?.[0] ?? 0);
      diag(
        "yaml-decode-ambiguous",
        "a second YAML document in one part of the file (after `...`, or a `---` that follows a line break other than `\\n`): kubectl reads only the first and ignores this one, other tools apply it. Separate documents with a `---` line",
        [at, at + 1]
      );
    }
    for (let [i, doc] of pc.docs.entries()) {
      if (di++, di >= limits.maxDocuments) {
        let at = base + (doc.range?.[0] ?? 0);
        return diag("input-not-auditable", tooManyDocuments(limits), [at, at + 1]), out;
      }
      if (templates[ci].has(i) || isEmptyDocument(doc)) continue;
      if (out.documents++, doc.errors.length > 0) {
        for (let err of reportedErrors(doc.errors)) {
          let range = errorRange(text, [err.pos[0] + base, err.pos[1] + base]);
          err.message.includes("Maximum call stack size exceeded") ? diag("input-not-auditable", TOO_DEEP, range) : diag("yaml-syntax-error", describeError(err, doc, source), range);
        }
        continue;
      }
      let contents = doc.contents, rootAt = base + (contents?.range?.[0] ?? doc.range[0]);
      if (!json) {
        let ls = breakInScalar(doc, pc.raw);
        ls !== void 0 && diag("yaml-decode-ambiguous", "a line or paragraph separator (U+2028, U+2029) inside a value: YAML 1.1 (kubectl) reads it as a line break; write it escaped (`\\L`, `\\P`) in a double-quoted string", [base + ls, base + ls + 1]);
      }
      let decoded;
      try {
        decoded = goDocumentValue(doc, { maxAliasCount: limits.maxAliasCount, text: pc.text, base });
      } catch (e) {
        let at = e instanceof DecodeError || e instanceof AmbiguousError || e instanceof LimitError ? e.at ?? rootAt : rootAt;
        if (e instanceof RangeError) diag("input-not-auditable", TOO_DEEP, [at, at + 1]);
        else if (e instanceof LimitError) diag("input-not-auditable", `${e.message} (limit: maxAliasCount ${limits.maxAliasCount})`, [at, at + 1]);
        else if (e instanceof AmbiguousError) diag("yaml-decode-ambiguous", `${e.message}; the document is not audited`, [at, at + 1]);
        else if (e instanceof DecodeError) diag("yaml-syntax-error", `kubectl cannot decode this document: ${e.message}`, [at, at + 1]);
        else throw e;
        continue;
      }
      for (let d of decoded.duplicates) {
        let first = source.lineCounter.linePos(d.first).line, kept2 = d.sameValue ? "both have the same value, so kubectl applies it as written, but" : "kubectl keeps the last value and";
        out.diagnostics.push({
          code: "yaml-syntax-error",
          file: source.path,
          message: `duplicate key \`${d.key}\` (first set on line ${first}): ${kept2} kustomize and Flux refuse the document. Remove one, or add the missing \`---\` if two objects ran together.`,
          range: [d.at, d.at + 1],
          ...d.sameValue ? { lesser: !0 } : {},
          duplicate: { key: d.key, at: d.at, first: d.first, sameValue: d.sameValue }
        });
      }
      let value = decoded.value;
      if (!isMap(contents) || !value || typeof value != "object" || Array.isArray(value)) {
        out.nonKubernetesDocuments++;
        continue;
      }
      let docRange = [base + doc.range[0], base + doc.range[2]];
      pushObjects(out, source, di, docRange, value, decoded.itemIsMap);
    }
  }
  return out;
}
function isEmptyDocument(doc) {
  if (doc.errors.length > 0) return !1;
  let { isMap } = yamlLib(), contents = doc.contents;
  return contents === null || contents !== void 0 && "value" in contents && contents.value === null && !isMap(contents);
}
function newSource(path, text) {
  let t = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return { path, text: t, lineCounter: new LineIndex(t) };
}

// src/input/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, isAbsolute, join, normalize, relative, resolve as resolve2, sep } from "node:path";
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"], NEVER_ENTER = /* @__PURE__ */ new Set([".git", "node_modules"]);
function displayPath(abs, cwd, normal = !1) {
  if (abs.length > cwd.length + 1 && abs[cwd.length] === sep && abs.startsWith(cwd) && abs[cwd.length + 1] !== "." && normalisedCwd(cwd) && (normal || normalize(abs) === abs)) {
    let rel3 = abs.slice(cwd.length + 1);
    return sep === "/" ? rel3 : rel3.split(sep).join("/");
  }
  let rel2 = relative(cwd, abs);
  return rel2 === "" ? "." : rel2.startsWith("..") || resolve2(cwd, rel2) !== abs ? abs.split(sep).join("/") : rel2.split(sep).join("/");
}
var lastCwd;
function normalisedCwd(cwd) {
  return cwd === lastCwd ? !0 : !isAbsolute(cwd) || normalize(cwd) !== cwd || cwd.endsWith(sep) ? !1 : (lastCwd = cwd, !0);
}
function hasManifestExtension(name) {
  let lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
var trace;
function readGitignore(dir) {
  let text;
  try {
    let path = join(dir, ".gitignore");
    if (trace?.look(path), !lstatSync(path).isFile()) return;
    text = readFileSync(path, "utf8");
  } catch {
    return;
  }
  return { base: dir, ig: (0, import_ignore.default)().add(text) };
}
function workTreeOf(dir) {
  for (let cur = dir; ; ) {
    if (trace?.look(join(cur, ".git")), existsSync(join(cur, ".git"))) return cur;
    let parent = dirname(cur);
    if (parent === cur) return;
    cur = parent;
  }
}
function gitIndex(top) {
  let out;
  try {
    out = createRequire(import.meta.url)("node:child_process").execFileSync("git", ["-c", "core.fsmonitor=false", "-c", `safe.directory=${top}`, "-C", top, "ls-files", "-z", "--cached", "--full-name"], {
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 1024 * 1024 * 1024,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" }
    });
  } catch {
    return;
  }
  let files = /* @__PURE__ */ new Set(), dirs = /* @__PURE__ */ new Set();
  for (let rel2 of out.toString("utf8").split("\0")) {
    if (!rel2) continue;
    let abs = join(top, ...rel2.split("/"));
    files.add(abs);
    for (let d = dirname(abs); d.length > top.length && !dirs.has(d); d = dirname(d)) dirs.add(d);
  }
  return { files, dirs };
}
function ancestorLayers(dir) {
  let layers = [];
  if (existsSync(join(dir, ".git"))) return layers;
  let cur = dir;
  for (; ; ) {
    let parent = resolve2(cur, "..");
    if (parent === cur) break;
    cur = parent;
    let layer = readGitignore(cur);
    if (layer && layers.unshift(layer), trace?.look(join(cur, ".git")), existsSync(join(cur, ".git"))) break;
  }
  return layers;
}
function within(real, root) {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}
function mayFollow(real, root) {
  return within(real, root) && !real.slice(root.length).split(sep).includes(".git");
}
function ignoredBy(layers, abs, isDir) {
  for (let i = layers.length - 1; i >= 0; i--) {
    let { base, ig } = layers[i], rel2 = relative(base, abs);
    if (!rel2 || rel2.startsWith("..")) continue;
    let r = ig.test(rel2.split(sep).join("/") + (isDir ? "/" : ""));
    if (r.ignored) return !0;
    if (r.unignored) return !1;
  }
  return !1;
}
function discover(paths, opts, traced) {
  trace = traced;
  try {
    return discoverNow(paths, opts);
  } finally {
    trace = void 0;
  }
}
function discoverNow(paths, opts) {
  let files = [], problems = [], seen = /* @__PURE__ */ new Set(), bases = /* @__PURE__ */ new Map();
  for (let e of opts.exclude) {
    let base = resolve2(opts.cwd, e.base);
    bases.set(base, (bases.get(base) ?? (0, import_ignore.default)()).add(e.pattern));
  }
  let excludeLayers = [...bases].map(([base, ig]) => ({ base, ig })), excluded = (abs, isDir) => excludeLayers.length > 0 && ignoredBy(excludeLayers, abs, isDir), indexes = /* @__PURE__ */ new Map(), tracked2 = (top, abs, isDir) => {
    if (top === void 0) return !1;
    let index = indexes.get(top);
    if (index === void 0) {
      if (trace) {
        let plain = !1;
        try {
          plain = lstatSync(join(top, ".git")).isDirectory();
        } catch {
        }
        let env = process.env;
        !plain || env.GIT_DIR || env.GIT_WORK_TREE || env.GIT_COMMON_DIR ? trace.unsound() : trace.look(env.GIT_INDEX_FILE ? resolve2(top, env.GIT_INDEX_FILE) : join(top, ".git", "index"));
      }
      indexes.set(top, index = gitIndex(top) ?? null);
    }
    return index !== null && (isDir ? index.dirs.has(abs) : index.files.has(abs));
  }, gitignored = (layers, top, abs, isDir) => ignoredBy(layers, abs, isDir) && !tracked2(top, abs, isDir), outside = (abs, real, root) => {
    let where3 = within(real, root) ? "into a .git folder" : `to a path outside the audited root (${displayPath(root, opts.cwd)})`;
    problems.push({ file: displayPath(abs, opts.cwd), reason: `symbolic link ${where3}; not read`, code: "symlink-outside-root" });
  }, addFile = (abs, knownReal) => {
    let real;
    if (knownReal !== void 0) real = knownReal;
    else
      try {
        real = realpathSync.native(abs);
      } catch {
        real = abs;
      }
    seen.has(real) || (seen.add(real), files.push(displayPath(abs, opts.cwd, !0)));
  }, visitedDirs = /* @__PURE__ */ new Set(), walk2 = (dir, layers, root, top, knownReal) => {
    let real;
    try {
      real = knownReal ?? realpathSync.native(dir);
    } catch (e) {
      problems.push({ file: displayPath(dir, opts.cwd), reason: `cannot resolve folder: ${e.message}` });
      return;
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real), trace?.look(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: !0 });
    } catch (e) {
      problems.push({ file: displayPath(dir, opts.cwd), reason: `cannot read folder: ${e.code ?? e.message}` });
      return;
    }
    opts.gitignore && dir !== top && entries.some((e) => e.name === ".git") && (top = dir);
    let own = opts.gitignore && entries.some((e) => e.name === ".gitignore" && e.isFile()) ? readGitignore(dir) : void 0, here = own ? [...layers, own] : layers;
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (let ent of entries) {
      let abs = join(dir, ent.name), isDir = ent.isDirectory(), isFile = ent.isFile(), linkReal;
      if (ent.isSymbolicLink()) {
        trace?.unsound();
        try {
          let st = statSync(abs);
          isDir = st.isDirectory(), isFile = st.isFile(), linkReal = realpathSync.native(abs);
        } catch {
          continue;
        }
        if ((isDir || isFile && hasManifestExtension(ent.name)) && !mayFollow(linkReal, root)) {
          !gitignored(here, top, abs, isDir) && !excluded(abs, isDir) && outside(abs, linkReal, root);
          continue;
        }
      }
      if (isDir) {
        if (NEVER_ENTER.has(ent.name) || gitignored(here, top, abs, !0) || excluded(abs, !0)) continue;
        walk2(abs, here, root, top, linkReal ?? join(real, ent.name));
      } else if (isFile && hasManifestExtension(ent.name)) {
        if (gitignored(here, top, abs, !1) || excluded(abs, !1)) continue;
        addFile(abs, linkReal ?? join(real, ent.name));
      }
    }
  };
  for (let p of paths) {
    if (p === "-") {
      files.push("-");
      continue;
    }
    let abs = resolve2(opts.cwd, p), st;
    try {
      st = statSync(abs);
    } catch {
      problems.push({ file: p, reason: "no such file or folder" });
      continue;
    }
    let folder = st.isDirectory() ? abs : dirname(abs), top = workTreeOf(folder), rootPath = top ?? (within(abs, opts.cwd) ? opts.cwd : folder), root, real;
    try {
      root = realpathSync.native(rootPath), real = realpathSync.native(abs);
    } catch (e) {
      problems.push({ file: p, reason: `cannot resolve path: ${e.code ?? e.message}` });
      continue;
    }
    if (trace && (real !== abs || root !== rootPath) && trace.unsound(), st.isDirectory() || trace?.look(folder), !mayFollow(real, root)) {
      excluded(abs, st.isDirectory()) || outside(abs, real, root);
      continue;
    }
    if (st.isDirectory()) {
      if (excluded(abs, !0)) continue;
      walk2(abs, opts.gitignore ? ancestorLayers(abs) : [], root, opts.gitignore ? top : void 0);
    } else {
      if (excluded(abs, !1)) continue;
      addFile(abs, real);
    }
  }
  return { files, problems };
}
function helmChartOf(abs, cache = /* @__PURE__ */ new Map()) {
  let dirs = [], found = null;
  for (let dir = dirname(abs); ; ) {
    let known = cache.get(dir);
    if (known !== void 0) {
      found = known;
      break;
    }
    if (dirs.push(dir), basename(dir) === "templates" && existsSync(join(dirname(dir), "Chart.yaml"))) {
      found = join(dirname(dir), "Chart.yaml");
      break;
    }
    let parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (let d of dirs) cache.set(d, found);
  return found ?? void 0;
}

// src/input/read.ts
import { openSync, readSync, fstatSync, closeSync } from "node:fs";
import { resolve as resolve3 } from "node:path";
import { isUtf8 } from "node:buffer";
function tooLarge(path, size, max, exact = !0) {
  let message = `${exact ? `file is ${size} bytes` : `input is more than ${max} bytes`}, over the ${max}-byte limit; not audited (limit: maxFileSize)`;
  return { diagnostic: { code: "input-not-auditable", file: path, message, range: [0, 1] } };
}
function decode(path, bytes, maxFileSize, stream = !1) {
  let fail = (message, at = 0, text2) => ({
    diagnostic: { code: "input-not-auditable", file: path, message, range: [at, at + 1] },
    ...text2 !== void 0 ? { text: text2 } : {}
  });
  if (bytes.length > maxFileSize) return tooLarge(path, bytes.length, maxFileSize, !stream);
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    let le = bytes[0] === 255;
    if (le && bytes[2] === 0 && bytes[3] === 0) return fail("UTF-32 text: kubectl reads it as UTF-16 and cannot decode it (NUL characters); not audited. Save it as UTF-8");
    let text2 = new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes), nul16 = text2.indexOf("\0");
    return nul16 !== -1 ? fail(`NUL character in UTF-16 text (at character ${nul16}): kubectl cannot decode it; not audited`, nul16, text2) : { source: newSource(path, text2) };
  }
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 254 && bytes[3] === 255)
    return fail("UTF-32 text: kubectl cannot decode it; not audited. Save it as UTF-8");
  let nul = bytes.indexOf(0);
  if (nul !== -1) return fail(`binary file (NUL byte at offset ${nul}); not audited`);
  if (!isUtf8(bytes)) {
    let loose = new TextDecoder("utf-8").decode(bytes), at = loose.indexOf("\uFFFD");
    return fail("not valid UTF-8 text; not audited", Math.max(at, 0), loose);
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return { source: newSource(path, text) };
}
var REUSED = 4 * 1024 * 1024, shared;
function readBuffer(size) {
  return size > REUSED ? Buffer.allocUnsafeSlow(size) : shared ??= Buffer.allocUnsafeSlow(REUSED);
}
function readInput(path, cwd, maxFileSize, stdin, stdinName = "-") {
  if (path === "-")
    try {
      let bytes = stdin ? stdin(maxFileSize) : readBounded(0, maxFileSize);
      return decode(stdinName, bytes, maxFileSize, !0);
    } catch (e) {
      return { diagnostic: { code: "input-not-auditable", file: stdinName, message: `cannot read standard input: ${e.message}`, range: [0, 1] } };
    }
  let fd;
  try {
    fd = openSync(resolve3(cwd, path), "r");
    let st = fstatSync(fd);
    if (!st.isFile()) return decode(path, readBounded(fd, maxFileSize), maxFileSize, !0);
    let size = st.size;
    if (size > maxFileSize) return tooLarge(path, size, maxFileSize);
    let buf2 = readBuffer(size), off = 0;
    for (; off < size; ) {
      let n = readSync(fd, buf2, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return decode(path, buf2.subarray(0, off), maxFileSize);
  } catch (e) {
    let code = e.code;
    return {
      diagnostic: { code: "input-not-auditable", file: path, message: `cannot read file: ${code ?? e.message}`, range: [0, 1] }
    };
  } finally {
    fd !== void 0 && closeSync(fd);
  }
}

// src/render/kustomization.ts
import { existsSync as existsSync2, statSync as statSync3 } from "node:fs";

// src/render/read.ts
import { statSync as statSync2 } from "node:fs";
function readRegularText(abs, maxBytes = DEFAULT_LIMITS.maxFileSize) {
  try {
    let st = statSync2(abs);
    if (!st.isFile() || st.size > maxBytes) return;
  } catch {
    return;
  }
  let r = readInput(abs, "/", maxBytes);
  return "source" in r ? r.source.text : void 0;
}

// src/render/kustomization.ts
import { dirname as dirname2, join as join2, resolve as resolve4 } from "node:path";
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function kustomizationFileIn(dir) {
  for (let n of KUSTOMIZATION_FILES) {
    let p = join2(dir, n);
    try {
      if (statSync3(p).isFile()) return p;
    } catch {
    }
  }
}
function isRemote(ref) {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git::|gh:|git@|github\.com[:/])/i.test(ref);
}
var isRecord = (v) => !!v && typeof v == "object" && !Array.isArray(v), strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x == "string") : typeof v == "string" ? [v] : [];
function looksJson6902(text) {
  let t = text.replace(/^\s*(#.*\n\s*)*/, "");
  return t.startsWith("-") || t.startsWith("[");
}
function levelFrom(dir, source, anchor, value, namespaceKey) {
  let lvl = { dir, source, anchor, value, isComponent: !1, namespaceKey, children: [], resourceFiles: [], patches: [], dataFiles: [], remote: [], missing: [] }, ref = (r, field, index) => {
    if (isRemote(r)) return void lvl.remote.push(r);
    let abs = resolve4(dir, r), st;
    try {
      st = statSync3(abs);
    } catch {
      return void lvl.missing.push(r);
    }
    if (st.isDirectory()) {
      if (field === "crds") return;
      lvl.children.push({ dir: abs, field: field === "components" ? "components" : field === "bases" ? "bases" : "resources", index });
    } else lvl.resourceFiles.push(abs);
  };
  strings(value.resources).forEach((r, i) => ref(r, "resources", i)), strings(value.bases).forEach((r, i) => ref(r, "bases", i)), strings(value.components).forEach((r, i) => ref(r, "components", i)), strings(value.crds).forEach((r, i) => ref(r, "crds", i));
  let file = (p) => resolve4(dir, p);
  Array.isArray(value.patches) && value.patches.forEach((p, i) => {
    if (!isRecord(p)) return;
    let target = isRecord(p.target) ? p.target : void 0;
    typeof p.path == "string" ? lvl.patches.push({ at: ["patches", i], file: file(p.path), ...target ? { target } : {} }) : typeof p.patch == "string" && lvl.patches.push({ at: ["patches", i], inline: { text: p.patch, at: ["patches", i, "patch"] }, ...target ? { target } : {} });
  }), Array.isArray(value.patchesStrategicMerge) && value.patchesStrategicMerge.forEach((p, i) => {
    typeof p == "string" && (!p.includes(`
`) && existsSync2(file(p)) ? lvl.patches.push({ at: ["patchesStrategicMerge", i], file: file(p) }) : lvl.patches.push({ at: ["patchesStrategicMerge", i], inline: { text: p, at: ["patchesStrategicMerge", i] } }));
  }), Array.isArray(value.patchesJson6902) && value.patchesJson6902.forEach((p, i) => {
    if (!isRecord(p)) return;
    let target = isRecord(p.target) ? p.target : void 0, base = { at: ["patchesJson6902", i], json6902: !0, ...target ? { target } : {} };
    typeof p.path == "string" ? lvl.patches.push({ ...base, file: file(p.path) }) : typeof p.patch == "string" && lvl.patches.push({ ...base, inline: { text: p.patch, at: ["patchesJson6902", i, "patch"] } });
  });
  for (let gen of ["configMapGenerator", "secretGenerator"]) {
    let list = value[gen];
    if (Array.isArray(list)) {
      for (let g of list)
        if (isRecord(g)) {
          for (let f of strings(g.files)) lvl.dataFiles.push(file(f.includes("=") ? f.slice(f.indexOf("=") + 1) : f));
          for (let f of [...strings(g.envs), ...strings(g.env)]) lvl.dataFiles.push(file(f));
        }
    }
  }
  for (let key of ["generators", "transformers", "validators", "configurations"])
    for (let r of strings(value[key])) {
      if (isRemote(r)) continue;
      let abs = file(r);
      try {
        if (statSync3(abs).isDirectory()) continue;
      } catch {
        continue;
      }
      lvl.dataFiles.push(abs);
    }
  if (Array.isArray(value.replacements)) for (let r of value.replacements) isRecord(r) && typeof r.path == "string" && lvl.dataFiles.push(file(r.path));
  return isRecord(value.openapi) && typeof value.openapi.path == "string" && lvl.dataFiles.push(file(value.openapi.path)), lvl;
}
function readKustomization(file, show) {
  let text = readRegularText(file);
  if (text === void 0) return;
  let source = newSource(show(file), text), { parseAllDocuments, isMap } = yamlLib(), docs;
  try {
    docs = parseAllDocuments(source.text, PARSE_OPTIONS);
  } catch {
    return;
  }
  if (!Array.isArray(docs)) return;
  let di = docs.findIndex((d) => isMap(d.contents)), doc = docs[di];
  if (!doc || doc.errors.length) return;
  let value = doc.toJS({ maxAliasCount: 1e3 }), anchor = pseudoObject(source, di, [doc.range[0], doc.range[2]], []), lvl = levelFrom(dirname2(file), source, anchor, value, "namespace");
  return lvl.isComponent = value.kind === "Component", lvl;
}
function pseudoObject(file, documentIndex, docRange, rootPath) {
  return { file, documentIndex, docRange, rootPath, value: {}, apiVersion: "", kind: "", name: "" };
}

// src/render/flux.ts
import { existsSync as existsSync3, readdirSync as readdirSync2, statSync as statSync4 } from "node:fs";
import { dirname as dirname3, extname, join as join3, resolve as resolve5 } from "node:path";
var FLUX_KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io", isRecord2 = (v) => !!v && typeof v == "object" && !Array.isArray(v);
function isFluxKustomization(o) {
  return o.kind === "Kustomization" && o.apiVersion.startsWith(`${FLUX_KUSTOMIZE_GROUP}/`);
}
function gitRoot(from) {
  for (let d = from; ; d = dirname3(d)) {
    if (existsSync3(join3(d, ".git"))) return d;
    if (dirname3(d) === d) return;
  }
}
function gitRemotes(root) {
  try {
    let cfg = readRegularText(join3(root, ".git", "config")) ?? "", urls = [];
    for (let line of cfg.split(`
`)) {
      let t = line.trim(), eq = t.indexOf("=");
      eq > 0 && t.slice(0, eq).trim() === "url" && urls.push(t.slice(eq + 1).trim());
    }
    return urls;
  } catch {
    return [];
  }
}
var normalUrl = (u) => u.replace(/^[a-z+]+:\/\//i, "").replace(/^[^@/]+@/, "").replace(/:(?!\d)/, "/").replace(/\.git\/?$/, "").replace(/\/$/, "").toLowerCase();
function resolveSpecPath(fileAbs, specPath) {
  let isDir = (p) => {
    try {
      return statSync4(p).isDirectory();
    } catch {
      return !1;
    }
  }, git = gitRoot(dirname3(fileAbs));
  if (git && isDir(resolve5(git, specPath))) return resolve5(git, specPath);
  for (let d = dirname3(fileAbs); ; d = dirname3(d)) {
    if (isDir(resolve5(d, specPath))) return resolve5(d, specPath);
    if (dirname3(d) === d) return;
  }
}
function fluxGeneratedResources(dir) {
  let out = [], walk2 = (d) => {
    let entries;
    try {
      entries = readdirSync2(d, { withFileTypes: !0 }).sort((a, b) => a.name < b.name ? -1 : 1);
    } catch {
      return;
    }
    for (let e of entries) {
      let p = join3(d, e.name);
      if (e.isDirectory()) {
        if (e.name === ".git") continue;
        kustomizationFileIn(p) ? out.push(p) : walk2(p);
      } else if (e.isFile() && (extname(e.name) === ".yaml" || extname(e.name) === ".yml")) {
        let text = readRegularText(p);
        if (text === void 0) continue;
        /^[ \t]*kind[ \t]*:/m.test(text) && /^[ \t]*apiVersion[ \t]*:/m.test(text) && out.push(p);
      }
    }
  };
  return walk2(dir), out;
}
function fluxRoots(objects, gitRepos, absOf) {
  let roots = [], skipped = [];
  for (let o of objects) {
    if (!isFluxKustomization(o)) continue;
    let spec = isRecord2(o.value.spec) ? o.value.spec : {}, ref = isRecord2(spec.sourceRef) ? spec.sourceRef : {}, fileAbs = absOf(o);
    if (ref.kind !== "GitRepository") {
      skipped.push({ object: o, reason: `its source is a ${String(ref.kind ?? "source")} (${String(ref.name ?? "?")}), not this repository: not rendered` });
      continue;
    }
    let repo = gitRepos.find((g) => g.name === ref.name), url = repo && isRecord2(repo.value.spec) ? String(repo.value.spec.url ?? "") : "", git = gitRoot(dirname3(fileAbs));
    if (!(ref.name === "flux-system" || url !== "" && git !== void 0 && gitRemotes(git).some((r) => normalUrl(r) === normalUrl(url)))) {
      skipped.push({ object: o, reason: `its source GitRepository ${String(ref.name)} is not this repository: not rendered` });
      continue;
    }
    let specPath = typeof spec.path == "string" ? spec.path : "./", dir = resolveSpecPath(fileAbs, specPath);
    if (!dir) {
      skipped.push({ object: o, reason: `spec.path ${specPath} is not a folder of this repository: not rendered` });
      continue;
    }
    let anchor = pseudoObject(o.file, o.documentIndex, o.docRange, [...o.rootPath, "spec"]), level = levelFrom(dir, o.file, anchor, spec, "targetNamespace");
    level.children = level.children.filter((c) => c.field === "components"), level.resourceFiles = [];
    let notes = [];
    isRecord2(spec.postBuild) && notes.push({ text: "postBuild variable substitution is not applied: `${VAR}` values are audited as written", path: ["spec", "postBuild"] });
    for (let k of ["patchesStrategicMerge", "patchesJson6902"])
      Array.isArray(spec[k]) && spec[k].length && notes.push({ text: `spec.${k} (Flux's v1beta2 API; Flux 2.0's v1 has only spec.patches) is not applied: the objects are audited without these patches, which older Flux versions applied`, path: ["spec", k] });
    isRecord2(spec.decryption) && notes.push({ text: "decryption (SOPS) is not applied: encrypted Secrets are audited as written", path: ["spec", "decryption"] });
    let root = { object: o, dir, level, notes };
    kustomizationFileIn(dir) || (root.generated = fluxGeneratedResources(dir)), roots.push(root);
  }
  return { roots, skipped };
}

// src/render/index.ts
import { appendFileSync, mkdirSync as mkdirSync2, mkdtempSync, realpathSync as realpathSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { basename as basename2, dirname as dirname5, join as join5, relative as relative3, resolve as resolve7, sep as sep3 } from "node:path";

// src/engine/locate.ts
function fastRange(root, path, lineEnd2, rootKey) {
  let deref2 = (n) => n.k === 3 ? n.target : n, node = root, key = rootKey, keyValue = rootKey ? root : void 0;
  for (let seg of path)
    if (node = deref2(node), node.k === 1) {
      let i = node.keys.lastIndexOf(String(seg));
      if (i === -1) break;
      key = [node.ks[i], node.ke[i]], keyValue = node = node.vals[i];
    } else if (node.k === 2 && typeof seg == "number") {
      let item = node.items[seg];
      if (item === void 0) break;
      key = keyValue = void 0, node = item;
    } else
      break;
  let underKey = key !== void 0 && keyValue === node, target = deref2(node);
  return target.k === 0 ? underKey ? [key[0], target.e] : [target.s, target.e] : underKey ? key : [target.s, lineEnd2(target.s, target.e)];
}
function deref(node, doc) {
  let { isAlias } = yamlLib(), n = node;
  for (let i = 0; i < 32 && isAlias(n); i++) n = n.resolve(doc);
  return n;
}
function keyOf(pair2) {
  let { isScalar } = yamlLib(), k = pair2.key;
  if (!isScalar(k)) return k;
  if (typeof k.source != "string") return k.value;
  try {
    return goScalar(k.source, k.tag, k.type === "PLAIN" || k.type === void 0);
  } catch {
    return k.value;
  }
}
function findPair(map, key, doc, depth = 0) {
  let { isMap, isScalar, isSeq } = yamlLib();
  if (!isMap(map) || depth > 16) return;
  let found;
  for (let item of map.items) {
    if (isScalar(item.key) && item.key.source === "<<" && (item.key.type === "PLAIN" || item.key.tag === "tag:yaml.org,2002:merge")) {
      let v = deref(item.value, doc), sources = isSeq(v) ? v.items.map((x) => deref(x, doc)) : [v];
      for (let src of sources) {
        let merged = findPair(src, key, doc, depth + 1);
        if (merged) {
          found = merged;
          break;
        }
      }
      continue;
    }
    let k = keyOf(item);
    (k === key || typeof k == "number" && String(k) === key || typeof k == "boolean" && String(k) === key) && (found = item);
  }
  return found;
}
function relativeRange(root, doc, path, lineEnd2) {
  let { isMap, isScalar, isSeq } = yamlLib(), node = root, lastPair, lastNode = node;
  for (let seg of path)
    if (node = deref(node, doc), isMap(node)) {
      let pair2 = findPair(node, String(seg), doc);
      if (!pair2 || (lastPair = pair2, node = pair2.value, lastNode = node ?? pair2.key, node == null)) break;
    } else if (isSeq(node) && typeof seg == "number") {
      let item = node.items[seg];
      if (item === void 0) break;
      lastPair = void 0, node = item, lastNode = item;
    } else
      break;
  let reached = lastNode === node && node !== void 0 && node !== null, target = reached ? deref(node, doc) : void 0;
  if (reached && isScalar(target) && lastPair && isScalar(lastPair.key) && lastPair.value === node) {
    let k = lastPair.key.range, v = target.range;
    if (k && v) return [k[0], v[1]];
  }
  if (reached && target && target.range) {
    let r2 = target.range;
    if (isScalar(target)) return [r2[0], r2[1]];
    if (lastPair && isScalar(lastPair.key) && lastPair.value === node) {
      let k = lastPair.key.range;
      if (k) return [k[0], k[1]];
    }
    return [r2[0], lineEnd2(r2[0], r2[1])];
  }
  if (lastPair && isScalar(lastPair.key) && lastPair.key.range) {
    let k = lastPair.key.range;
    return [k[0], k[1]];
  }
  let r = deref(lastNode, doc)?.range ?? root?.range;
  return r ? [r[0], lineEnd2(r[0], r[1])] : void 0;
}
function rangeOf(obj, path) {
  let text = obj.file.text, fallback = () => [obj.docRange[0], firstLineEnd(text, obj.docRange[0], obj.docRange[1])], walked = walkPath(obj, path);
  if (walked) {
    let { base: base2, located } = walked, r2 = fastRange(located.root, located.rest, (s, e) => firstLineEnd(text, s + base2, e + base2) - base2, located.key);
    return [r2[0] + base2, r2[1] + base2];
  }
  let tree = treeOf(obj);
  if (!tree) return fallback();
  let { base } = tree, lineEnd2 = (s, e) => firstLineEnd(text, s + base, e + base) - base, r = tree.kind === "fast" ? fastRange(tree.root, path, lineEnd2) : relativeRange(tree.doc.contents, tree.doc, path, lineEnd2);
  return r ? [r[0] + base, r[1] + base] : fallback();
}
function firstLineEnd(text, start, end) {
  let nl = text.indexOf(`
`, start), lineEnd2 = nl === -1 ? text.length : nl, e = Math.min(end, lineEnd2);
  for (; e > start && (text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 32); ) e--;
  return Math.max(e, start + 1);
}
function offsetsToRegion(obj, range) {
  let lc = obj.file.lineCounter, textLen = obj.file.text.length, s = lc.linePos(Math.min(range[0], textLen)), e = lc.linePos(Math.min(Math.max(range[1], range[0]), textLen));
  return { start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}
function locate(obj, path) {
  return offsetsToRegion(obj, rangeOf(obj, [...obj.rootPath, ...path]));
}
function where(obj, path, find = locate) {
  let line = path.length === 0 && obj.rootStart !== void 0 ? obj.file.lineCounter.linePos(obj.rootStart).line : find(obj, path).start.line;
  return `${obj.file.path === "-" ? "<stdin>" : obj.file.path}:${line}`;
}

// src/render/mapback.ts
var isRecord3 = (v) => !!v && typeof v == "object" && !Array.isArray(v), MERGE_KEYS = ["name", "mountPath", "devicePath", "containerPort", "ip"];
function get(v, path) {
  let cur = v;
  for (let seg of path)
    if (Array.isArray(cur) && typeof seg == "number" && seg < cur.length) cur = cur[seg];
    else if (isRecord3(cur) && typeof seg == "string" && seg in cur) cur = cur[seg];
    else return { found: !1 };
  return { found: !0, value: cur };
}
function translate(from, to, path) {
  let out = [], a = from, b = to;
  for (let seg of path)
    if (typeof seg == "number") {
      if (!Array.isArray(a) || !Array.isArray(b)) return { path: out, complete: !1 };
      let item = a[seg], j = -1, key = isRecord3(item) ? MERGE_KEYS.find((k) => k in item && (typeof item[k] == "string" || typeof item[k] == "number")) : void 0;
      if (key ? j = b.findIndex((x) => isRecord3(x) && x[key] === item[key]) : seg < b.length && (j = seg), j === -1) return { path: out, complete: !1 };
      out.push(j), a = item, b = b[j];
    } else {
      if (!isRecord3(a) || !isRecord3(b) || !(seg in b)) return { path: out, complete: !1 };
      out.push(seg), a = a[seg], b = b[seg];
    }
  return { path: out, complete: !0 };
}
function equal(a, b) {
  return a === b ? !0 : typeof a != typeof b || a === null || b === null || typeof a != "object" ? String(a) === String(b) && typeof a != "object" : JSON.stringify(a) === JSON.stringify(b);
}
var patchCache = /* @__PURE__ */ new WeakMap();
function parseDocs(source) {
  let { parseAllDocuments } = yamlLib();
  try {
    let docs = parseAllDocuments(source.text, PARSE_OPTIONS);
    return Array.isArray(docs) ? docs.flatMap((d, i) => {
      if (d.errors.length || d.contents === null) return [];
      let value = d.toJS({ maxAliasCount: 1e3 }), range = [d.range[0], d.range[2]];
      return isRecord3(value) && typeof value.kind == "string" && value.kind.endsWith("List") && Array.isArray(value.items) ? value.items.map((item, k) => ({ value: item, anchor: pseudoObject(source, i, range, ["items", k]) })) : [{ value, anchor: pseudoObject(source, i, range, []) }];
    }) : [];
  } catch {
    return [];
  }
}
function inlineMapping(level, at) {
  let { parseAllDocuments, isScalar } = yamlLib(), src = level.source, docs = parseAllDocuments(src.text, PARSE_OPTIONS);
  if (!Array.isArray(docs)) return;
  let node = docs[level.anchor.documentIndex]?.getIn([...level.anchor.rootPath, ...at], !0);
  if (!isScalar(node) || node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED" || !node.range) return;
  let text = src.text, headerEnd = text.indexOf(`
`, node.range[0]);
  if (headerEnd === -1) return;
  let contentStart = headerEnd + 1, indent = 0;
  for (let p = contentStart; p < text.length; ) {
    let nl = text.indexOf(`
`, p), line = text.slice(p, nl === -1 ? text.length : nl).replace(/\r$/, "");
    if (line.trim()) {
      indent = line.length - line.trimStart().length;
      break;
    }
    if (nl === -1) break;
    p = nl + 1;
  }
  let patch = String(node.value), lineStarts = [0];
  for (let i = 0; i < patch.length; i++) patch.charCodeAt(i) === 10 && lineStarts.push(i + 1);
  let fileLines = [];
  for (let p = contentStart, k = 0; k < lineStarts.length; k++) {
    fileLines.push(p);
    let nl = text.indexOf(`
`, p);
    if (nl === -1) break;
    p = nl + 1;
  }
  return (offset) => {
    let k = lineStarts.length - 1;
    for (; k > 0 && lineStarts[k] > offset; ) k--;
    return (fileLines[Math.min(k, fileLines.length - 1)] ?? contentStart) + indent + (offset - lineStarts[k]);
  };
}
function loadPatch(level, p, sourceOf) {
  let hit = patchCache.get(p);
  if (hit !== void 0) return hit ?? void 0;
  let out = null;
  try {
    if (p.file) {
      let text = sourceOf?.(p.file)?.text ?? readRegularText(p.file);
      if (text === void 0) throw new Error(`cannot read ${p.file}`);
      let source = newSource(p.file, text);
      out = { docs: parseDocs(source), json6902: p.json6902 ?? looksJson6902(source.text), source };
    } else if (p.inline) {
      let virtual = newSource(level.source.path, p.inline.text), toFile = inlineMapping(level, p.inline.at);
      out = { docs: parseDocs(virtual), json6902: p.json6902 ?? looksJson6902(p.inline.text), source: level.source, ...toFile ? { toFile } : {} };
    }
  } catch {
    out = null;
  }
  return patchCache.set(p, out), out ?? void 0;
}
function targetIn(level, p, loaded, doc, path, sourceOf) {
  if (p.inline) {
    if (!loaded.toFile) return { object: level.anchor, path: p.inline.at };
    let r = rangeOf(doc.anchor, path);
    return { source: level.source, range: [loaded.toFile(r[0]), loaded.toFile(r[1])] };
  }
  let src = p.file && sourceOf(p.file) || void 0;
  return { object: src ? { ...doc.anchor, file: src } : doc.anchor, path };
}
function selects(target, s) {
  if (!target) return !0;
  let full = (re, v) => {
    if (typeof re != "string" || re === "") return !0;
    try {
      return new RegExp(`^(?:${re})$`).test(v ?? "");
    } catch {
      return re === v;
    }
  }, [group, version] = s.apiVersion.includes("/") ? s.apiVersion.split("/") : ["", s.apiVersion];
  if (!full(target.kind, s.kind) || !full(target.group, group) || !full(target.version, version) || typeof target.name == "string" && !full(target.name, s.originName) && !full(target.name, s.name) || typeof target.namespace == "string" && target.namespace && !full(target.namespace, s.namespace)) return !1;
  let meta = isRecord3(s.value.metadata) ? s.value.metadata : {}, sel = (selector, m) => {
    if (typeof selector != "string" || !selector.trim()) return !0;
    let have = isRecord3(m) ? m : {};
    return selector.split(",").every((term) => {
      let t = term.trim(), ne = t.split("!=");
      if (ne.length === 2) return String(have[ne[0].trim()] ?? "") !== ne[1].trim();
      let eq = t.split(/==?/);
      return eq.length === 2 ? String(have[eq[0].trim()] ?? "") === eq[1].trim() : t in have;
    });
  };
  return sel(target.labelSelector, meta.labels) && sel(target.annotationSelector, meta.annotations);
}
function pointer(path) {
  return path.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function opPrefix(op, path) {
  return op.length > path.length ? !1 : op.every((s, i) => {
    let p = path[i];
    return typeof p == "number" ? s === "-" || s === String(p) : s === p;
  });
}
function patchRemoves(level, p, s, path, kept2, sourceOf) {
  if (!selects(p.target, s)) return;
  let loaded = loadPatch(level, p, sourceOf), ops = loaded?.json6902 ? loaded.docs[0] : void 0;
  if (!(!loaded || !ops || !Array.isArray(ops.value)))
    for (let j = ops.value.length - 1; j >= 0; j--) {
      let op = ops.value[j];
      if (!isRecord3(op) || op.op !== "remove" || typeof op.path != "string") continue;
      let segs = pointer(op.path);
      if (segs.length > kept2 && opPrefix(segs, path)) return targetIn(level, p, loaded, ops, [j], sourceOf);
    }
}
function patchSets(level, p, s, path, leaf, scalar, sourceOf) {
  if (!selects(p.target, s)) return;
  let loaded = loadPatch(level, p, sourceOf);
  if (loaded) {
    if (loaded.json6902) {
      let ops = loaded.docs[0];
      if (!ops || !Array.isArray(ops.value)) return;
      for (let j = ops.value.length - 1; j >= 0; j--) {
        let op = ops.value[j];
        if (!isRecord3(op) || typeof op.path != "string" || !["add", "replace", "copy", "move"].includes(String(op.op))) continue;
        let segs = pointer(op.path);
        if (!opPrefix(segs, path)) continue;
        let rest = path.slice(segs.length);
        if (op.op === "copy" || op.op === "move") return targetIn(level, p, loaded, ops, [j], sourceOf);
        if (!(rest.length === 0 && scalar && !equal(op.value, leaf)) && !(rest.length === 0 && isRecord3(leaf) && isRecord3(op.value) && MERGE_KEYS.some((k) => k in leaf && k in op.value && !equal(leaf[k], op.value[k])))) {
          if (rest.length > 0) {
            let inOp = get(op.value, rest);
            if (!inOp.found || scalar && !equal(inOp.value, leaf)) continue;
          }
          return targetIn(level, p, loaded, ops, [j, "value", ...rest], sourceOf);
        }
      }
      return;
    }
    for (let doc of [...loaded.docs].reverse()) {
      if (!isRecord3(doc.value)) continue;
      let v = doc.value;
      if (v.kind !== void 0 && v.kind !== s.kind) continue;
      let meta = isRecord3(v.metadata) ? v.metadata : {}, n = typeof meta.name == "string" ? meta.name : void 0;
      if (!p.target && n !== void 0 && n !== s.originName && n !== s.name && !s.name.includes(n)) continue;
      let t = translate(s.value, v, path);
      if (t.complete && !(scalar && !equal(get(v, t.path).value, leaf)))
        return targetIn(level, p, loaded, doc, t.path, sourceOf);
    }
  }
}
var isContainerImage = (path) => path.length >= 2 && path[path.length - 1] === "image" && typeof path[path.length - 2] == "number" && /ontainers$/.test(String(path[path.length - 3]));
function fieldSets(chain, s, path, leaf) {
  let key = path.join("."), at = (level, p) => ({ object: level.anchor, path: p }), isNamespace = key === "metadata.namespace" || /^subjects\.\d+\.namespace$/.test(key) && s.kind.endsWith("Binding");
  for (let level of chain) {
    let v = level.value;
    if (isNamespace && typeof v[level.namespaceKey] == "string" && v[level.namespaceKey] === leaf) return at(level, [level.namespaceKey]);
    if (key === "metadata.name" || /^subjects\.\d+\.name$/.test(key) || key === "roleRef.name" || /serviceAccountName$/.test(key)) {
      if (typeof v.namePrefix == "string" && v.namePrefix && String(leaf).startsWith(v.namePrefix)) return at(level, ["namePrefix"]);
      if (typeof v.nameSuffix == "string" && v.nameSuffix && String(leaf).endsWith(v.nameSuffix)) return at(level, ["nameSuffix"]);
    }
    if (isContainerImage(path) && Array.isArray(v.images)) {
      let image = String(leaf), i = v.images.findIndex((im) => isRecord3(im) && typeof im.name == "string" && (image === im.name || image.startsWith(`${im.newName ?? im.name}:`) || image.startsWith(`${im.newName ?? im.name}@`) || image === im.newName));
      if (i !== -1) return at(level, ["images", i]);
    }
    if (key === "spec.replicas" && Array.isArray(v.replicas)) {
      let i = v.replicas.findIndex((r) => isRecord3(r) && (r.name === s.originName || r.name === s.name));
      if (i !== -1) return at(level, ["replicas", i]);
    }
    let label = /^(?:metadata|spec\.template\.metadata|spec\.selector)\.(?:labels|matchLabels)\.(.+)$/.exec(key)?.[1];
    if (label !== void 0) {
      if (isRecord3(v.commonLabels) && label in v.commonLabels) return at(level, ["commonLabels", label]);
      if (Array.isArray(v.labels)) {
        let i = v.labels.findIndex((l) => isRecord3(l) && isRecord3(l.pairs) && label in l.pairs);
        if (i !== -1) return at(level, ["labels", i, "pairs", label]);
      }
    }
    let ann = /^(?:metadata|spec\.template\.metadata)\.annotations\.(.+)$/.exec(key)?.[1];
    if (ann !== void 0 && isRecord3(v.commonAnnotations) && ann in v.commonAnnotations) return at(level, ["commonAnnotations", ann]);
  }
}
function generatorSets(chain, s, path) {
  let field = s.kind === "ConfigMap" ? "configMapGenerator" : s.kind === "Secret" ? "secretGenerator" : void 0;
  if (!field || path.length !== 2 || !["data", "stringData", "binaryData"].includes(String(path[0]))) return;
  let key = String(path[1]), base = (f) => f.slice(f.lastIndexOf("/") + 1);
  for (let level of chain) {
    let list = level.value[field];
    if (Array.isArray(list))
      for (let i = list.length - 1; i >= 0; i--) {
        let g = list[i];
        if (!isRecord3(g) || g.name !== s.originName) continue;
        let at = (p) => ({ object: level.anchor, path: [field, i, ...p] }), lits = Array.isArray(g.literals) ? g.literals : [];
        for (let k = lits.length - 1; k >= 0; k--) if (typeof lits[k] == "string" && lits[k].split("=")[0].trim() === key) return at(["literals", k]);
        let files = Array.isArray(g.files) ? g.files : [];
        for (let k = files.length - 1; k >= 0; k--) {
          let f = files[k];
          if (typeof f != "string") continue;
          let eq = f.indexOf("=");
          if ((eq > 0 ? f.slice(0, eq) : base(f)) === key) return at(["files", k]);
        }
        let envs = [...Array.isArray(g.envs) ? g.envs.map((e, k) => [e, ["envs", k]]) : [], ...typeof g.env == "string" ? [[g.env, ["env"]]] : []];
        for (let [e, p] of envs.reverse()) {
          let text = typeof e == "string" ? readRegularText(`${level.dir}/${e}`) : void 0;
          if (text !== void 0 && text.split(/\r?\n/).some((l) => l.split("=")[0].trim() === key)) return at([...p]);
        }
        if (g.behavior === "replace") return at([]);
      }
  }
}
function mapBackFor(s, origin, originValue, chain, componentsOf, sourceOf) {
  return (path) => {
    let k = path.length;
    for (; k > 0 && !get(s.value, path.slice(0, k)).found; ) k--;
    let near = path.slice(0, k), leaf = get(s.value, near).value, scalar = leaf === null || typeof leaf != "object";
    if (k < path.length)
      for (let level of chain)
        for (let l of [level, ...[...componentsOf(level)].reverse()])
          for (let p of [...l.patches].reverse()) {
            let t = patchRemoves(l, p, s, path, k, sourceOf);
            if (t) return t;
          }
    let inOrigin = translate(s.value, originValue, near), full = () => ({ object: origin, path: inOrigin.complete ? [...inOrigin.path, ...path.slice(k)] : inOrigin.path }), written = (scalar ? equal(get(originValue, inOrigin.path).value, leaf) : !0) && listsAsInOrigin(s.value, originValue, near);
    if (inOrigin.complete && written) return full();
    for (let level of chain) {
      let levels = [level, ...[...componentsOf(level)].reverse()];
      for (let l of levels)
        for (let p of [...l.patches].reverse()) {
          let t = patchSets(l, p, s, near, leaf, scalar, sourceOf);
          if (t) return t;
        }
    }
    if (scalar) {
      let levels = chain.flatMap((l) => [l, ...[...componentsOf(l)].reverse()]), f = fieldSets(levels, s, near, leaf) ?? (isRecord3(originValue) && originValue.kind === void 0 ? generatorSets(levels, s, near) : void 0);
      if (f) return f;
    }
    return inOrigin.complete || inOrigin.path.length > 0 ? full() : { object: origin, path: originValue && isRecord3(originValue) && "metadata" in originValue ? ["metadata"] : [] };
  };
}
function listsAsInOrigin(rendered, originValue, path) {
  for (let i = 0; i <= path.length; i++) {
    let v = get(rendered, path.slice(0, i)).value;
    if (!Array.isArray(v) || v.some((x) => isRecord3(x) && MERGE_KEYS.some((k) => k in x))) continue;
    let t = translate(rendered, originValue, path.slice(0, i));
    if (!t.complete || !same(get(originValue, t.path).value, v)) return !1;
  }
  return !0;
}
function same(a, b) {
  let canon = (v) => Array.isArray(v) ? v.map(canon) : isRecord3(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v;
  return equal(canon(a), canon(b));
}
function hasDirective(v, depth = 0) {
  return depth > 100 ? !0 : Array.isArray(v) ? v.some((x) => hasDirective(x, depth + 1)) : isRecord3(v) ? Object.keys(v).some((k) => k.startsWith("$") || hasDirective(v[k], depth + 1)) : !1;
}
var where2 = (t) => {
  if ("source" in t) return `${t.source.path}:${t.source.lineCounter.linePos(t.range[0]).line}`;
  let r = rangeOf(t.object, t.path);
  return `${t.object.file.path}:${t.object.file.lineCounter.linePos(r[0]).line}`;
};
function patchWrites(level, p, s, near, whole, sourceOf) {
  if (!selects(p.target, s)) return;
  let loaded = loadPatch(level, p, sourceOf);
  if (!loaded) return;
  let kind = p.inline ? `an inline patch in ${level.source.path}` : "a JSON6902 patch";
  if (loaded.json6902) {
    let ops = loaded.docs[0];
    if (!ops || !Array.isArray(ops.value)) return;
    for (let j = ops.value.length - 1; j >= 0; j--) {
      let op = ops.value[j];
      if (!isRecord3(op) || typeof op.path != "string" || op.op === "test") continue;
      let segs = pointer(op.path), from = typeof op.from == "string" ? pointer(op.from) : void 0, above = opPrefix(segs, near), below = whole && segs.length > near.length && near.every((x, i) => segs[i] === "-" || segs[i] === String(x)), moved = from !== void 0 && opPrefix(from, near);
      if (above || below || moved) return { refused: `the value is set by ${kind} (${where2(targetIn(level, p, loaded, ops, [j], sourceOf))}): edit that op by hand` };
    }
    return;
  }
  for (let doc of [...loaded.docs].reverse()) {
    if (!isRecord3(doc.value)) continue;
    let v = doc.value;
    if (v.kind !== void 0 && v.kind !== s.kind) continue;
    let meta = isRecord3(v.metadata) ? v.metadata : {}, n = typeof meta.name == "string" ? meta.name : void 0;
    if (!p.target && n !== void 0 && n !== s.originName && n !== s.name && !s.name.includes(n)) continue;
    let t = translate(s.value, v, near);
    if (!t.complete) {
      if (t.path.length && hasDirective(get(v, t.path).value)) return { refused: `a strategic-merge patch with \`$patch\` directives (${where2(targetIn(level, p, loaded, doc, t.path, sourceOf))}) rewrites this part of the object: edit it by hand` };
      continue;
    }
    if (hasDirective(get(v, t.path).value)) return { refused: "the patch uses `$patch` directives here: edit it by hand" };
    if (p.inline) return { inline: `the value is set by ${kind} (${where2(targetIn(level, p, loaded, doc, t.path, sourceOf))}): edit it by hand` };
    let at = targetIn(level, p, loaded, doc, t.path, sourceOf);
    return "source" in at ? { refused: "the patch is not in a file of its own" } : { object: at.object, path: at.path, value: get(v, t.path).value };
  }
}
function editTargetFor(s, origin, originValue, chain, componentsOf, sourceOf) {
  return (path) => {
    if (!isRecord3(originValue) || originValue.kind === void 0) return { refused: "the object is made by kustomize (a generator), not written in a file: edit the generator by hand" };
    let k = path.length;
    for (; k > 0 && !get(s.value, path.slice(0, k)).found; ) k--;
    let near = path.slice(0, k), rest = path.slice(k), leaf = get(s.value, near).value, scalar = leaf === null || typeof leaf != "object", whole = rest.length === 0;
    if (!whole)
      for (let level of chain)
        for (let l of [level, ...[...componentsOf(level)].reverse()])
          for (let p of [...l.patches].reverse()) {
            let t2 = patchRemoves(l, p, s, path, k, sourceOf);
            if (t2) return { refused: `a JSON6902 patch removes this field (${where2(t2)}): edit it by hand` };
          }
    let addTo;
    for (let level of chain)
      for (let l of [level, ...[...componentsOf(level)].reverse()])
        for (let p of [...l.patches].reverse()) {
          let w = patchWrites(l, p, s, near, whole, sourceOf);
          if (w) {
            if ("refused" in w) return w;
            if ("inline" in w) {
              if (whole) return { refused: w.inline };
              continue;
            }
            if (!whole) {
              addTo ??= w;
              continue;
            }
            return same(w.value, leaf) ? { object: w.object, path: [...w.path, ...rest], via: "patch" } : { refused: `the value is changed after the patch that sets it (${w.object.file.path}): edit it by hand` };
          }
        }
    if (scalar && near.length) {
      let f = fieldSets(chain.flatMap((l) => [l, ...[...componentsOf(l)].reverse()]), s, near, leaf);
      if (f) return { refused: `the value is set by a kustomization field (${where2(f)}): edit it by hand` };
    }
    let t = translate(s.value, originValue, near);
    return !t.complete && addTo ? { object: addTo.object, path: [...addTo.path, ...rest], via: "patch" } : t.complete ? whole && !same(get(originValue, t.path).value, leaf) ? { refused: "kustomize changes this value after the origin file (a transformer or replacement): edit it by hand" } : { object: origin, path: [...t.path, ...rest], via: "origin" } : { refused: "the value is not written in the origin file or a strategic-merge patch file: edit it by hand" };
  };
}

// src/render/run.ts
import { createRequire as createRequire2 } from "node:module";
var load = createRequire2(import.meta.url), threads = () => load("node:worker_threads"), RENDER_TIMEOUT_MS = 3e5, WORKER = `
const { workerData } = require('node:worker_threads');
const { execFile } = require('node:child_process');
const { port, parallel, flag, timeout } = workerData;
const queue = [];
let running = 0;
function pump() {
  while (running < parallel && queue.length) {
    const { id, job: j } = queue.shift();
    running++;
    const t0 = Date.now();
    const done = (r) => {
      running--;
      port.postMessage({ id, result: { ...r, ms: Date.now() - t0 } });
      Atomics.add(flag, 0, 1);
      Atomics.notify(flag, 0);
      pump();
    };
    try {
      execFile(j.command, j.args, { cwd: j.cwd, maxBuffer: 1 << 30, timeout, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) =>
        done({ ok: !err, stdout: String(stdout || ''), stderr: String(stderr || '') || (err ? String(err.message) : ''), missing: !!err && err.code === 'ENOENT', killed: !!err && !!err.killed, exitCode: err && !err.killed && typeof err.code === 'number' ? err.code : undefined }));
    } catch (e) {
      done({ ok: false, stdout: '', stderr: String((e && e.message) || e), missing: false });
    }
  }
}
port.on('message', (m) => { queue.push(...m); pump(); });
`, defaultParallel = () => Math.max(1, Math.min(4, load("node:os").availableParallelism()));
function runQueue(initial, onDone, parallel = defaultParallel()) {
  if (initial.length === 0) return;
  let flag = new Int32Array(new SharedArrayBuffer(4)), { MessageChannel, receiveMessageOnPort, Worker } = threads(), { port1, port2 } = new MessageChannel(), worker = new Worker(WORKER, { eval: !0, workerData: { port: port2, parallel, flag, timeout: RENDER_TIMEOUT_MS }, transferList: [port2] }), byId = /* @__PURE__ */ new Map(), nextId = 0, submit = (jobs) => {
    let batch = jobs.map((job) => {
      let id = nextId++;
      return byId.set(id, job), { id, job };
    });
    batch.length && port1.postMessage(batch);
  };
  try {
    submit(initial);
    let seen = 0;
    for (; byId.size > 0; ) {
      if (Atomics.wait(flag, 0, seen, RENDER_TIMEOUT_MS * 2) === "timed-out" && Atomics.load(flag, 0) === seen) {
        for (let [id, job] of byId)
          byId.delete(id), onDone(job, { ok: !1, stdout: "", stderr: "kustomize did not answer in time", ms: RENDER_TIMEOUT_MS * 2 });
        break;
      }
      for (let msg = receiveMessageOnPort(port1); msg; msg = receiveMessageOnPort(port1)) {
        seen++;
        let { id, result } = msg.message, job = byId.get(id);
        byId.delete(id), submit(onDone(job, result) ?? []);
      }
    }
  } finally {
    worker.terminate(), port1.close();
  }
}

// src/render/batch.ts
var BATCH_MAX_ROOT_BYTES = 256 * 1024, BATCH_MAX_ROOTS = 24;
function planBatches(candidates, maxRoots = BATCH_MAX_ROOTS) {
  let batches = [];
  for (let c of candidates) {
    let fits = batches.find((b) => b.members.length < maxRoots && disjoint(b.files, c.files) && disjoint(b.ids, c.ids) && b.members.every((m) => !refersTo(c, m) && !refersTo(m, c)));
    if (fits) {
      fits.members.push(c);
      for (let f of c.files) fits.files.add(f);
      for (let id of c.ids) fits.ids.add(id);
    } else batches.push({ members: [c], files: new Set(c.files), ids: new Set(c.ids) });
  }
  return batches.map((b) => b.members);
}
function refersTo(x, y) {
  if (!y.renames?.length) return !1;
  let names = anyOf(y.renames);
  if (y.renames.every((n) => !/[\s\\'"]/.test(n)) && x.texts?.every((t) => !t.includes("\\")) && !x.texts.some((t) => names.test(t))) return !1;
  let scalars = x.scalars();
  return scalars ? scalars.some((s) => names.test(s)) : !0;
}
var anyOfs = /* @__PURE__ */ new WeakMap();
function anyOf(names) {
  let re = anyOfs.get(names);
  return re || anyOfs.set(names, re = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"))), re;
}
function scalarsOf(text, out = [], depth = 0) {
  try {
    for (let doc of yamlLib().parseAllDocuments(text, { uniqueKeys: !1 })) {
      if (doc.errors.length) return;
      visit(doc.contents, text, (v) => {
        out.push(v), depth < 2 && v.includes(`
`) && scalarsOf(v, out, depth + 1);
      });
    }
  } catch {
    return;
  }
  return out;
}
function visit(node, text, f) {
  let { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (isScalar(node))
    node.value !== null && node.value !== void 0 && f(String(node.value)), node.range && f(text.slice(node.range[0], node.range[1]));
  else if (isMap(node) || isSeq(node))
    for (let item of node.items)
      isPair(item) ? (visit(item.key, text, f), visit(item.value, text, f)) : visit(item, text, f);
}
function disjoint(a, b) {
  let [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (let x of small) if (big.has(x)) return !1;
  return !0;
}
function culprit(message, refs) {
  let re = /accumulating resources from '([^']*)'/g;
  for (let m = re.exec(message); m; m = re.exec(message)) {
    let i = refs.indexOf(m[1]);
    if (i !== -1) return i;
  }
}
var RENAMING_FIELDS = ["namePrefix", "nameSuffix", "configMapGenerator", "secretGenerator"], NOT_BATCHED_FIELDS = ["configurations", "crds", "generators", "transformers", "validators", "vars", "sortOptions", "openapi", "helmCharts", "helmChartInflationGenerator", "helmGlobals"];

// src/render/crd-stubs.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";
var STUB_MIN_BYTES = 64 * 1024, STUB_BLOCKING_FIELDS = ["replacements", "vars", "transformers", "generators", "validators", "openapi", "crds", "configurations", "helmCharts", "helmChartInflationGenerator", "helmGlobals"];
function stubbingOn() {
  return process.env.LEASTPRIV_RENDER_STUB !== "0";
}
function stubsAllowed(levels) {
  return levels.every((l) => !STUB_BLOCKING_FIELDS.some((k) => l.value[k] !== void 0));
}
var isCrd = (o) => o.kind === "CustomResourceDefinition" && o.apiVersion.startsWith("apiextensions.k8s.io/");
function entry(m, key) {
  if (m?.k !== 1) return;
  let i = m.keys.indexOf(key);
  return i === -1 ? void 0 : m.vals[i];
}
function schemaRanges(text, o) {
  let nl = text.lastIndexOf(`
`, o.docRange[0] - 1), base = nl === -1 ? 0 : nl + 1, docs = fastParse(text.slice(base, o.docRange[1]), { withPos: !0, positionsOnly: !0 }), root = docs?.find((d) => d.value !== null)?.pos;
  if (!docs || docs.filter((d) => d.value !== null).length !== 1 || !root) return;
  let spec = entry(root, "spec"), out = [], add = (v) => {
    v?.k === 1 && v.keys.length && out.push([base + v.s, base + v.e]);
  }, versions = entry(spec, "versions");
  if (versions?.k === 2) for (let item of versions.items) add(entry(item, "schema"));
  return add(entry(spec, "validation")), out;
}
function stubbedValue(v) {
  let spec = v.spec;
  if (!spec || typeof spec != "object" || Array.isArray(spec)) return v;
  let out = { ...spec };
  return Array.isArray(out.versions) && (out.versions = out.versions.map((item) => item && typeof item == "object" && "schema" in item ? { ...item, schema: {} } : item)), "validation" in out && (out.validation = {}), { ...v, spec: out };
}
function stubbedText(p, limits) {
  let text = p.source.text;
  if (p.skipped || p.diagnostics.length || text.length < STUB_MIN_BYTES) return;
  let crds = p.objects.filter(isCrd);
  if (!crds.length) return;
  let ranges = [];
  for (let o of crds) {
    let r = schemaRanges(text, o);
    if (r === void 0) return;
    ranges.push(...r);
  }
  if (!ranges.length) return;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "", at = 0;
  for (let [s, e] of ranges) {
    if (s < at) return;
    let t = e;
    for (; t > s && /\s/.test(text[t - 1]); ) t--;
    let tail = text.slice(t, e);
    out += `${text.slice(at, s)}{}${tail}`, at = e;
  }
  out += text.slice(at);
  let again = parseSource(newSource(p.source.path, out), limits);
  if (!(again.diagnostics.length || again.skipped || again.documents !== p.documents || again.objects.length !== p.objects.length)) {
    for (let i = 0; i < p.objects.length; i++) {
      let a = p.objects[i], b = again.objects[i];
      if (a.kind !== b.kind || a.apiVersion !== b.apiVersion || a.name !== b.name || a.namespace !== b.namespace || !isDeepStrictEqual2(isCrd(a) ? stubbedValue(a.value) : a.value, b.value)) return;
    }
    return out;
  }
}

// src/render/mirror.ts
import { copyFileSync, linkSync, mkdirSync, readdirSync as readdirSync3, readlinkSync, rmSync, statSync as statSync5, symlinkSync, writeFileSync } from "node:fs";
import { dirname as dirname4, isAbsolute as isAbsolute2, join as join4, relative as relative2, resolve as resolve6, sep as sep2 } from "node:path";
var MIRROR_MAX_FILES = 2e4, MIRROR_MAX_BYTES = 256 * 1024 * 1024, SAME = { place: (a) => a, real: (a) => a, edited: !1, omitted: [], stubbed: !1 };
function mirrorFor(ctx, wrapperDir, c, extraDir, stubs) {
  let fixed = ctx.settings.overrides ?? /* @__PURE__ */ new Map(), overrides = new Map(fixed), omitted = [...c.ownerOf.keys()].map((f) => ctx.show(f)).filter((f) => ctx.settings.omit?.has(f)).sort();
  for (let f of omitted) overrides.set(f, "");
  for (let f of stubs.keys()) overrides.get(ctx.show(f)) === "" && stubs.delete(f);
  if (!overrides.size && !stubs.size) return SAME;
  let levelFiles = c.levels.filter((l) => l.anchor.rootPath.length === 0 || l.anchor.rootPath[0] !== "spec").map((l) => resolve6(ctx.cwd, l.source.path)), involved = [...c.files, ...c.patchFiles, ...levelFiles], edited = involved.filter((f) => overrides.has(ctx.show(f)));
  if (!edited.length && !stubs.size) return SAME;
  let dirs = [.../* @__PURE__ */ new Set([...c.levels.map((l) => l.dir), ...involved.map((f) => dirname4(f)), ...extraDir ? [extraDir] : []])].sort(), tops = dirs.filter((d) => !dirs.some((o) => o !== d && (d + sep2).startsWith(o.endsWith(sep2) ? o : o + sep2))), base = tops[0];
  for (let d of tops) for (; !(d + sep2).startsWith(base.endsWith(sep2) ? base : base + sep2); ) base = dirname4(base);
  let mroot = join4(wrapperDir, "mirror"), place = (abs) => {
    let r = relative2(base, abs);
    return r.startsWith("..") || isAbsolute2(r) ? abs : join4(mroot, r);
  }, real = (abs) => {
    let r = relative2(mroot, abs);
    return r.startsWith("..") || isAbsolute2(r) ? abs : join4(base, r);
  }, files = 0, bytes = 0, copyDir = (from, to) => {
    mkdirSync(to, { recursive: !0 });
    for (let e of readdirSync3(from, { withFileTypes: !0 })) {
      if (e.name === ".git") continue;
      let a = join4(from, e.name), b = join4(to, e.name);
      if (e.isDirectory()) {
        if (!copyDir(a, b)) return !1;
      } else if (e.isSymbolicLink()) {
        let to2 = readlinkSync(a), abs = resolve6(dirname4(a), to2), inside = !relative2(base, abs).startsWith("..") && !isAbsolute2(relative2(base, abs));
        symlinkSync(isAbsolute2(to2) || inside ? to2 : abs, b);
      } else if (e.isFile()) {
        if (++files > MIRROR_MAX_FILES || (bytes += statSync5(a).size, bytes > MIRROR_MAX_BYTES)) return !1;
        try {
          linkSync(a, b);
        } catch {
          copyFileSync(a, b);
        }
      }
    }
    return !0;
  };
  try {
    for (let d of tops) if (!copyDir(d, place(d))) return SAME;
    for (let f of /* @__PURE__ */ new Set([...edited, ...stubs.keys()])) {
      let m = place(f);
      rmSync(m, { force: !0 }), mkdirSync(dirname4(m), { recursive: !0 }), writeFileSync(m, stubs.get(f) ?? overrides.get(ctx.show(f)));
    }
  } catch {
    return SAME;
  }
  return { place, real, edited: edited.some((f) => fixed.has(ctx.show(f))), omitted, stubbed: stubs.size > 0 };
}

// src/engine/sha256.ts
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]), H0 = [1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225], encoder = new TextEncoder(), W = new Uint32Array(64), H = new Uint32Array(8), KEPT = 65536, buf = new Uint8Array(1024), HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function sha256Hex(text) {
  let need = text.length * 3 + 72, bytes = need <= buf.length ? buf : need <= KEPT ? buf = new Uint8Array(KEPT) : new Uint8Array(need), n = encoder.encodeInto(text, bytes).written, end = Math.ceil((n + 9) / 64) * 64;
  bytes.fill(0, n, end), bytes[n] = 128;
  let view = new DataView(bytes.buffer, 0, end);
  view.setUint32(end - 8, Math.floor(n / 536870912)), view.setUint32(end - 4, n * 8 >>> 0), H.set(H0);
  for (let off = 0; off < end; off += 64) {
    for (let t = 0; t < 16; t++) W[t] = view.getUint32(off + t * 4);
    for (let t = 16; t < 64; t++) {
      let w15 = W[t - 15], w2 = W[t - 2], s0 = (w15 >>> 7 | w15 << 25) ^ (w15 >>> 18 | w15 << 14) ^ w15 >>> 3, s1 = (w2 >>> 17 | w2 << 15) ^ (w2 >>> 19 | w2 << 13) ^ w2 >>> 10;
      W[t] = W[t - 16] + s0 + W[t - 7] + s1;
    }
    let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (let t = 0; t < 64; t++) {
      let S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7), t1 = h + S1 + (e & f ^ ~e & g) + K[t] + W[t] | 0, t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + (a & b ^ a & c ^ b & c) | 0;
      h = g, g = f, f = e, e = d + t1 | 0, d = c, c = b, b = a, a = t1 + t2 | 0;
    }
    H[0] = H[0] + a, H[1] = H[1] + b, H[2] = H[2] + c, H[3] = H[3] + d, H[4] = H[4] + e, H[5] = H[5] + f, H[6] = H[6] + g, H[7] = H[7] + h;
  }
  let hex = "";
  for (let i = 0; i < 8; i++) {
    let x = H[i];
    hex += HEX[x >>> 24] + HEX[x >>> 16 & 255] + HEX[x >>> 8 & 255] + HEX[x & 255];
  }
  return hex;
}

// src/render/index.ts
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin", isRecord4 = (v) => !!v && typeof v == "object" && !Array.isArray(v);
function levelOf(ctx, dir) {
  if (ctx.levels.has(dir)) return ctx.levels.get(dir) ?? void 0;
  let file = kustomizationFileIn(dir), lvl = file ? readKustomization(file, ctx.show) : void 0;
  return ctx.levels.set(dir, lvl ?? null), lvl;
}
function parsedFile(ctx, abs) {
  let shown = ctx.show(abs), hit = ctx.parsed.get(shown);
  if (hit) return hit;
  let text = ctx.settings.overrides?.get(shown) ?? readRegularText(abs, ctx.settings.limits.maxFileSize);
  if (text === void 0) return;
  let p = parseSource(newSource(shown, text), ctx.settings.limits);
  return ctx.parsed.set(shown, p), p;
}
function closure(ctx, top, extraFiles = []) {
  let c = { levels: [], parents: /* @__PURE__ */ new Map(), components: /* @__PURE__ */ new Map(), ownerOf: /* @__PURE__ */ new Map(), owners: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Set(), patchFiles: /* @__PURE__ */ new Set() }, seen = /* @__PURE__ */ new Set(), visit2 = (l) => {
    if (!seen.has(l)) {
      seen.add(l), c.levels.push(l), l.anchor.rootPath.length === 0 && c.files.add(resolve7(ctx.cwd, l.source.path));
      for (let f of l.resourceFiles) {
        c.files.add(f), c.ownerOf.has(f) || c.ownerOf.set(f, l);
        let o = c.owners.get(f) ?? [];
        o.includes(l) || c.owners.set(f, [...o, l]);
      }
      for (let p of l.patches) p.file && c.patchFiles.add(p.file);
      for (let f of l.dataFiles) c.patchFiles.add(f);
      for (let ch of l.children) {
        let child = levelOf(ctx, ch.dir);
        if (!child) continue;
        let ps = c.parents.get(child) ?? [];
        child !== top && !ps.includes(l) && c.parents.set(child, [...ps, l]), ch.field === "components" && c.components.set(l, [...c.components.get(l) ?? [], child]), visit2(child);
      }
    }
  };
  visit2(top);
  for (let f of extraFiles)
    c.files.add(f), c.ownerOf.set(f, top), c.owners.set(f, [top]);
  return c;
}
function componentsIn(c, level, seen = /* @__PURE__ */ new Set()) {
  let out = [];
  for (let comp of c.components.get(level) ?? [])
    seen.has(comp) || (seen.add(comp), out.push(...componentsIn(c, comp, seen), comp));
  return out;
}
function chainsTo(c, owner) {
  let out = [], up = (l, below) => {
    if (out.length >= 64) return;
    let chain = [l, ...below], ps = (c.parents.get(l) ?? []).filter((p) => !chain.includes(p));
    ps.length || out.push(chain);
    for (let p of ps) up(p, chain);
  };
  return up(owner, []), out;
}
function pickChain(chains, originName, name, namespace) {
  if (chains.length <= 1) return chains[0] ?? [];
  let str = (v) => typeof v == "string" ? v : "", score = (chain) => {
    let n = originName;
    for (let i = chain.length - 1; i >= 0; i--) n = str(chain[i].value.namePrefix) + n + str(chain[i].value.nameSuffix);
    let ns = chain.map((l) => str(l.value[l.namespaceKey])).find((x) => x !== "");
    return (n === name ? 2 : 0) + (ns === void 0 || ns === namespace ? 1 : 0);
  };
  return chains.map((ch) => ({ ch, s: score(ch) })).sort((a, b) => b.s - a.s)[0].ch;
}
function kustomizeArgs(command, dir, noRestrictions) {
  return [.../^kubectl(?:\.exe)?$/i.test(basename2(command)) ? ["kustomize", dir] : ["build", dir], ...noRestrictions ? ["--load-restrictor", "LoadRestrictionsNone"] : []];
}
var rel = (from, to) => relative3(from, to).split(sep3).join("/") || ".";
function wrapperFor(tmp, at, body) {
  let dir = typeof at == "string" ? at : join5(tmp, `root-${at}`);
  return mkdirSync2(dir, { recursive: !0 }), writeFileSync2(join5(dir, "kustomization.yaml"), JSON.stringify({ ...body, buildMetadata: ["originAnnotations"] }, null, 1)), dir;
}
function renderRoots(files, cwd, settings) {
  let reuse = kept && kept.id === planId(files, cwd, settings) && !settings.overrides?.size ? kept : void 0;
  reuse ? kept = void 0 : dropKeptPlan();
  let scratch = reuse?.scratch ?? new Scratch(), plan;
  try {
    let planned = reuse?.planned ?? planJobs(files, cwd, settings, scratch);
    planned.ctx.settings = settings, plan = planned.plan;
    let { ctx, jobs } = planned;
    if (!jobs.length) return finish(plan);
    let tmp = scratch.dir, results = renderJobs(ctx, tmp, jobs), again = jobs.flatMap((j, i) => j.plain && !results[i].ok && !results[i].missing ? [i] : []);
    if (again.length) {
      let plain = again.map((i) => jobs[i] = jobs[i].plain);
      renderJobs(ctx, tmp, plain).forEach((r, n) => results[again[n]] = r);
    }
    jobs.forEach((j, i) => {
      let res = results[i], root = { name: j.name, at: j.at, objects: [], notes: j.notes, ms: res.ms, ...res.batch ? { batch: res.batch } : {}, ...j.plain ? { stubbed: !0 } : {} };
      for (let f of j.closure.patchFiles) plan.members.add(ctx.show(f));
      if (!res.ok) {
        root.error = res.missing ? `${settings.command} is not installed (needed to render kustomizations; --no-render audits files as written)` : cleanError(res.stderr, j.wrapperDir, tmp, cwd), plan.roots.push(root);
        return;
      }
      for (let f of j.closure.files) plan.members.add(ctx.show(f));
      root.objects = objectsOf(ctx, j, res.rendered ?? parseRendered(ctx, j.name, res.stdout), res.dir), plan.roots.push(root);
    });
  } finally {
    scratch.remove();
  }
  return finish(plan);
}
function finish(plan) {
  let times = process.env.LEASTPRIV_RENDER_TIMES;
  return times && appendFileSync(times, plan.roots.map((r) => `${JSON.stringify({ root: r.name, ms: r.ms ?? 0, objects: r.objects.length, failed: r.error !== void 0, ...r.batch ? { batch: r.batch } : {}, ...r.stubbed ? { stubbed: !0 } : {} })}
`).join("")), plan;
}
function renderFingerprint(files, cwd, settings) {
  if (settings.overrides?.size) return;
  dropKeptPlan();
  let scratch = new Scratch(), planned;
  try {
    planned = planJobs(files, cwd, settings, scratch);
  } catch (e) {
    throw scratch.remove(), e;
  }
  kept = { id: planId(files, cwd, settings), scratch, planned };
  let { ctx, plan, jobs } = planned, roots = [];
  for (let j of jobs) {
    let k = storeKey(settings.store, j);
    if (!("key" in k)) return;
    roots.push([j.name, !!j.flux, k.key, j.notes, j.at.file.path, j.at.documentIndex, j.at.docRange]);
  }
  let hash = sha256Hex, texts = [...ctx.parsed].map(([p, f]) => [p, hash(f.source.text)]).sort((a, b) => a[0] < b[0] ? -1 : 1), levels = [...ctx.levels].map(([d, l]) => [d, l ? `${l.source.path}\0${hash(l.source.text)}` : null]).sort((a, b) => a[0] < b[0] ? -1 : 1), skipped = plan.roots.map((r) => [r.name, r.at.file.path, r.at.documentIndex, r.at.docRange, r.notes]);
  return hash(JSON.stringify([roots, skipped, texts, levels, [...plan.members].sort()]));
}
var kept, Scratch = class {
  #dir;
  get dir() {
    return this.#dir ??= realpathSync2(mkdtempSync(join5(tmpdir(), "leastpriv-render-")));
  }
  remove() {
    this.#dir !== void 0 && rmSync2(this.#dir, { recursive: !0, force: !0 }), this.#dir = void 0;
  }
}, planId = (files, cwd, settings) => JSON.stringify([files, cwd, settings.command, settings.limits, [...settings.omit ?? []].sort()]);
function dropKeptPlan() {
  kept?.scratch.remove(), kept = void 0;
}
function kustomizeIncluded(ctx, candidates) {
  let includers = /* @__PURE__ */ new Map(), visited = /* @__PURE__ */ new Set(), walk2 = (l) => {
    if (!visited.has(l)) {
      visited.add(l);
      for (let ch of l.children) {
        let child = levelOf(ctx, ch.dir);
        if (!child) continue;
        let s = includers.get(child);
        s || includers.set(child, s = /* @__PURE__ */ new Set()), s.add(l), walk2(child);
      }
    }
  };
  candidates.forEach(walk2);
  let reach = /* @__PURE__ */ new Map(), reachFrom = (l) => {
    let out = reach.get(l);
    if (out) return out;
    out = /* @__PURE__ */ new Set();
    let stack = [l];
    for (; stack.length; )
      for (let ch of stack.pop().children) {
        let child = levelOf(ctx, ch.dir);
        child && !out.has(child) && (out.add(child), stack.push(child));
      }
    return reach.set(l, out), out;
  }, included = /* @__PURE__ */ new Set(), cycleRoots = [];
  for (let l of visited) {
    if (!includers.has(l)) continue;
    let cycle = [l, ...[...reachFrom(l)].filter((m) => m !== l && reachFrom(m).has(l))], inCycle = new Set(cycle);
    if (cycle.some((m) => [...includers.get(m) ?? []].some((by) => !inCycle.has(by)))) {
      included.add(l);
      continue;
    }
    cycleRoots.some((r) => inCycle.has(r)) ? included.add(l) : cycleRoots.push(l);
  }
  return included;
}
function planJobs(files, cwd, settings, scratch) {
  let ctx = { cwd, settings, levels: /* @__PURE__ */ new Map(), parsed: /* @__PURE__ */ new Map(), show: (abs2) => displayPath(abs2, cwd), stubs: /* @__PURE__ */ new Map() }, plan = { members: /* @__PURE__ */ new Set(), parsed: ctx.parsed, roots: [], skipped: [] }, abs = (f) => resolve7(cwd, f), candidates = [];
  for (let f of files) {
    if (f === "-" || !KUSTOMIZATION_FILES.includes(basename2(f))) continue;
    let l = levelOf(ctx, dirname5(abs(f)));
    l && candidates.push(l);
  }
  let included = kustomizeIncluded(ctx, candidates), fluxObjects = [], gitRepos = [];
  for (let f of files) {
    if (f === "-") continue;
    let text = readRegularText(abs(f), settings.limits.maxFileSize);
    if (text === void 0 || !text.includes(FLUX_KUSTOMIZE_GROUP) && !text.includes("source.toolkit.fluxcd.io")) continue;
    let p = parsedFile(ctx, abs(f));
    for (let o of p?.objects ?? [])
      o.kind === "GitRepository" && o.apiVersion.startsWith("source.toolkit.fluxcd.io/") ? gitRepos.push(o) : fluxObjects.push(o);
  }
  let flux = fluxRoots(fluxObjects, gitRepos, (o) => abs(o.file.path));
  for (let s of flux.skipped)
    plan.skipped.push({ at: s.object, reason: s.reason }), plan.roots.push({ name: `Kustomization ${s.object.namespace ? `${s.object.namespace}/` : ""}${s.object.name}`, at: s.object, objects: [], notes: [{ text: s.reason, path: ["spec", "sourceRef"] }] });
  for (let r of flux.roots) {
    let l = levelOf(ctx, r.dir);
    l && included.add(l);
    for (let g of r.generated ?? []) {
      let gl = levelOf(ctx, g);
      gl && included.add(gl);
    }
  }
  for (let l of candidates) if (l.isComponent) for (let p of l.patches) p.file && plan.members.add(ctx.show(p.file));
  let jobs = [];
  for (let l of candidates) {
    if (included.has(l) || l.isComponent) continue;
    let i = jobs.length, c = closure(ctx, l), make = (stub, tag) => {
      let tmp = scratch.dir, wdir = join5(tmp, `root-${tag}`), m = mirrorFor(ctx, wdir, c, void 0, stub ? stubsFor(ctx, c) : /* @__PURE__ */ new Map()), body = (m2) => ({ resources: [rel(wdir, m2.place(l.dir))] }), wrapperDir = wrapperFor(tmp, wdir, body(m));
      return { name: ctx.show(l.dir), at: l.anchor, top: l, closure: c, notes: [], wrapperDir, job: { command: settings.command, args: kustomizeArgs(settings.command, wrapperDir, !1) }, real: m.real, edited: m.edited, ...keyedBy(ctx, tmp, tag, m, body, !1), ...m.stubbed ? { plain: make(!1, `${tag}-plain`) } : {} };
    };
    jobs.push(make(!0, String(i)));
  }
  for (let r of flux.roots) jobs.push(fluxJob(ctx, scratch.dir, jobs.length, r));
  return { ctx, plan, jobs };
}
function fluxJob(ctx, tmp, i, r) {
  let spec = r.level.value, inner = levelOf(ctx, r.dir), generatedFiles = (r.generated ?? []).filter((g) => !kustomizationFileIn(g));
  if (inner) r.level.children.unshift({ dir: r.dir, field: "resources", index: 0 });
  else for (let g of r.generated ?? []) kustomizationFileIn(g) && r.level.children.push({ dir: g, field: "resources", index: 0 });
  let c = closure(ctx, r.level, generatedFiles), o = r.object, name = `Kustomization ${o.namespace ? `${o.namespace}/` : ""}${o.name}`, make = (stub, tag) => {
    let wdir = join5(tmp, `root-${tag}`), m = mirrorFor(ctx, wdir, c, r.dir, stub ? stubsFor(ctx, c) : /* @__PURE__ */ new Map()), body = (m2) => {
      let out = { resources: r.generated ? r.generated.map((g) => rel(wdir, m2.place(g))) : [rel(wdir, m2.place(r.dir))] };
      for (let k of ["namePrefix", "nameSuffix", "images", "patches"]) spec[k] !== void 0 && (out[k] = spec[k]);
      return typeof spec.targetNamespace == "string" && (out.namespace = spec.targetNamespace), Array.isArray(spec.components) && (out.components = spec.components.filter((x) => typeof x == "string").map((x) => rel(wdir, m2.place(resolve7(r.dir, x))))), out;
    }, wrapperDir = wrapperFor(tmp, wdir, body(m));
    return { name, flux: !0, at: o, top: r.level, closure: c, notes: r.notes, wrapperDir, job: { command: ctx.settings.command, args: kustomizeArgs(ctx.settings.command, wrapperDir, !0) }, real: m.real, edited: m.edited, ...keyedBy(ctx, tmp, tag, m, body, !0), ...m.stubbed ? { plain: make(!1, `${tag}-plain`) } : {} };
  };
  return make(!0, String(i));
}
function storeKey(store, j) {
  if (!j.keyed) return store.key(j.wrapperDir, j.job.command, j.job.args);
  let k = store.key(j.keyed.wrapperDir, j.job.command, j.keyed.args);
  return "key" in k ? { key: sha256Hex([k.key, ...j.keyed.marks].join("\0")) } : k;
}
function keyedBy(ctx, tmp, tag, m, body, flux) {
  let marks = [...m.stubbed ? ["crd-stubs"] : [], ...m.omitted.map((f) => `omit:${f}`)];
  if (!marks.length || m.edited) return {};
  let dir = wrapperFor(tmp, join5(tmp, `root-${tag}-key`), body(SAME));
  return { keyed: { wrapperDir: dir, args: kustomizeArgs(ctx.settings.command, dir, flux), marks } };
}
function stubsFor(ctx, c) {
  let out = /* @__PURE__ */ new Map();
  if (!stubbingOn() || !stubsAllowed(c.levels)) return out;
  for (let f of c.files) {
    let t = ctx.stubs.get(f);
    if (t === void 0) {
      let p = parsedFile(ctx, f);
      t = p && p.source.text.length >= STUB_MIN_BYTES ? stubbedText(p, ctx.settings.limits) ?? null : null, ctx.stubs.set(f, t);
    }
    t !== null && out.set(f, t);
  }
  return out;
}
function cleanError(stderr, wrapperDir, tmp, cwd) {
  let msg = stderr.trim() || "kustomize failed", m = /err="((?:[^"\\]|\\.)*)"/.exec(msg), block = /err=<\n([\s\S]*?)\n\s*>\s*$/.exec(msg), panic = /^panic: (.*)$/m.exec(msg);
  m ? msg = m[1].replace(/\\"/g, '"').replace(/\\\\/g, "\\") : block ? msg = block[1].replace(/^\t/gm, "") : panic && (msg = `kustomize crashed: ${panic[1]}`), msg = msg.replace(/^Error:\s*/, "").replace(/\\n/g, " ").replace(/\s+/g, " ").trim();
  let roots = [.../* @__PURE__ */ new Set([cwd, safeRealpath(cwd)])];
  for (let r of roots) msg = msg.split(`${rel(wrapperDir, r)}/`).join("");
  for (let r of roots) msg = msg.split(`${r}/`).join("");
  return msg.split(wrapperDir).join("(root)").split(tmp).join("(tmp)");
}
function safeRealpath(p) {
  try {
    return realpathSync2(p);
  } catch {
    return p;
  }
}
function parseOrigin(text) {
  if (typeof text != "string") return;
  let out = {}, section;
  for (let line of text.split(`
`)) {
    let m = /^(\s*)([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[3].replace(/^["']|["']$/g, "");
    m[1] ? section && (section[m[2]] = v) : v === "" ? out[m[2]] = section = {} : (out[m[2]] = v, section = void 0);
  }
  return out;
}
function parseRendered(ctx, name, stdout) {
  return parseSource(newSource(`${name} (rendered)`, stdout), { ...ctx.settings.limits, maxFileSize: 1 / 0, maxDocuments: 1 / 0 }).objects;
}
function objectsOf(ctx, j, rendered, dir) {
  let out = [];
  for (let r of rendered) {
    let meta = isRecord4(r.value.metadata) ? r.value.metadata : {}, ann = isRecord4(meta.annotations) ? meta.annotations : {}, origin = parseOrigin(ann[ORIGIN_ANNOTATION]);
    delete ann[ORIGIN_ANNOTATION], isRecord4(meta.annotations) && Object.keys(ann).length === 0 && delete meta.annotations;
    let found = findOrigin(ctx, j, r, origin, dir), subject = { value: r.value, kind: r.kind, apiVersion: r.apiVersion, name: r.name, originName: found.originName, ...r.namespace ? { namespace: r.namespace } : {} }, componentsOf = (l) => componentsIn(j.closure, l), sourceOf = (a) => parsedFile(ctx, a)?.source, mapBack = mapBackFor(subject, found.object, found.value, found.chain, componentsOf, sourceOf), editTarget = editTargetFor(subject, found.object, found.value, found.chain, componentsOf, sourceOf), info = { root: j.name, mapBack, editTarget }, obj = { ...found.object, value: r.value, apiVersion: r.apiVersion, kind: r.kind, name: r.name, render: info };
    delete obj.invalid, r.namespace ? obj.namespace = r.namespace : delete obj.namespace, out.push(obj);
  }
  return out;
}
function findOrigin(ctx, j, r, origin, dir) {
  let fallback = () => ({ object: j.top.anchor, value: {}, chain: [j.top], originName: r.name });
  if (!origin) return fallback();
  if (typeof origin.path == "string" && typeof origin.repo != "string") {
    let file = j.real(resolve7(dir, origin.path)), p = parsedFile(ctx, file), chains = (j.closure.owners.get(file) ?? [j.top]).flatMap((o) => chainsTo(j.closure, o));
    if (!p || p.objects.length === 0) return { ...fallback(), chain: pickChain(chains, r.name, r.name, r.namespace) };
    let sameKind = p.objects.filter((o) => o.kind === r.kind), score = (o) => (o.apiVersion === r.apiVersion ? 2 : 0) + ((o.namespace ?? "") === (r.namespace ?? "") ? 1 : 0), pick = sameKind.filter((o) => o.name === r.name).sort((a, b) => score(b) - score(a))[0] ?? sameKind.filter((o) => o.name && r.name.includes(o.name)).sort((a, b) => b.name.length - a.name.length)[0] ?? sameKind[0] ?? p.objects[0];
    return { object: pick, value: pick.value, chain: pickChain(chains, pick.name, r.name, r.namespace), originName: pick.name };
  }
  if (typeof origin.configuredIn == "string") {
    let file = j.real(resolve7(dir, origin.configuredIn)), level = j.closure.levels.find((l) => resolve7(ctx.cwd, l.source.path) === file && l.anchor.rootPath.length === 0) ?? levelOf(ctx, dirname5(file));
    if (!level) return fallback();
    let by = isRecord4(origin.configuredBy) ? String(origin.configuredBy.kind ?? "") : "", field = by === "ConfigMapGenerator" ? "configMapGenerator" : by === "SecretGenerator" ? "secretGenerator" : by === "HelmChartInflationGenerator" ? "helmCharts" : void 0, list = field ? level.value[field] : void 0, at = [], value = {}, originName = r.name;
    if (Array.isArray(list)) {
      let i = list.findIndex((g) => isRecord4(g) && typeof g.name == "string" && r.name.includes(g.name));
      i !== -1 && (at = [field, i], value = {}, originName = String(list[i].name));
    }
    return { object: at.length ? pseudoObject(level.source, level.anchor.documentIndex, level.anchor.docRange, [...level.anchor.rootPath, ...at]) : level.anchor, value, chain: pickChain(chainsTo(j.closure, level), originName, r.name, r.namespace), originName };
  }
  return fallback();
}
function batchCandidate(ctx, j, index) {
  if (j.real !== SAME.real) return;
  for (let l of j.closure.levels) {
    if (l.remote.length || l.missing.length || NOT_BATCHED_FIELDS.some((k) => l.value[k] !== void 0)) return;
    let outside = (f) => !j.flux && relative3(l.dir, f).startsWith("..");
    if (l.resourceFiles.some(outside) || l.dataFiles.some(outside) || l.patches.some((p) => p.file && outside(p.file))) return;
    for (let ch of l.children) if (!levelOf(ctx, ch.dir)) return;
  }
  let ids = /* @__PURE__ */ new Set(), names = /* @__PURE__ */ new Set(), weight = 0, texts = [];
  for (let f of j.closure.files) {
    let p = parsedFile(ctx, f);
    if (!p || (weight += p.source.text.length, weight > BATCH_MAX_ROOT_BYTES)) return;
    if (texts.push(p.source.text), j.closure.ownerOf.has(f))
      for (let o of p.objects)
        ids.add(`${o.kind}/${o.name}`), names.add(o.name);
  }
  let renames = j.closure.levels.some((l) => RENAMING_FIELDS.some((k) => l.value[k] !== void 0));
  for (let l of j.closure.levels)
    for (let [field, kind] of [["configMapGenerator", "ConfigMap"], ["secretGenerator", "Secret"]])
      for (let g of Array.isArray(l.value[field]) ? l.value[field] : []) {
        let name = isRecord4(g) && typeof g.name == "string" ? g.name : void 0;
        if (name === void 0) return;
        ids.add(`${kind}/${name}`), names.add(name);
      }
  let dataFiles = new Set(j.closure.levels.flatMap((l) => l.dataFiles)), patchTexts = [...j.closure.patchFiles].filter((f) => !dataFiles.has(f)).map((f) => parsedFile(ctx, f)?.source.text), fluxLevels = j.closure.levels.filter((l) => l.anchor.rootPath.length > 0).map((l) => l.value), scalars = null, scalarsOfRoot = () => {
    if (scalars === null) {
      let out = [];
      for (let v of fluxLevels) stringsIn(v, out);
      scalars = [...texts, ...patchTexts].every((t) => t !== void 0 && scalarsOf(t, out)) ? out : void 0;
    }
    return scalars;
  };
  return {
    index,
    dir: j.wrapperDir,
    files: j.closure.files,
    ids,
    weight,
    texts: patchTexts.every((t) => t !== void 0) ? [...texts, ...patchTexts, ...fluxLevels.map((v) => stringsIn(v, []).join(`
`))] : void 0,
    scalars: scalarsOfRoot,
    ...renames ? { renames: [...names].filter((n) => n !== "") } : {}
  };
}
function stringsIn(v, out) {
  if (Array.isArray(v)) for (let x of v) stringsIn(x, out);
  else if (isRecord4(v))
    for (let [k, x] of Object.entries(v))
      out.push(k), stringsIn(x, out);
  else v != null && out.push(String(v));
  return out;
}
function renderJobs(ctx, tmp, jobs) {
  let out = new Array(jobs.length), batching = ctx.settings.batch ?? process.env.LEASTPRIV_RENDER_BATCH !== "0", candidates = [], alone = [], cache = ctx.settings.cache, cacheKey = (j2) => `${j2.flux ? "flux" : "kustomize"}\0${j2.name}`, copy = (r) => ({ stdout: r.stdout, ...r.rendered ? { rendered: r.rendered.map((o) => ({ ...o, value: structuredClone(o.value) })) } : {}, ...r.batch ? { batch: r.batch } : {} }), fromDisk = (j2) => !j2.edited, keepable = (j2) => fromDisk(j2) && !j2.keyed?.marks.some((m) => m.startsWith("omit:")), j = (i) => jobs[i], store = ctx.settings.store, storeKeys = /* @__PURE__ */ new Map();
  jobs.forEach((j2, i) => {
    let kept2 = cache && keepable(j2) ? cache.get(cacheKey(j2)) : void 0;
    if (kept2) {
      out[i] = { ok: !0, stderr: "", ms: 0, dir: j2.wrapperDir, ...copy(kept2) };
      return;
    }
    if (store && fromDisk(j2)) {
      let k = storeKey(store, j2), hit = "key" in k ? store.get(k.key) : void 0;
      if (hit) {
        out[i] = hit.ok ? { ok: !0, stdout: hit.stdout, stderr: "", ms: 0, dir: j2.wrapperDir } : { ok: !1, stdout: "", stderr: unplaced(hit.stderr, j2.wrapperDir, tmp), ms: 0, dir: j2.wrapperDir };
        return;
      }
      "key" in k && storeKeys.set(i, k.key);
    }
    let c = batching ? batchCandidate(ctx, j2, i) : void 0;
    c ? candidates.push(c) : alone.push(i);
  });
  let single = /* @__PURE__ */ new Map(), batches = /* @__PURE__ */ new Map(), nBatches = 0, singleJob = (i) => (single.set(jobs[i].job, i), jobs[i].job), batchJob = (members) => {
    if (members.length === 1) return singleJob(members[0].index);
    let dir = join5(tmp, `batch-${nBatches++}`), refs = members.map((m) => rel(dir, m.dir));
    wrapperFor(tmp, dir, { resources: refs });
    let job = { command: ctx.settings.command, args: kustomizeArgs(ctx.settings.command, dir, !!jobs[members[0].index].flux) };
    return batches.set(job, { members, dir, refs }), job;
  }, bytes = (i) => [...jobs[i].closure.files].reduce((n, f) => n + (ctx.parsed.get(ctx.show(f))?.source.text.length ?? 0), 0), weight = new Map(alone.map((i) => [i, bytes(i)]));
  alone.sort((a, b) => weight.get(b) - weight.get(a));
  let initial = [...alone.map(singleJob), ...[!1, !0].flatMap((flux) => planBatches(candidates.filter((c) => !!jobs[c.index].flux === flux)).map(batchJob))];
  if (runQueue(initial, (job, res) => {
    let i = single.get(job);
    if (i !== void 0) {
      out[i] = { ...res, dir: jobs[i].wrapperDir };
      return;
    }
    let b = batches.get(job);
    if (!res.ok) {
      if (res.missing) {
        for (let m of b.members) out[m.index] = { ...res, dir: b.dir };
        return;
      }
      if (res.killed) return b.members.map((m) => singleJob(m.index));
      let k = culprit(res.stderr, b.refs);
      if (k !== void 0) return [singleJob(b.members[k].index), batchJob(b.members.filter((_, n) => n !== k))];
      let half = Math.ceil(b.members.length / 2);
      return [batchJob(b.members.slice(0, half)), batchJob(b.members.slice(half))];
    }
    let split = splitBatch(ctx, b.members, b.dir, parseRendered(ctx, "batch", res.stdout));
    if (!split) return b.members.map((m) => singleJob(m.index));
    b.members.forEach((m, n) => {
      let text = storeKeys.has(m.index) ? memberText(ctx, res.stdout, split[n]) : void 0;
      text === void 0 && storeKeys.delete(m.index), out[m.index] = { ok: !0, stdout: text ?? "", stderr: "", ms: Math.round(res.ms / b.members.length), dir: b.dir, rendered: split[n], batch: b.members.length };
    });
  }), store) {
    for (let [i, key] of storeKeys) {
      let r = out[i];
      r && (r.ok ? store.put(key, { ok: !0, stdout: r.stdout }) : !r.ok && r.exitCode !== void 0 && !r.killed && !r.missing ? store.put(key, { ok: !1, stderr: placed(r.stderr, j(i).wrapperDir, tmp) }) : store.transient++);
    }
    store.done();
  }
  return cache && jobs.forEach((j2, i) => {
    let r = out[i];
    r?.ok && keepable(j2) && !cache.has(cacheKey(j2)) && cache.set(cacheKey(j2), copy({ stdout: r.stdout, ...r.rendered ? { rendered: r.rendered } : {}, ...r.batch ? { batch: r.batch } : {} }));
  }), out;
}
function memberText(ctx, stdout, objects) {
  let parts = [], last;
  for (let o of objects) {
    if (last && last[0] === o.docRange[0] && last[1] === o.docRange[1]) continue;
    last = o.docRange;
    let doc = stdout.slice(o.docRange[0], o.docRange[1]).replace(/^---[ \t]*(?:\n|$)/, "");
    parts.push(doc.endsWith(`
`) ? doc : `${doc}
`);
  }
  let text = parts.join(`---
`), again = parseRendered(ctx, "stored", text);
  if (again.length === objects.length) {
    for (let n = 0; n < objects.length; n++) {
      let a = again[n], b = objects[n];
      if (a.kind !== b.kind || a.apiVersion !== b.apiVersion || a.name !== b.name || a.namespace !== b.namespace || JSON.stringify(a.value) !== JSON.stringify(b.value)) return;
    }
    return text;
  }
}
var placed = (stderr, wrapperDir, tmp) => stderr.split(wrapperDir).join("\0W").split(tmp).join("\0T"), unplaced = (stored, wrapperDir, tmp) => stored.split("\0W").join(wrapperDir).split("\0T").join(tmp);
function splitBatch(ctx, members, dir, rendered) {
  let owner = /* @__PURE__ */ new Map();
  members.forEach((m, n) => m.files.forEach((f) => owner.set(f, n)));
  let out = members.map(() => []);
  for (let r of rendered) {
    let meta = isRecord4(r.value.metadata) ? r.value.metadata : {}, origin = parseOrigin(isRecord4(meta.annotations) ? meta.annotations[ORIGIN_ANNOTATION] : void 0);
    if (!origin || typeof origin.repo == "string") return;
    if (typeof origin.path != "string") {
      let by = isRecord4(origin.configuredBy) ? origin.configuredBy.kind : void 0, n2 = typeof origin.configuredIn == "string" ? owner.get(resolve7(dir, origin.configuredIn)) : void 0, m = n2 === void 0 ? void 0 : members[n2];
      if (!m?.renames || !(by === "ConfigMapGenerator" && r.kind === "ConfigMap" || by === "SecretGenerator" && r.kind === "Secret") || !m.renames.some((g) => m.ids.has(`${r.kind}/${g}`) && r.name.includes(g))) return;
      out[n2].push(r);
      continue;
    }
    let file = resolve7(dir, origin.path), n = owner.get(file);
    if (n === void 0) return;
    let renames = members[n].renames !== void 0, written = (o) => o.kind === r.kind && (o.name === r.name || r.kind === "Namespace" || renames && r.name.includes(o.name));
    if (!parsedFile(ctx, file)?.objects.some(written)) return;
    out[n].push(r);
  }
  return out;
}

// src/engine/load.ts
import { dirname as dirname6, resolve as resolve8 } from "node:path";

// src/model/shape.ts
var describe = (v) => v === null ? "null" : Array.isArray(v) ? "a list" : typeof v == "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`.slice(0, 60), shapeName = (s) => typeof s == "string" ? s === "string[]" ? "a list of strings" : s === "integer" ? "an integer" : `a ${s}` : "object" in s ? "a mapping" : "array" in s ? "a list" : "a mapping", PLACEHOLDER = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=+?])[^}]*)?\}$/;
function check(value, shape, path, out) {
  walk(value, shape, [...path], out);
}
var fieldsOf = /* @__PURE__ */ new WeakMap(), fields = (o) => {
  let f = fieldsOf.get(o);
  return f || fieldsOf.set(o, f = Object.entries(o)), f;
};
function walk(value, shape, path, out) {
  if (value == null || typeof value == "string" && (shape === "boolean" || shape === "integer") && PLACEHOLDER.test(value)) return;
  let ok2;
  if (shape === "string") ok2 = typeof value == "string";
  else if (shape === "boolean") ok2 = typeof value == "boolean";
  else if (shape === "integer") ok2 = typeof value == "number" && Number.isInteger(value);
  else if (shape === "string[]") {
    if (ok2 = Array.isArray(value), ok2) {
      let list = value;
      for (let i = 0; i < list.length; i++)
        typeof list[i] != "string" && out.push({ path: [...path, i], message: `expected a string, found ${describe(list[i])}` });
    }
  } else if ("array" in shape) {
    if (ok2 = Array.isArray(value), ok2) {
      let list = value;
      for (let i = 0; i < list.length; i++)
        path.push(i), walk(list[i], shape.array, path, out), path.pop();
    }
  } else if (ok2 = typeof value == "object" && !Array.isArray(value), ok2) {
    let rec = value, each = "map" in shape ? Object.keys(rec).map((k) => [k, shape.map]) : fields(shape.object);
    for (let [k, s] of each)
      path.push(k), walk(rec[k], s, path, out), path.pop();
  }
  ok2 || out.push({ path: path.slice(), message: `expected ${shapeName(shape)}, found ${describe(value)}` });
}
var capabilities = { object: { add: "string[]", drop: "string[]" } }, seLinux = { object: { user: "string", role: "string", type: "string", level: "string" } }, profile = { object: { type: "string", localhostProfile: "string" } }, windows = { object: { hostProcess: "boolean", runAsUserName: "string" } }, securityContext = {
  object: {
    privileged: "boolean",
    allowPrivilegeEscalation: "boolean",
    readOnlyRootFilesystem: "boolean",
    runAsNonRoot: "boolean",
    runAsUser: "integer",
    runAsGroup: "integer",
    procMount: "string",
    capabilities,
    seLinuxOptions: seLinux,
    seccompProfile: profile,
    appArmorProfile: profile,
    windowsOptions: windows
  }
}, podSecurityContext = {
  object: {
    runAsNonRoot: "boolean",
    runAsUser: "integer",
    runAsGroup: "integer",
    fsGroup: "integer",
    seLinuxOptions: seLinux,
    seccompProfile: profile,
    appArmorProfile: profile,
    windowsOptions: windows,
    sysctls: { array: { object: { name: "string", value: "string" } } }
  }
}, container = {
  object: {
    name: "string",
    image: "string",
    securityContext,
    command: "string[]",
    args: "string[]",
    ports: { array: { object: { containerPort: "integer", hostPort: "integer", protocol: "string" } } }
  }
}, POD_SPEC = {
  object: {
    containers: { array: container },
    initContainers: { array: container },
    ephemeralContainers: { array: container },
    hostPID: "boolean",
    hostIPC: "boolean",
    hostNetwork: "boolean",
    hostUsers: "boolean",
    serviceAccountName: "string",
    automountServiceAccountToken: "boolean",
    securityContext: podSecurityContext,
    volumes: { array: { object: { name: "string", hostPath: { object: { path: "string", type: "string" } } } } }
  }
}, policyRule = {
  object: { verbs: "string[]", apiGroups: "string[]", resources: "string[]", resourceNames: "string[]", nonResourceURLs: "string[]" }
}, labelSelector = { object: { matchLabels: { map: "string" } } }, RBAC_SHAPES = {
  Role: { object: { rules: { array: policyRule } } },
  ClusterRole: {
    object: { rules: { array: policyRule }, aggregationRule: { object: { clusterRoleSelectors: { array: labelSelector } } } }
  },
  RoleBinding: {
    object: {
      subjects: { array: { object: { kind: "string", name: "string", namespace: "string", apiGroup: "string" } } },
      roleRef: { object: { kind: "string", name: "string", apiGroup: "string" } }
    }
  }
};
RBAC_SHAPES.ClusterRoleBinding = RBAC_SHAPES.RoleBinding;
var METADATA = {
  object: { name: "string", namespace: "string", labels: { map: "string" }, annotations: { map: "string" } }
};
function shapeErrors(obj) {
  let out = [];
  if (check(obj.value.metadata, METADATA, ["metadata"], out), obj.apiVersion.startsWith("rbac.authorization.k8s.io/")) {
    let s = Object.hasOwn(RBAC_SHAPES, obj.kind) ? RBAC_SHAPES[obj.kind] : void 0;
    s && check(obj.value, s, [], out);
  }
  for (let path of podSpecPaths(obj)) {
    let cur = obj.value;
    for (let i = 0; i < path.length && (cur = cur[path[i]], cur != null); i++) {
      let list = typeof path[i + 1] == "number";
      if (typeof cur != "object" || Array.isArray(cur) !== list) {
        out.push({ path: path.slice(0, i + 1), message: `expected ${list ? "a list" : "a mapping"}, got ${describe(cur)}` });
        break;
      }
    }
  }
  for (let pod of podSpecs(obj))
    if (pod.metadataPath && check(pod.metadata, METADATA, pod.metadataPath, out), pod.synthetic) {
      for (let c of pod.synthetic.containers) check(c.container, container, c.path, out);
      let fields2 = POD_SPEC.object;
      for (let [field, path] of Object.entries(pod.synthetic.fields)) {
        let s = fields2[field];
        s && path && check(pod.spec[field], s, path, out);
      }
    } else check(pod.spec, POD_SPEC, pod.path, out);
  return out;
}

// src/engine/load.ts
function discoverInputs(input, config, trace2) {
  return discover(input.paths ?? [], discoverOptions(input, config), trace2);
}
function discoverOptions(input, config) {
  let cwd = input.cwd ?? process.cwd(), excludes = [...config.exclude.map((p) => ({ base: config.file ? dirname6(config.file) : cwd, pattern: p })), ...(input.exclude ?? []).map((p) => ({ base: cwd, pattern: p }))];
  return { cwd, exclude: excludes, gitignore: config.gitignore };
}
var SHAPE_CHECKED = /* @__PURE__ */ new WeakMap(), LAYER_KEY = /* @__PURE__ */ new WeakMap();
function eachFile(input, config, visit2) {
  let cwd = input.cwd ?? process.cwd(), files = [], plan;
  if (input.paths?.length) {
    let found = input.discovered ?? discoverInputs(input, config);
    files.push(...found.files);
    for (let p of found.problems) {
      let skipped = { file: p.file, reason: p.reason };
      visit2({ read: !1, skipped, diagnostic: { code: p.code ?? "input-not-auditable", file: p.file, message: p.reason, range: [0, 1] } });
    }
    (input.render ?? config.render) && (plan = renderRoots(found.files, cwd, { command: input.kustomizeCommand ?? config.kustomizeCommand, limits: config.limits, ...input.overrides?.size ? { overrides: input.overrides } : {}, ...input.omit?.size ? { omit: input.omit } : {}, ...input.renderCache ? { cache: input.renderCache } : {}, ...input.cache?.renders ? { store: input.cache.renders } : {} }));
  }
  let check2 = (objects) => {
    let errors = /* @__PURE__ */ new Map();
    for (let o of objects) {
      let errs = shapeErrors(o);
      errs.length !== 0 && (errors.set(o, errs), dropFields(o.value, errs.map((e) => e.path)) || (o.invalid = !0));
    }
    return errors;
  }, parsed = (source, p) => {
    let member = plan?.members.has(source.path) ?? !1;
    visit2({ read: !0, source, parsed: p, shapeErrors: member ? /* @__PURE__ */ new Map() : checkedOnce(p), ...member ? { member } : {} });
  }, checkedOnce = (p) => {
    let errors = SHAPE_CHECKED.get(p);
    return errors || SHAPE_CHECKED.set(p, errors = check2(p.objects)), errors;
  };
  for (let s of input.sources ?? []) {
    let src = newSource(s.path, s.text);
    parsed(src, parseSource(src, config.limits));
  }
  let charts = /* @__PURE__ */ new Map();
  for (let f of files) {
    if (input.omit?.has(f)) continue;
    let shownAs = f === "-" ? input.stdinName ?? "-" : f, override = input.overrides?.get(shownAs), r = override !== void 0 ? { source: newSource(shownAs, override) } : readInput(f, cwd, config.limits.maxFileSize, input.readStdin, shownAs);
    if ("diagnostic" in r) {
      let partial = r.text !== void 0 ? newSource(shownAs, r.text) : void 0;
      visit2({ read: !1, skipped: { file: shownAs, reason: r.diagnostic.message }, diagnostic: r.diagnostic, ...partial ? { source: partial } : {} });
      continue;
    }
    let early = plan?.parsed.get(r.source.path);
    if (early && early.source.text === r.source.text) {
      parsed(early.source, early);
      continue;
    }
    let cached = input.parseCache?.get(r.source.path);
    if (cached && cached.source.text === r.source.text) {
      parsed(cached.source, cached);
      continue;
    }
    let chart = f === "-" ? void 0 : helmChartOf(resolve8(cwd, f), charts), chartShown = chart === void 0 ? void 0 : displayPath(chart, cwd), key = (f !== "-" && !plan ? input.cache?.parsed : void 0)?.keyOf(r.source, chartShown, config.limits), text = r.source.text, p = parseSource(r.source, config.limits, chartShown);
    input.parseCache?.set(r.source.path, p), key !== void 0 && r.source.text === text && LAYER_KEY.set(p, key), parsed(r.source, p);
  }
  for (let root of plan?.roots ?? []) visit2({ read: "root", root, shapeErrors: check2(root.objects) });
}
function loadObjects(input, config) {
  let out = { objects: [], sources: /* @__PURE__ */ new Map(), skipped: [], documents: 0, nonKubernetes: 0, nonKubernetesFiles: [], diagnostics: [], shapeErrors: /* @__PURE__ */ new Map(), renderProblems: [] }, read = [], rendered = [];
  eachFile(input, config, (f) => {
    if (f.read === "root") {
      rendered.push(...f.root.objects);
      let at = `${f.root.at.file.path}:${f.root.at.file.lineCounter.linePos(f.root.at.docRange[0]).line}`;
      f.root.error !== void 0 && out.renderProblems.push(`${at}: kustomize could not render ${f.root.name}: ${f.root.error}; its files are read as written`);
      for (let n of f.root.notes) out.renderProblems.push(`${at}: ${f.root.name}: ${n.text}`);
      for (let [o, errs] of f.shapeErrors) out.shapeErrors.set(o, errs);
      return;
    }
    if (!f.read) {
      f.source && out.sources.set(f.source.path, f.source), out.skipped.push(f.skipped), out.diagnostics.push(f.source ? { diagnostic: f.diagnostic, source: f.source } : { diagnostic: f.diagnostic });
      return;
    }
    out.sources.set(f.source.path, f.source), read.push(f);
  });
  for (let { parsed: p, shapeErrors: shapeErrors2, member } of read) {
    out.documents += p.documents, p.skipped && out.skipped.push({ file: p.source.path, reason: p.skipped });
    for (let d of p.diagnostics) out.diagnostics.push({ diagnostic: d, source: p.source });
    isNonKubernetes(p) && (out.nonKubernetes++, out.nonKubernetesFiles.push(p.source.path)), member || out.objects.push(...p.objects);
    for (let [o, errs] of shapeErrors2) out.shapeErrors.set(o, errs);
  }
  return out.objects.push(...rendered), out;
}
var isNonKubernetes = (p) => !p.skipped && p.objects.length === 0 && p.diagnostics.length === 0;
function dropFields(value, paths) {
  for (let path of paths) {
    if (path.length === 0) return !1;
    let parent = value;
    for (let k of path.slice(0, -1)) parent = parent && typeof parent == "object" ? parent[k] : void 0;
    let last = path[path.length - 1];
    Array.isArray(parent) && typeof last == "number" ? parent[last] = null : parent && typeof parent == "object" && delete parent[last];
  }
  return !0;
}

export {
  PARSE_OPTIONS,
  LineIndex,
  parseSource,
  newSource,
  offsetsToRegion,
  locate,
  where,
  sha256Hex,
  MANIFEST_EXTENSIONS,
  displayPath,
  discover,
  helmChartOf,
  readInput,
  readRegularText,
  KUSTOMIZATION_FILES,
  kustomizationFileIn,
  isRemote,
  FLUX_KUSTOMIZE_GROUP,
  renderFingerprint,
  dropKeptPlan,
  discoverInputs,
  discoverOptions,
  LAYER_KEY,
  eachFile,
  loadObjects,
  isNonKubernetes
};

import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

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
    ], REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/, MODE_IGNORE = "regex", MODE_CHECK_IGNORE = "checkRegex", UNDERSCORE = "_", replaceTrailingWildcard = (_, p1) => `${p1 ? `${p1}[^/]+` : "[^/]*"}(?=$|\\/$)`, REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/, replaceTrailingDoublestar = () => "[\\s\\S]", separatorAfter = (run, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run.length && !run[index].wildcard; index++)
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
        run.forEach((token, at2) => {
          token.wildcard && (lastWildcard = at2);
        }), run.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at2)})[^\\/])*`;
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
      let lineEnd3 = body.length, end;
      for (; ; ) {
        for (stripLineEnd && body[lineEnd3 - 1] === "\r" && lineEnd3--, end = lineEnd3; body[end - 1] === SPACE; )
          end--;
        if (!stripLineEnd || body[end - 1] !== `
`)
          break;
        lineEnd3 = end - 1;
      }
      if (end === lineEnd3)
        return body.slice(0, lineEnd3);
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
        let rules = this._rules, { length } = rules, shortcut = this._basenameCount * 2 >= length, basename4 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename4 : path
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
      _test(originalPath, cache2, path) {
        return checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        ), path ? this._t(path, cache2) : {
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
      _t(path, cache2) {
        if (path in cache2)
          return cache2[path];
        let parentPath = parentOf(path), parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
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

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {}, argv = p.argv || [], env = p.env || {}, isColorSupported = !(env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || !1 || !!env.CI), formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    }, replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do
        result += string.substring(cursor, index) + replace, cursor = index + close.length, index = string.indexOf(close, cursor);
      while (~index);
      return result + string.substring(cursor);
    }, createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/action/run.ts
import { existsSync as existsSync7, mkdirSync as mkdirSync3, readFileSync as readFileSync5 } from "node:fs";
import { dirname as dirname10, relative as relative11, resolve as resolve17 } from "node:path";

// src/engine/sha256.ts
import { createRequire } from "node:module";
var hash;
function sha256Hex(text) {
  if (!hash) {
    let { createHash: createHash2 } = createRequire(import.meta.url)("node:crypto");
    hash = (s) => createHash2("sha256").update(s).digest("hex");
  }
  return hash(text);
}

// src/engine/fingerprint.ts
function fingerprint(parts) {
  return sha256Hex(parts.map((p) => p === void 0 ? "" : String(p)).join("\0")).slice(0, 32);
}

// src/engine/comments.ts
function lineText(file, line) {
  let starts = file.lineCounter.lineStarts, s = starts[line - 1];
  if (s === void 0) return;
  let next2 = starts[line], e = next2 === void 0 ? file.text.length : next2 - 1;
  return e > s && file.text.charCodeAt(e - 1) === 13 && e--, file.text.slice(s, e);
}
function commentStart(line) {
  let q;
  for (let i = 0; i < line.length; i++) {
    let c = line[i];
    if (q) {
      q === '"' && c === "\\" ? i++ : c === q && (q = void 0);
      continue;
    }
    if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) return i;
    (c === '"' || c === "'") && (i === 0 || /[\s:\-[{,]/.test(line[i - 1])) && (q = c);
  }
  return -1;
}
var DIRECTIVE = /#\s*(?:leastpriv-ignore\b|expect:)/;
function freeComment(line) {
  let at2 = commentStart(line);
  if (at2 === -1) return;
  let text = line.slice(at2), d = DIRECTIVE.exec(text);
  return d && (text = text.slice(0, d.index)), text = text.replace(/^#+\s*/, "").trim(), text || void 0;
}
function commentForLine(file, line) {
  let own = lineText(file, line), c = own === void 0 ? void 0 : freeComment(own);
  if (c) return c;
  if (own !== void 0 && own.startsWith("---")) return;
  let above = lineText(file, line - 1);
  if (above !== void 0 && /^\s*#/.test(above)) return freeComment(above);
}

// src/engine/rule.ts
var compiled = /* @__PURE__ */ new Map();
function partsOf(template) {
  let parts = compiled.get(template);
  return parts === void 0 && compiled.set(template, parts = template.split(/\{(\w+)\}/)), parts;
}
function format(template, data) {
  let parts = partsOf(template), out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    let v = data?.[parts[i]];
    out += (v !== void 0 ? String(v) : `{${parts[i]}}`) + parts[i + 1];
  }
  return out;
}
function formats(template, data, message) {
  let parts = partsOf(template), at2 = 0;
  for (let i = 0; i < parts.length; i++) {
    let piece = parts[i];
    if (i % 2 === 1) {
      let v = data?.[piece];
      piece = v !== void 0 ? String(v) : `{${piece}}`;
    }
    if (!message.startsWith(piece, at2)) return !1;
    at2 += piece.length;
  }
  return at2 === message.length;
}

// rules/yaml-syntax-error.ts
var yaml_syntax_error_default = {
  meta: {
    code: "LP001",
    name: "yaml-syntax-error",
    severity: "error",
    category: "input",
    description: "A file is not valid YAML or JSON (syntax error, duplicate key, bad alias).",
    securitySeverity: 1,
    tags: ["input"],
    messages: { syntax: "{detail}" },
    docs: {
      whatItDoes: "Reports YAML and JSON syntax errors at their line and column: bad indentation, unclosed quotes or brackets, duplicate keys in a mapping, undefined aliases. The document with the error is not audited (kubectl cannot apply it either), except one whose only errors are duplicate keys: kubectl applies it with each key's last value, and it is audited so; a duplicate whose values are the same is reported one step lower (a warning), since the object applies as written. The other documents of the file and the other files are audited. This finding cannot be suppressed.",
      whyItMatters: "kubectl and the API server reject such a document, or worse, a tool in the pipeline silently keeps one of two duplicate keys (a missing `---` between two objects merges them). Nothing in a broken document can be audited, so it must not pass silently.",
      example: `apiVersion: v1
kind: Pod
metadata:
  name: web
   namespace: shop   # indented one space too far`,
      useInstead: `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop`,
      references: ["https://yaml.org/spec/1.2.2/", "https://github.com/kubernetes-sigs/yaml"],
      notes: "Documents that hold Helm/Go template syntax where YAML structure goes (`{{- if \u2026 }}` lines, unquoted `name: {{ .Release.Name }}`) are not reported here: they are not valid YAML as written, so kubectl cannot apply them either, and they are skipped with a reason in the summary. A document kubectl can read is audited whatever `{{ }}` strings it holds, and so are the other documents of the file. Files with `{{ }}` in a Helm chart's `templates/` folder (a `Chart.yaml` next to it) are skipped whole. Render templates first (`helm template`) and audit the output."
    }
  }
};

// rules/invalid-field-type.ts
var invalid_field_type_default = {
  meta: {
    code: "LP002",
    name: "invalid-field-type",
    severity: "error",
    category: "input",
    description: "A field that leastpriv audits has the wrong type (`verbs: get`, `containers: {}`).",
    securitySeverity: 1,
    tags: ["input"],
    messages: { wrongType: "{object}: `{field}` {detail}; the API server would reject this object; the rest of it is audited without this field." },
    docs: {
      whatItDoes: "Checks the type of every field the rules read (pod specs, containers, security contexts, RBAC rules, subjects, role references, metadata) and reports each wrong one at its line. The other rules then audit the rest of the object without the wrongly typed fields, so one bad field does not hide `runAsUser: 0` or a missing seccomp profile elsewhere in the same pod. An integer past 2^53 where an ID or a port goes is reported too: kubectl sends it exactly, the API server refuses it (IDs are at most 2147483647, ports 65535), and a JavaScript number cannot hold it exactly.",
      whyItMatters: "The API server refuses such an object, so the manifest cannot be what runs in the cluster as written; but the fix is usually one field, and what the rest of the object asks for is what will run once it is fixed. A single string where a list belongs (`verbs: get`) is also an easy mistake to miss in review.",
      example: `rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: create`,
      useInstead: `rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create", "get"]`,
      references: ["https://kubernetes.io/docs/reference/kubernetes-api/"]
    }
  }
};

// rules/input-not-auditable.ts
var input_not_auditable_default = {
  meta: {
    code: "LP003",
    name: "input-not-auditable",
    severity: "error",
    category: "input",
    description: "An input could not be audited: unreadable, binary, not UTF-8, or over a configured limit.",
    securitySeverity: 1,
    tags: ["input"],
    messages: { notAuditable: "{detail}" },
    docs: {
      whatItDoes: "Reports inputs that were not audited, with the reason: a file that cannot be read, a binary file (NUL bytes), text that is not UTF-8, a file over `limits.maxFileSize`, more documents than `limits.maxDocuments`, more alias expansions than `limits.maxAliasCount`, or nesting deeper than `limits.maxDepth`.",
      whyItMatters: "A linter that skips an input silently gives a clean report for manifests it never read: whatever leastpriv could not read may hold an object the cluster would accept. So an input that cannot be audited is an error and fails the run under the default `--fail-on error`, like a privileged container would. The limits keep hostile input (alias bombs, huge or deeply nested documents) from exhausting memory or time.",
      example: "# a 40 MB generated bundle, over the default 16 MiB limit",
      useInstead: `# .leastpriv.yaml
limits:
  maxFileSize: 67108864   # 64 MiB`,
      references: ["https://en.wikipedia.org/wiki/Billion_laughs_attack"]
    }
  }
};

// rules/yaml-decode-ambiguous.ts
var yaml_decode_ambiguous_default = {
  meta: {
    code: "LP007",
    name: "yaml-decode-ambiguous",
    severity: "error",
    category: "input",
    description: "A document that kubectl reads differently from other YAML readers, or in a way not reproduced here exactly: what leastpriv audits might not be what gets applied.",
    securitySeverity: 1,
    tags: ["input"],
    messages: { ambiguous: "{detail}" },
    docs: {
      whatItDoes: 'Reports YAML that kubectl (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1) may read differently from what leastpriv audited: a second document hidden in one part of the file (after `...`, or after a `---` that follows a line break other than `\\n`), a line or paragraph separator (U+2028, U+2029) inside a value, YAML directives, two keys of different types with the same text (`1` and `"1"`: kubectl keeps one of them at random), float keys, a quoted string continued on a line indented less than its key (kubectl reads those lines as part of the string, the YAML parser leastpriv falls back to reads them as keys), a line of white space longer than the indentation in a block scalar with an indentation indicator (`|2`), a plain key right before `:` and `,`, `]` or `}` in a flow collection (`[a:]`: kubectl reads the text `a:`), a plain scalar starting with `?` in a flow collection (`{?privileged: true}`: a key indicator to kubectl), and an `items` list in an object whose kind is not a list (kubectl applies the items and drops the object, a tool that goes by the kind may apply the object: both are audited). Everything else is read exactly as kubectl 1.32 reads it (merge keys in key order, the last of duplicate keys, YAML 1.1 scalars and line breaks, tags) and checked against kubectl in the tests.',
      whyItMatters: "leastpriv is a gate on pull requests: if the object it audits is not the object the cluster gets, a privileged container can pass the audit. Where the reading is not certain, the run fails instead of guessing.",
      example: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
...
apiVersion: v1
kind: Pod   # kubectl ignores this document; kustomize and Argo CD apply it`,
      useInstead: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
apiVersion: v1
kind: Pod`,
      references: ["https://github.com/kubernetes-sigs/yaml", "https://yaml.org/spec/1.1/", "https://github.com/kubernetes/apimachinery/blob/master/pkg/util/yaml/decoder.go"]
    }
  }
};

// rules/rule-internal-error.ts
var rule_internal_error_default = {
  meta: {
    code: "LP004",
    name: "rule-internal-error",
    severity: "error",
    category: "input",
    description: "A rule failed on an object (a bug in leastpriv); the rest of the run went on.",
    securitySeverity: 1,
    tags: ["internal"],
    messages: { crashed: "rule {rule} failed on {object}: {detail}. This is a bug in leastpriv; please report it with this object." },
    docs: {
      whatItDoes: "Reports an exception thrown by a rule, naming the rule and the object it was checking. The other rules and objects are still audited.",
      whyItMatters: "A rule that fails silently reports nothing, which looks exactly like a clean result. Failing loudly, on the object that caused it, keeps a clean report trustworthy.",
      example: "# any object that makes a rule throw",
      useInstead: "# nothing to change in the manifest: report the bug",
      references: ["https://github.com/leastpriv/leastpriv/issues"]
    }
  }
};

// src/model/describe.ts
function objectLabel(obj) {
  let name = obj.name || "(unnamed)";
  return obj.namespace ? `${obj.kind} ${obj.namespace}/${name}` : `${obj.kind} ${name}`;
}
var STANDARD_POD_PATHS = /* @__PURE__ */ new Set(["spec", "template.spec", "spec.template.spec", "spec.jobTemplate.spec.template.spec"]);
function podLabel(pod) {
  let path = pod.path.join("."), where5 = STANDARD_POD_PATHS.has(path) && !pod.synthetic ? "" : ` (pod ${path})`;
  return `${objectLabel(pod.object)}${where5}${pod.inferred ? " [pod inferred from its shape]" : ""}`;
}
function containerLabel(c) {
  return `${c.list === "containers" ? "container" : c.list === "initContainers" ? "init container" : "ephemeral container"} "${c.name}" of ${podLabel(c.pod)}`;
}
function objectKey(obj) {
  return `${obj.render ? `${obj.render.root}|${obj.kind}|${obj.namespace ?? ""}|${obj.name}|` : ""}${obj.file.path}#${obj.documentIndex}#${obj.rootPath.join(".")}`;
}

// src/model/api-versions.ts
var R = (removedIn, replacement) => ({ removedIn, replacement }), APPS_V1 = R(16, "apps/v1"), REMOVED = /* @__PURE__ */ new Map([
  ["extensions/v1beta1 DaemonSet", APPS_V1],
  ["extensions/v1beta1 Deployment", APPS_V1],
  ["extensions/v1beta1 ReplicaSet", APPS_V1],
  ["extensions/v1beta1 NetworkPolicy", R(16, "networking.k8s.io/v1")],
  ["extensions/v1beta1 PodSecurityPolicy", R(16, "")],
  ["extensions/v1beta1 Ingress", R(22, "networking.k8s.io/v1")],
  ["apps/v1beta1 *", APPS_V1],
  ["apps/v1beta2 *", APPS_V1],
  ["networking.k8s.io/v1beta1 Ingress", R(22, "networking.k8s.io/v1")],
  ["networking.k8s.io/v1beta1 IngressClass", R(22, "networking.k8s.io/v1")],
  ["rbac.authorization.k8s.io/v1beta1 *", R(22, "rbac.authorization.k8s.io/v1")],
  ["rbac.authorization.k8s.io/v1alpha1 *", R(22, "rbac.authorization.k8s.io/v1")],
  ["admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration", R(22, "admissionregistration.k8s.io/v1")],
  ["admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration", R(22, "admissionregistration.k8s.io/v1")],
  ["apiextensions.k8s.io/v1beta1 CustomResourceDefinition", R(22, "apiextensions.k8s.io/v1")],
  ["apiregistration.k8s.io/v1beta1 APIService", R(22, "apiregistration.k8s.io/v1")],
  ["certificates.k8s.io/v1beta1 CertificateSigningRequest", R(22, "certificates.k8s.io/v1")],
  ["coordination.k8s.io/v1beta1 Lease", R(22, "coordination.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 CSIDriver", R(22, "storage.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 CSINode", R(22, "storage.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 StorageClass", R(22, "storage.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 VolumeAttachment", R(22, "storage.k8s.io/v1")],
  ["scheduling.k8s.io/v1beta1 PriorityClass", R(22, "scheduling.k8s.io/v1")],
  ["batch/v1beta1 CronJob", R(25, "batch/v1")],
  ["discovery.k8s.io/v1beta1 EndpointSlice", R(25, "discovery.k8s.io/v1")],
  ["events.k8s.io/v1beta1 Event", R(25, "events.k8s.io/v1")],
  ["autoscaling/v2beta1 HorizontalPodAutoscaler", R(25, "autoscaling/v2")],
  ["policy/v1beta1 PodDisruptionBudget", R(25, "policy/v1")],
  ["policy/v1beta1 PodSecurityPolicy", R(25, "")],
  ["node.k8s.io/v1beta1 RuntimeClass", R(25, "node.k8s.io/v1")],
  ["autoscaling/v2beta2 HorizontalPodAutoscaler", R(26, "autoscaling/v2")],
  ["flowcontrol.apiserver.k8s.io/v1beta1 *", R(26, "flowcontrol.apiserver.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 CSIStorageCapacity", R(27, "storage.k8s.io/v1")],
  ["flowcontrol.apiserver.k8s.io/v1beta2 *", R(29, "flowcontrol.apiserver.k8s.io/v1")],
  ["flowcontrol.apiserver.k8s.io/v1beta3 *", R(32, "flowcontrol.apiserver.k8s.io/v1")]
]);
function removedVersion(apiVersion, kind) {
  return REMOVED.get(`${apiVersion} ${kind}`) ?? REMOVED.get(`${apiVersion} *`);
}
var BUILTIN_KINDS = {
  "": ["Binding", "ComponentStatus", "ConfigMap", "Endpoints", "Event", "LimitRange", "Namespace", "Node", "PersistentVolume", "PersistentVolumeClaim", "Pod", "PodTemplate", "ReplicationController", "ResourceQuota", "Secret", "Service", "ServiceAccount"],
  apps: ["ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"],
  batch: ["CronJob", "Job"],
  autoscaling: ["HorizontalPodAutoscaler", "Scale"],
  policy: ["Eviction", "PodDisruptionBudget", "PodSecurityPolicy"],
  extensions: ["DaemonSet", "Deployment", "Ingress", "NetworkPolicy", "PodSecurityPolicy", "ReplicaSet"],
  "rbac.authorization.k8s.io": ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"],
  "networking.k8s.io": ["IPAddress", "Ingress", "IngressClass", "NetworkPolicy", "ServiceCIDR"],
  "storage.k8s.io": ["CSIDriver", "CSINode", "CSIStorageCapacity", "StorageClass", "VolumeAttachment", "VolumeAttributesClass"],
  "admissionregistration.k8s.io": ["MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding", "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "ValidatingWebhookConfiguration"],
  "apiextensions.k8s.io": ["CustomResourceDefinition"],
  "apiregistration.k8s.io": ["APIService"],
  "certificates.k8s.io": ["CertificateSigningRequest", "ClusterTrustBundle", "PodCertificateRequest"],
  "coordination.k8s.io": ["Lease", "LeaseCandidate"],
  "discovery.k8s.io": ["EndpointSlice"],
  "events.k8s.io": ["Event"],
  "flowcontrol.apiserver.k8s.io": ["FlowSchema", "PriorityLevelConfiguration"],
  "node.k8s.io": ["RuntimeClass"],
  "scheduling.k8s.io": ["PriorityClass"],
  "resource.k8s.io": ["DeviceClass", "DeviceTaintRule", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"],
  "authentication.k8s.io": ["SelfSubjectReview", "TokenRequest", "TokenReview"],
  "authorization.k8s.io": ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview", "SubjectAccessReview"],
  "internal.apiserver.k8s.io": ["StorageVersion"],
  "storagemigration.k8s.io": ["StorageVersionMigration"]
};
function distance(a, b) {
  a = a.toLowerCase(), b = b.toLowerCase();
  let d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = cur;
    }
  }
  return d[b.length];
}
function unknownBuiltinKind(group, kind) {
  if (!Object.hasOwn(BUILTIN_KINDS, group)) return;
  let kinds = BUILTIN_KINDS[group];
  if (kinds.includes(kind) || kind === "List" || kind.endsWith("List") && kinds.includes(kind.slice(0, -4))) return;
  let best, bestD = 1 / 0;
  for (let k of kinds) {
    let dd = distance(kind, k);
    dd < bestD && ([best, bestD] = [k, dd]);
  }
  return bestD <= Math.max(2, Math.floor(kind.length / 3)) ? { nearest: best } : {};
}

// src/pss/version.ts
var LATEST = { major: 1, minor: 37 }, DEFAULT_KUBE_VERSION = `v1.${LATEST.minor}`;
function parseVersion(text) {
  if (text === "latest") return LATEST;
  let m = /^v?1\.(\d{1,3})$/.exec(text.trim());
  if (m)
    return { major: 1, minor: Number(m[1]) };
}
function effectiveVersion(text) {
  let v = parseVersion(text) ?? LATEST;
  return v.minor > LATEST.minor ? LATEST : v;
}
var formatVersion = (v) => `v${v.major}.${v.minor}`;

// rules/removed-api-version.ts
var removed_api_version_default = {
  meta: {
    code: "LP030",
    name: "removed-api-version",
    severity: "error",
    category: "input",
    description: "An object uses an API version the API server no longer serves (extensions/v1beta1, apps/v1beta2, \u2026).",
    securitySeverity: 4,
    tags: ["input", "api-version", "deprecation"],
    messages: {
      removed: '{object} uses {apiVersion}, which the API server no longer serves since Kubernetes v1.{removedIn}: `kubectl apply` fails with "no matches for kind". Use {replacement}. leastpriv audits it as the {replacement} {kind} it stands for, so its other findings still hold.',
      gone: "{object} uses {apiVersion}, which the API server no longer serves since Kubernetes v1.{removedIn}, and the kind has no successor: `kubectl apply` fails. Remove it (PodSecurityPolicy: use Pod Security admission)."
    },
    docs: {
      whatItDoes: "Flags an object whose `apiVersion` and `kind` the API server no longer serves at the run's `--kube-version` (default: the newest), with the release that stopped serving it and the version to use: DaemonSet/Deployment/ReplicaSet in `extensions/v1beta1` and everything in `apps/v1beta1`/`apps/v1beta2` (v1.16), Ingress and the RBAC, webhook, CRD v1beta1 versions (v1.22), `batch/v1beta1` CronJob and `policy/v1beta1` (v1.25), and the others of the Deprecated API Migration Guide. Workloads under a removed version are still audited as the current kind (`extensions/v1beta1` DaemonSet as an `apps/v1` DaemonSet), so a privileged, hostPID DaemonSet written in an old version is not a silent pass.",
      whyItMatters: "Such a manifest no longer applies: a GitOps controller reports a failed sync, and the object that runs in the cluster is whatever was there before \u2014 not what the repository says. Old charts and copied examples keep these versions alive for years, and other linters skip them silently because they do not know the kind.",
      example: `apiVersion: extensions/v1beta1
kind: DaemonSet
metadata: { name: node-agent }`,
      useInstead: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: node-agent }
spec:
  selector: { matchLabels: { app: node-agent } }   # required in apps/v1`,
      references: ["https://kubernetes.io/docs/reference/using-api/deprecation-guide/", "https://kubernetes.io/blog/2019/07/18/api-deprecations-in-1-16/"],
      notes: "Follows `--kube-version`: with `--kube-version v1.15`, `extensions/v1beta1` DaemonSets are still served and not reported."
    }
  },
  checkObject(obj, ctx) {
    let r2 = removedVersion(obj.apiVersion, obj.kind);
    !r2 || (parseVersion(ctx.kubeVersion) ?? LATEST).minor < r2.removedIn || ctx.report({
      object: obj,
      path: ["apiVersion"],
      messageId: r2.replacement ? "removed" : "gone",
      data: { object: objectLabel(obj), apiVersion: obj.apiVersion, removedIn: r2.removedIn, replacement: r2.replacement, kind: obj.kind }
    });
  }
};

// src/model/workloads.ts
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"], fixed = (...paths) => () => paths, BUILTIN_EXTRACTORS = [
  { group: "", kind: "Pod", specs: fixed(["spec"]) },
  { group: "", kind: "PodTemplate", templates: fixed(["template"]) },
  { group: "", kind: "ReplicationController", templates: fixed(["spec", "template"]) },
  { group: "apps", kind: "Deployment", templates: fixed(["spec", "template"]) },
  { group: "apps", kind: "StatefulSet", templates: fixed(["spec", "template"]) },
  { group: "apps", kind: "DaemonSet", templates: fixed(["spec", "template"]) },
  { group: "apps", kind: "ReplicaSet", templates: fixed(["spec", "template"]) },
  { group: "batch", kind: "Job", templates: fixed(["spec", "template"]) },
  { group: "batch", kind: "CronJob", templates: fixed(["spec", "jobTemplate", "spec", "template"]) },
  // Versions the API server no longer serves (rule removed-api-version) are audited as the kind they
  // stand for: extensions/v1beta1 DaemonSet/Deployment/ReplicaSet (apps/v1beta1 and v1beta2 are the
  // `apps` group already, batch/v1beta1 CronJob the `batch` group).
  { group: "extensions", kind: "DaemonSet", templates: fixed(["spec", "template"]) },
  { group: "extensions", kind: "Deployment", templates: fixed(["spec", "template"]) },
  { group: "extensions", kind: "ReplicaSet", templates: fixed(["spec", "template"]) }
], extractors = /* @__PURE__ */ new Map();
function registerExtractor(e) {
  let list = extractors.get(e.kind) ?? [];
  list.push(e), extractors.set(e.kind, list);
}
for (let e of BUILTIN_EXTRACTORS) registerExtractor(e);
function groupOf(apiVersion) {
  let i = apiVersion.indexOf("/");
  return i === -1 ? "" : apiVersion.slice(0, i);
}
function get(value, path) {
  let cur = value;
  for (let seg of path) {
    if (cur === null || typeof cur != "object") return;
    cur = cur[seg];
  }
  return cur;
}
var isRecord = (v) => !!v && typeof v == "object" && !Array.isArray(v), cache = /* @__PURE__ */ new WeakMap();
function podSpecs(obj) {
  let hit = cache.get(obj);
  if (hit) return hit;
  let out = [], matched = !1, group = groupOf(obj.apiVersion);
  for (let ex of extractors.get(obj.kind) ?? [])
    if (!(ex.group !== "*" && ex.group !== group)) {
      for (let t of ex.templates?.(obj) ?? []) {
        let tpl = get(obj.value, t);
        if (!isRecord(tpl) || !isRecord(tpl.spec)) continue;
        let ref = { object: obj, path: [...t, "spec"], spec: tpl.spec, metadataPath: [...t, "metadata"] };
        isRecord(tpl.metadata) && (ref.metadata = tpl.metadata), out.push(ref);
      }
      for (let s of ex.specs?.(obj) ?? []) {
        let spec = get(obj.value, s);
        if (!isRecord(spec)) continue;
        let ref = { object: obj, path: s, spec };
        obj.kind === "Pod" && (ref.metadataPath = ["metadata"], isRecord(obj.value.metadata) && (ref.metadata = obj.value.metadata)), out.push(ref);
      }
      out.push(...ex.synthesize?.(obj) ?? []), matched = !0;
      break;
    }
  return !matched && inferPods && out.push(...inferPods(obj)), cache.set(obj, out), out;
}
function podSpecPaths(obj) {
  let group = groupOf(obj.apiVersion);
  for (let ex of extractors.get(obj.kind) ?? [])
    if (!(ex.group !== "*" && ex.group !== group))
      return [...(ex.templates?.(obj) ?? []).map((t) => [...t, "spec"]), ...(ex.specs?.(obj) ?? []).map((s) => [...s])];
  return [];
}
var inferPods;
function registerInference(fn) {
  inferPods = fn;
}
function containers(pod) {
  let out = [];
  if (pod.synthetic) {
    let counts = /* @__PURE__ */ new Map();
    for (let s of pod.synthetic.containers) {
      let index = counts.get(s.list) ?? 0;
      counts.set(s.list, index + 1), out.push({ pod, list: s.list, index, path: s.path, container: s.container, name: typeof s.container.name == "string" ? s.container.name : s.name ?? `#${index}` });
    }
    return out;
  }
  for (let list of CONTAINER_LISTS) {
    let arr = pod.spec[list];
    Array.isArray(arr) && arr.forEach((c, index) => {
      if (!isRecord(c)) return;
      let container2 = c;
      out.push({ pod, list, index, path: [...pod.path, list, index], container: container2, name: typeof container2.name == "string" ? container2.name : `#${index}` });
    });
  }
  return out;
}
function podFieldPath(pod, field) {
  return pod.synthetic?.fields[field] ?? [...pod.path, field];
}
function volumes(pod) {
  let arr = pod.spec.volumes;
  if (!Array.isArray(arr)) return [];
  let out = [];
  return arr.forEach((v, i) => {
    isRecord(v) && out.push({ volume: v, path: pod.synthetic?.volumePaths[i] ?? [...podFieldPath(pod, "volumes"), i] });
  }), out;
}
function podOwnAnnotations(pod) {
  let a = pod.metadata?.annotations;
  return isRecord(a) ? a : {};
}
function podAnnotations(pod) {
  let own = pod.object.value.metadata?.annotations, tpl = pod.metadata?.annotations;
  return { ...isRecord(own) ? own : {}, ...isRecord(tpl) ? tpl : {} };
}

// rules/unknown-builtin-kind.ts
var unknown_builtin_kind_default = {
  meta: {
    code: "LP031",
    name: "unknown-builtin-kind",
    severity: "error",
    category: "input",
    description: "An object names a kind its built-in API group does not have (`apps/v1` `Deamonset`).",
    securitySeverity: 4,
    tags: ["input", "kind"],
    messages: {
      unknown: '{apiVersion} has no kind `{kind}`{nearest}: the API server rejects the object ("no matches for kind"), so it never runs, and leastpriv cannot audit what it would have been. Fix the kind.'
    },
    docs: {
      whatItDoes: "Flags an object whose `apiVersion` is a built-in API group (core `v1`, `apps`, `batch`, `rbac.authorization.k8s.io`, `networking.k8s.io`, \u2026) and whose `kind` is none of that group's kinds, with the nearest known kind when one is close (`Deamonset` \u2192 `DaemonSet`). Kinds are matched exactly, as the API server does. `List` and `<Kind>List` wrappers are accepted.",
      whyItMatters: "A typo in the kind makes `kubectl apply` fail, and every other linter skips an object it does not know: the DaemonSet nobody audited is also the one nobody deployed, and the one running in the cluster is an older, unreviewed version.",
      example: `apiVersion: apps/v1
kind: Deamonset`,
      useInstead: `apiVersion: apps/v1
kind: DaemonSet`,
      references: ["https://kubernetes.io/docs/reference/kubernetes-api/"]
    }
  },
  checkObject(obj, ctx) {
    let u = unknownBuiltinKind(groupOf(obj.apiVersion), obj.kind);
    u && ctx.report({ object: obj, path: ["kind"], messageId: "unknown", data: { apiVersion: obj.apiVersion, kind: obj.kind, nearest: u.nearest ? ` (did you mean \`${u.nearest}\`?)` : "" } });
  }
};

// rules/object-without-type.ts
var object_without_type_default = {
  meta: {
    code: "LP032",
    name: "object-without-type",
    severity: "error",
    category: "input",
    description: "A document meant as a Kubernetes object (it has metadata.name and a spec, rules, data\u2026) has no apiVersion or kind, or a List has an item kubectl cannot apply.",
    securitySeverity: 4,
    tags: ["input", "kind"],
    messages: { missing: "{detail}" },
    docs: {
      whatItDoes: "Flags a YAML document that has `metadata.name` (or `generateName`) and one of `kind`, `apiVersion`, `spec`, `data`, `stringData`, `rules`, `subjects`, `roleRef`, but no `apiVersion` or no `kind`. Documents without `metadata.name` (Helm values, CI files, kustomization files) are not Kubernetes objects and are not reported. Also flags the items of a List (any object with an `items` list) that kubectl cannot apply: an item that is null, not a mapping, a list itself, or without `kind` or `apiVersion` once it has taken the list's (kubectl 1.32 reports each as an error of `kubectl apply`, and for the second and third applies none of the list).",
      whyItMatters: 'kubectl refuses an object without `apiVersion` or `kind` before sending it ("error validating data: apiVersion not set"; with `--validate=false` it cannot tell which resource it is), so it never applies; and since nothing says what it is, no linter audits it: a Deployment whose `kind` line was lost in a merge is both undeployed and unreviewed.',
      example: `metadata: { name: web }
spec:
  template:
    spec:
      containers: [{ name: web, image: nginx }]`,
      useInstead: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  template:
    spec:
      containers: [{ name: web, image: nginx }]`,
      references: ["https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields"]
    }
  }
};

// rules/unused-suppression.ts
var unused_suppression_default = {
  meta: {
    code: "LP005",
    name: "unused-suppression",
    severity: "warning",
    category: "suppression",
    description: "A suppression (comment or annotation) matches no finding.",
    securitySeverity: 1,
    tags: ["suppression"],
    messages: { unused: "suppression of {rule} matches no finding here; remove it." },
    docs: {
      whatItDoes: "Reports a `# leastpriv-ignore` comment or an `ignore.leastpriv.dev/<rule>` annotation that suppresses nothing.",
      whyItMatters: "A stale suppression hides the next real finding at that place, and tells readers a risk exists where it no longer does.",
      example: "      hostPID: false  # leastpriv-ignore host-pid-ipc -- node debugger",
      useInstead: "      hostPID: false",
      references: ["https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives"]
    }
  }
};

// rules/suppression-missing-reason.ts
var suppression_missing_reason_default = {
  meta: {
    code: "LP006",
    name: "suppression-missing-reason",
    severity: "error",
    category: "suppression",
    description: "A suppression gives no reason, names no known rule, or names an input rule (which cannot be suppressed), so it suppresses nothing.",
    securitySeverity: 1,
    tags: ["suppression"],
    messages: {
      noReason: "suppression of {rule} has no reason; write one after `--` (`# leastpriv-ignore {rule} -- why this is acceptable`). Nothing is suppressed.",
      unknownRule: "suppression names {rule}, which is not a leastpriv rule code or name.",
      notSuppressible: "{name} ({code}) cannot be suppressed: its findings say that objects were not audited, and a suppression may silence a finding but never hide an object. Fix the input (or, as the repository owner, exclude the file in the config). Nothing is suppressed."
    },
    docs: {
      whatItDoes: "Reports a `# leastpriv-ignore RULE` comment without `-- reason`, an `ignore.leastpriv.dev/RULE` annotation with an empty value, suppressions that name no rule, and suppressions of an input rule (`yaml-syntax-error`, `invalid-field-type`, `input-not-auditable`, `rule-internal-error`), whose findings cannot be suppressed because each stands for objects that were not audited. Such a suppression does not take effect.",
      whyItMatters: "A suppression is an accepted risk; without a reason, the next reviewer cannot tell whether it still holds.",
      example: "          privileged: true  # leastpriv-ignore privileged-container",
      useInstead: "          privileged: true  # leastpriv-ignore privileged-container -- loads the GPU kernel module at boot",
      references: ["https://eslint.org/docs/latest/use/configure/rules#disabling-rules"]
    }
  }
};

// rules/symlink-outside-root.ts
var symlink_outside_root_default = {
  meta: {
    code: "LP010",
    name: "symlink-outside-root",
    severity: "error",
    category: "input",
    description: "A symbolic link leads outside the audited root (or into a .git folder); it is not read.",
    securitySeverity: 1,
    tags: ["input"],
    messages: { outside: "{detail}" },
    docs: {
      whatItDoes: "Reports a manifest-named file or a folder that is a symbolic link whose target is outside the audited root, or inside a `.git` folder, and neither reads nor enters it. The audited root is the git work tree that holds the path (its top folder), else the working directory when the path is below it, else the path given. A path named on the command line (or by the pre-commit hook) that is such a link is reported the same way.",
      whyItMatters: "The manifests come from whoever opens the pull request. A link such as `leak.yaml -> ../.git/config` (where CI checkouts keep their token) or `-> /proc/self/environ` would have leastpriv read a file outside the repository and show its lines in a syntax error's code frame, in CI logs or in PR annotations. And a link out of the repository is not what a GitOps tool applies (Argo CD refuses out-of-bounds symlinks since GHSA-6gcg-hp2x-q54h, a symlink-following leak of exactly this kind). So no byte from outside the root is read, and the link fails the run: it may stand for an object nobody audited.",
      example: "# clusters/prod/agent.yaml -> /home/runner/work/secrets/agent.yaml",
      useInstead: "# a copy of the manifest in the repository, or a kustomize resource that names it",
      references: ["https://github.com/advisories/GHSA-6gcg-hp2x-q54h", "https://github.com/advisories/GHSA-q4w5-4gq2-98vm"]
    }
  }
};

// rules/render-failed.ts
var render_failed_default = {
  meta: {
    code: "LP020",
    name: "render-failed",
    severity: "error",
    category: "input",
    description: "A kustomization (or Flux Kustomization) could not be rendered: its files were audited as written, not as applied.",
    securitySeverity: 1,
    tags: ["input", "kustomize"],
    messages: { failed: "kustomize could not render {root}: {detail}; its files were audited as written, not as the cluster gets them" },
    docs: {
      whatItDoes: "leastpriv renders every kustomization root (a kustomization no other kustomization includes) and every Flux Kustomization whose source is the repository with real kustomize, and audits the objects as they are applied. When kustomize fails (a remote base that cannot be fetched offline, a missing file, a patch that matches nothing), this finding carries kustomize's message at the root's kustomization file (on the resources, bases or components entry the message names, when it names one), and the files of that root are audited one by one as written.",
      whyItMatters: "Files of a kustomization are not what the cluster receives: overlays set namespaces and names, patches add privileges. Audited as written, an overlay's `privileged: true` patch is missed and a base without a namespace looks like it lives in `default`. The run cannot vouch for what it could not render.",
      example: `# overlays/prod/kustomization.yaml
resources:
- https://github.com/example/base?ref=v1   # fetched by kustomize: fails offline`,
      useInstead: `# vendor the base into the repository, or render in CI where it can be fetched;
# or audit the files as written on purpose: leastpriv audit --no-render`,
      references: ["https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/", "https://fluxcd.io/flux/components/kustomize/kustomizations/"]
    }
  }
};

// rules/render-not-modelled.ts
var render_not_modelled_default = {
  meta: {
    code: "LP022",
    name: "render-not-modelled",
    severity: "note",
    category: "input",
    description: "Part of how a Flux Kustomization is applied is not modelled: post-build values from the cluster, decryption, or a source other than this repository.",
    securitySeverity: 0.5,
    tags: ["input", "kustomize", "flux"],
    messages: { notModelled: "{root}: {detail}" },
    docs: {
      whatItDoes: "Says, for each Flux Kustomization, what leastpriv does not reproduce when it renders it: the values of `spec.postBuild.substituteFrom` (ConfigMaps and Secrets in the cluster: a `${CLUSTER_DOMAIN}` only they define is audited as written; `spec.postBuild.substitute` is applied), `spec.decryption` (SOPS-encrypted Secrets stay encrypted), the `spec.patchesStrategicMerge` and `spec.patchesJson6902` of a v1beta2 Flux Kustomization (the v1 API of Flux 2.0 no longer has them; older Flux versions applied them), and sources other than this repository (another GitRepository, an OCIRepository, a Bucket: not rendered at all).",
      whyItMatters: "A clean report covers what was audited. Naming what was not lets a reviewer judge what the audit could have missed, instead of trusting a result for objects it never saw as applied.",
      example: `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
spec:
  path: ./apps/web
  sourceRef: {kind: GitRepository, name: flux-system}
  postBuild:
    substituteFrom:               # values in the cluster: not read by leastpriv
    - {kind: ConfigMap, name: cluster-settings}`,
      useInstead: `# nothing to change: the note documents the audit's limits.
# Suppress it for a Kustomization with a reason if it is known and accepted:
#   ignore.leastpriv.dev/render-not-modelled: "cluster-settings only sets domains"`,
      references: ["https://fluxcd.io/flux/components/kustomize/kustomizations/#post-build-variable-substitution"]
    }
  }
};

// src/rbac/resources.ts
var R2 = (resource, group, namespaced, singular, ...short2) => ({ resource, group, namespaced, singular, ...short2.length ? { short: short2 } : {} }), BUILTIN_RESOURCES = [
  R2("bindings", "", !0, "binding"),
  R2("componentstatuses", "", !1, "componentstatus", "cs"),
  R2("configmaps", "", !0, "configmap", "cm"),
  R2("endpoints", "", !0, "endpoints", "ep"),
  R2("events", "", !0, "event", "ev"),
  R2("limitranges", "", !0, "limitrange", "limits"),
  R2("namespaces", "", !1, "namespace", "ns"),
  R2("nodes", "", !1, "node", "no"),
  R2("persistentvolumeclaims", "", !0, "persistentvolumeclaim", "pvc"),
  R2("persistentvolumes", "", !1, "persistentvolume", "pv"),
  R2("pods", "", !0, "pod", "po"),
  R2("podtemplates", "", !0, "podtemplate"),
  R2("replicationcontrollers", "", !0, "replicationcontroller", "rc"),
  R2("resourcequotas", "", !0, "resourcequota", "quota"),
  R2("secrets", "", !0, "secret"),
  R2("serviceaccounts", "", !0, "serviceaccount", "sa"),
  R2("services", "", !0, "service", "svc"),
  R2("mutatingwebhookconfigurations", "admissionregistration.k8s.io", !1, "mutatingwebhookconfiguration"),
  R2("validatingwebhookconfigurations", "admissionregistration.k8s.io", !1, "validatingwebhookconfiguration"),
  R2("validatingadmissionpolicies", "admissionregistration.k8s.io", !1, "validatingadmissionpolicy"),
  R2("validatingadmissionpolicybindings", "admissionregistration.k8s.io", !1, "validatingadmissionpolicybinding"),
  R2("customresourcedefinitions", "apiextensions.k8s.io", !1, "customresourcedefinition", "crd", "crds"),
  R2("apiservices", "apiregistration.k8s.io", !1, "apiservice"),
  R2("controllerrevisions", "apps", !0, "controllerrevision"),
  R2("daemonsets", "apps", !0, "daemonset", "ds"),
  R2("deployments", "apps", !0, "deployment", "deploy"),
  R2("replicasets", "apps", !0, "replicaset", "rs"),
  R2("statefulsets", "apps", !0, "statefulset", "sts"),
  R2("selfsubjectreviews", "authentication.k8s.io", !1, "selfsubjectreview"),
  R2("tokenreviews", "authentication.k8s.io", !1, "tokenreview"),
  R2("localsubjectaccessreviews", "authorization.k8s.io", !0, "localsubjectaccessreview"),
  R2("selfsubjectaccessreviews", "authorization.k8s.io", !1, "selfsubjectaccessreview"),
  R2("selfsubjectrulesreviews", "authorization.k8s.io", !1, "selfsubjectrulesreview"),
  R2("subjectaccessreviews", "authorization.k8s.io", !1, "subjectaccessreview"),
  R2("horizontalpodautoscalers", "autoscaling", !0, "horizontalpodautoscaler", "hpa"),
  R2("cronjobs", "batch", !0, "cronjob", "cj"),
  R2("jobs", "batch", !0, "job"),
  R2("certificatesigningrequests", "certificates.k8s.io", !1, "certificatesigningrequest", "csr"),
  R2("leases", "coordination.k8s.io", !0, "lease"),
  R2("endpointslices", "discovery.k8s.io", !0, "endpointslice"),
  R2("flowschemas", "flowcontrol.apiserver.k8s.io", !1, "flowschema"),
  R2("prioritylevelconfigurations", "flowcontrol.apiserver.k8s.io", !1, "prioritylevelconfiguration"),
  R2("ingressclasses", "networking.k8s.io", !1, "ingressclass"),
  R2("ingresses", "networking.k8s.io", !0, "ingress", "ing"),
  R2("networkpolicies", "networking.k8s.io", !0, "networkpolicy", "netpol"),
  R2("runtimeclasses", "node.k8s.io", !1, "runtimeclass"),
  R2("poddisruptionbudgets", "policy", !0, "poddisruptionbudget", "pdb"),
  R2("clusterrolebindings", "rbac.authorization.k8s.io", !1, "clusterrolebinding"),
  R2("clusterroles", "rbac.authorization.k8s.io", !1, "clusterrole"),
  R2("rolebindings", "rbac.authorization.k8s.io", !0, "rolebinding"),
  R2("roles", "rbac.authorization.k8s.io", !0, "role"),
  R2("priorityclasses", "scheduling.k8s.io", !1, "priorityclass", "pc"),
  R2("csidrivers", "storage.k8s.io", !1, "csidriver"),
  R2("csinodes", "storage.k8s.io", !1, "csinode"),
  R2("csistoragecapacities", "storage.k8s.io", !0, "csistoragecapacity"),
  R2("storageclasses", "storage.k8s.io", !1, "storageclass", "sc"),
  R2("volumeattachments", "storage.k8s.io", !1, "volumeattachment")
];

// rules/duplicate-object.ts
var CLUSTER_SCOPED = new Set(BUILTIN_RESOURCES.filter((r2) => !r2.namespaced).map((r2) => `${r2.group}/${r2.singular}`)), groupOf2 = (apiVersion) => apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "", clusterScoped = (o) => CLUSTER_SCOPED.has(`${groupOf2(o.apiVersion)}/${o.kind.toLowerCase()}`);
function identity(o, rendered) {
  let meta = o.value.metadata, name = meta && typeof meta == "object" ? meta.name : void 0;
  if (typeof name != "string" || !name || !o.kind) return;
  let ns = clusterScoped(o) ? "" : rendered && !o.namespace ? "default" : o.namespace ?? "";
  return JSON.stringify([groupOf2(o.apiVersion), o.kind, ns, name]);
}
var duplicate_object_default = {
  meta: {
    code: "LP021",
    name: "duplicate-object",
    severity: "warning",
    category: "input",
    description: "Two objects applied together have the same kind, namespace and name: the later replaces the earlier.",
    securitySeverity: 3,
    tags: ["input", "kustomize", "correctness"],
    messages: {
      duplicate: "{object} is defined twice in {scope}: first at {first}{versions}. Applied together, this definition replaces that one (the API server keeps one object per kind, namespace and name), so what was reviewed there is not what runs."
    },
    docs: {
      whatItDoes: "Within one set of objects applied together \u2014 the documents of one file audited as written, or the objects of one rendered kustomization or Flux Kustomization \u2014 flags an object with the same API group, kind, namespace and name as an earlier one, at the later one, naming the earlier. The API version does not count: `rbac.authorization.k8s.io/v1` and `v1beta1` Roles of one name are one Role (kustomize lets these two through, as its ids include the version; any other duplicate in a root makes kustomize fail, which is reported as render-failed). Namespaces as the API server sees them: ignored for cluster-scoped kinds; in a rendered root an object without a namespace is in `default`, as kustomize takes it; in a file, no namespace and `default` are kept apart, since `kubectl apply -n` decides. Files are not compared with each other.",
      whyItMatters: "`kubectl apply -f` applies both, in order: the second overwrites the first (client-side apply even removes the fields only the first sets). A reviewer reading the first definition \u2014 a Role with narrow rules, a Deployment with a hardened securityContext \u2014 is not reading what runs. Duplicates usually come from copy and paste or from merging two manifests.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- { apiGroups: [""], resources: [configmaps], verbs: [get] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- { apiGroups: [""], resources: [secrets], verbs: [get, list] }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- { apiGroups: [""], resources: [configmaps], verbs: [get] }`,
      references: ["https://kubernetes.io/docs/concepts/overview/working-with-objects/names/", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/resource/"],
      notes: "Objects with `generateName` and no name are never duplicates (each apply creates a new one). Invalid objects (rejected by the API server, LP002) are left out."
    }
  },
  checkGroup(objects, scope, ctx) {
    let first = /* @__PURE__ */ new Map();
    for (let o of objects) {
      let id = identity(o, scope.rendered);
      if (id === void 0) continue;
      let earlier = first.get(id);
      if (!earlier) {
        first.set(id, o);
        continue;
      }
      let ns = o.namespace && !clusterScoped(o) ? `${o.namespace}/` : "";
      ctx.report({
        object: o,
        path: ["metadata", "name"],
        messageId: "duplicate",
        data: {
          object: `${o.kind} ${ns}${o.name}`,
          scope: scope.rendered ? `the rendered ${scope.name}` : scope.name,
          first: ctx.where(earlier, ["metadata", "name"]),
          versions: earlier.apiVersion !== o.apiVersion ? ` (as ${earlier.apiVersion}; here ${o.apiVersion}: one object in two versions)` : ""
        }
      });
    }
  }
};

// src/rbac/match.ts
var STREAMING_SUBRESOURCES = ["exec", "attach", "portforward"];
function streamOpeningVerbs(kubeVersion) {
  return (parseVersion(kubeVersion) ?? LATEST).minor >= 35 ? ["create"] : ["create", "get"];
}
var isNonResource = (r2) => "nonResourceURL" in r2;
function verbMatches(rule, verb) {
  return (rule.verbs ?? []).some((v) => v === "*" || v === verb);
}
function apiGroupMatches(rule, group) {
  return (rule.apiGroups ?? []).some((g) => g === "*" || g === group);
}
function resourceMatches(rule, resource, subresource = "") {
  let combined = subresource ? `${resource}/${subresource}` : resource;
  return (rule.resources ?? []).some(
    (r2) => r2 === "*" || r2 === combined || subresource !== "" && r2.length === subresource.length + 2 && r2.startsWith("*/") && r2.endsWith(subresource)
  );
}
function resourceNameMatches(rule, name) {
  let names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(name);
}
function trimTrailingStars(u) {
  let e = u.length;
  for (; e > 0 && u.charCodeAt(e - 1) === 42; ) e--;
  return u.slice(0, e);
}
function nonResourceURLMatches(rule, url) {
  return (rule.nonResourceURLs ?? []).some((u) => u === "*" || u === url || u.endsWith("*") && url.startsWith(trimTrailingStars(u)));
}
function effectiveName(r2) {
  return r2.verb === "create" && !r2.subresource || r2.verb === "deletecollection" ? "" : r2.name ?? "";
}
function ruleAllows(rule, req) {
  return verbMatches(rule, req.verb) ? isNonResource(req) ? nonResourceURLMatches(rule, req.nonResourceURL) : apiGroupMatches(rule, req.apiGroup) && resourceMatches(rule, req.resource, req.subresource ?? "") && resourceNameMatches(rule, effectiveName(req)) : !1;
}
function grantsVerbOn(rule, verb, group, resource, subresource = "") {
  return verbMatches(rule, verb) && apiGroupMatches(rule, group) && resourceMatches(rule, resource, subresource);
}

// src/rbac/objects.ts
var RBAC_GROUP = "rbac.authorization.k8s.io";
function isRbac(obj, kind) {
  return obj.kind === kind && obj.apiVersion.startsWith(`${RBAC_GROUP}/`);
}
function isRole(obj) {
  return isRbac(obj, "Role") || isRbac(obj, "ClusterRole");
}
function isBinding(obj) {
  return isRbac(obj, "RoleBinding") || isRbac(obj, "ClusterRoleBinding");
}
var isRecord2 = (v) => !!v && typeof v == "object" && !Array.isArray(v);
function roleRules(obj) {
  if (!isRole(obj)) return;
  let rules = obj.value.rules;
  return Array.isArray(rules) ? rules.map((r2) => isRecord2(r2) ? r2 : { verbs: [] }) : [];
}
function aggregationRule(obj) {
  let a = obj.value.aggregationRule;
  return isRbac(obj, "ClusterRole") && isRecord2(a) ? a : void 0;
}
function roleRefOf(obj) {
  let r2 = obj.value.roleRef;
  return isRecord2(r2) && typeof r2.name == "string" && typeof r2.kind == "string" ? r2 : void 0;
}
function subjectsOf(obj) {
  let s = obj.value.subjects;
  if (!Array.isArray(s)) return [];
  let out = [];
  return s.forEach((v, index) => {
    isRecord2(v) && out.push({ subject: v, index });
  }), out;
}
function roleLabel(obj) {
  return obj.kind === "ClusterRole" || !obj.namespace ? `${obj.kind} ${obj.name}` : `${obj.kind} ${obj.namespace}/${obj.name}`;
}
function labelsOf(obj) {
  let m = obj.value.metadata, l = isRecord2(m) ? m.labels : void 0;
  return isRecord2(l) ? Object.fromEntries(Object.entries(l).map(([k, v]) => [k, String(v)])) : {};
}
var nonEmpty = (v) => Array.isArray(v) && v.length > 0;
function policyRuleProblems(obj) {
  if (!isRole(obj) || !Array.isArray(obj.value.rules)) return [];
  let out = [];
  return obj.value.rules.forEach((r2, index) => {
    if (isRecord2(r2)) {
      if (nonEmpty(r2.verbs) || out.push({ index, field: "verbs", problem: "has no verbs" }), nonEmpty(r2.nonResourceURLs)) {
        obj.kind === "Role" && out.push({ index, field: "nonResourceURLs", problem: "lists nonResourceURLs, which only a ClusterRole can grant" }), (nonEmpty(r2.apiGroups) || nonEmpty(r2.resources) || nonEmpty(r2.resourceNames)) && out.push({ index, field: "nonResourceURLs", problem: "lists nonResourceURLs together with apiGroups, resources or resourceNames (a rule is one or the other)" });
        return;
      }
      nonEmpty(r2.apiGroups) || out.push({ index, field: "apiGroups", problem: 'has no apiGroups (the core group is `""`)' }), nonEmpty(r2.resources) || out.push({ index, field: "resources", problem: "has no resources" });
    }
  }), out;
}

// src/fix/offers.ts
var STREAMING = /^(pods|\*)\/(exec|attach|portforward)$/;
function missingVerbOffer(rule, index, missing, sub, object) {
  let on = object ? { object } : {}, toVerbs = { description: `Add \`${missing}\` to the verbs of rules[${index}]`, edits: [{ ...on, path: ["rules", index, "verbs"], append: missing }] }, resources = rule.resources ?? [];
  if (resources.length && resources.every((r2) => STREAMING.test(r2))) return { fix: toVerbs };
  let names = rule.resourceNames?.length ? { resourceNames: [...rule.resourceNames] } : {};
  return { fix: {
    description: `Add a rule granting \`${missing}\` on pods/${sub}`,
    edits: [{ ...on, path: ["rules"], append: { apiGroups: [""], resources: [`pods/${sub}`], ...names, verbs: [missing] } }]
  }, suggestions: [toVerbs] };
}
var STANDARD_VERBS = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"];
function wildcardNarrowing(rule, index, namespaced, table) {
  let out = [], verbs = rule.verbs ?? [], groups = rule.apiGroups ?? [], resources = rule.resources ?? [];
  if (rule.nonResourceURLs?.length) return out;
  if (verbs.includes("*")) {
    let kept2 = verbs.filter((v) => v !== "*"), list = [...kept2, ...STANDARD_VERBS.filter((v) => !kept2.includes(v))];
    out.push({
      description: `Replace \`*\` in the verbs of rules[${index}] with the standard verbs (${STANDARD_VERBS.join(", ")}): no escalate, bind, impersonate or verbs added later; then keep only those the workload uses`,
      edits: [{ path: ["rules", index, "verbs"], set: list, comment: "TODO: keep only the verbs the workload uses" }]
    });
  }
  if (resources.includes("*") && groups.length && !groups.includes("*")) {
    let known = new Set(table.resources.map((r2) => r2.group));
    if (groups.every((g) => known.has(g))) {
      let kept2 = resources.filter((r2) => r2 !== "*"), builtin = table.resources.filter((r2) => groups.includes(r2.group) && (!namespaced || r2.namespaced)).map((r2) => r2.resource), list = [...kept2, ...[...new Set(builtin)].sort().filter((r2) => !kept2.includes(r2))], named = groups.map((g) => g === "" ? "the core group" : g).join(", ");
      list.length && out.push({
        description: `Replace \`*\` in the resources of rules[${index}] with the built-in resources of ${named} (Kubernetes ${table.version}${namespaced ? ", namespaced ones" : ""}): no custom or later resource types, and no subresources (add pods/exec, pods/log\u2026 if the workload uses them); then keep only those it uses`,
        edits: [{ path: ["rules", index, "resources"], set: list, comment: "TODO: keep only the resources the workload uses" }]
      });
    }
  }
  if (groups.includes("*") && resources.length && !resources.some((r2) => r2 === "*" || r2.startsWith("*/"))) {
    let groupsOf = resources.map((r2) => table.resources.filter((b) => b.resource === r2.split("/")[0]).map((b) => b.group));
    if (groupsOf.every((g) => g.length > 0)) {
      let kept2 = groups.filter((g) => g !== "*"), list = [...kept2, ...[...new Set(groupsOf.flat())].filter((g) => !kept2.includes(g))];
      out.push({
        description: `Replace \`*\` in the apiGroups of rules[${index}] with the groups of the resources it names (${list.map((g) => g === "" ? '""' : g).join(", ")})`,
        edits: [{ path: ["rules", index, "apiGroups"], set: list }]
      });
    }
  }
  return out;
}

// rules/exec-subresource-verb-mismatch.ts
var exec_subresource_verb_mismatch_default = {
  meta: {
    code: "LP101",
    name: "exec-subresource-verb-mismatch",
    severity: "error",
    category: "rbac",
    description: "A role grants only one of `create` and `get` on pods/exec, pods/attach or pods/portforward.",
    securitySeverity: 5,
    tags: ["rbac", "reliability", "exec"],
    messages: {
      missingGet: "{role} grants `create` on pods/{sub} ({where}) but not `get`: WebSocket {sub} (kubectl \u2265 1.30, the JavaScript and Python clients) is authorized as `get`, so the API server answers 403 and clients report a failed connection. Add `get` to the verbs.",
      missingCreate: "{role} grants `get` on pods/{sub} ({where}) but not `create`: SPDY {sub} (POST) is authorized as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs `create` too (feature gate AuthorizePodWebsocketUpgradeCreatePermission). Add `create` to the verbs.",
      wildcardOnly: "{role} grants `{has}` but not `{missing}` on {subs} only through the resource wildcard `*` ({where}). Nothing to do if the role is not meant to exec, attach or port-forward; if it is, grant `create` and `get` on the subresource by name, or exec breaks for clients that need `{missing}`."
    },
    carriesCauseOf: {
      codes: ["LP102"],
      why: "The role is where the gap is written and fixed, so this finding carries it: the `effective-exec-verb-mismatch` (LP102) findings on the bindings of this role, for the same subresource and missing verb, are folded into it as related locations (SARIF `relatedLocations`, JSON `related`). LP102 still reports gaps no single role explains (or every gap when this rule is off)."
    },
    docs: {
      whatItDoes: 'Flags a Role or ClusterRole that grants `create` without `get`, or `get` without `create`, on one of the streaming pod subresources: `pods/exec`, `pods/attach`, `pods/portforward`. Grants through wildcards count: resources `*` or `*/exec`, verbs `*` (which counts as both verbs), apiGroups `*`. The rules of one role are taken together, per set of resourceNames. When a role reaches these subresources only through `resources: ["*"]` (a read-everything viewer, a cleanup controller), the mismatch is reported once, as a note: such roles are rarely meant to exec, and an error on every viewer role would bury the real ones.',
      whyItMatters: "The API server turns the HTTP method of a streaming request into the RBAC verb: a SPDY request is a POST and needs `create`; a WebSocket handshake is a GET and needs `get`. kubectl uses WebSocket from 1.30 and the JavaScript and Python clients always did, so a role with only `create` breaks them with a 403 that many clients hide (the JavaScript client reports `WebSocket connection failed` with an empty error). From Kubernetes 1.35 the WebSocket upgrade also needs `create` (feature gate `AuthorizePodWebsocketUpgradeCreatePermission`), so a role with only `get` breaks there. Granting both is the only grant that works with every client on every version.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: mcp-homelab
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]        # WebSocket exec is refused with 403`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: mcp-homelab
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create", "get"]`,
      references: [
        "https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go",
        "https://github.com/kubernetes/kubernetes/issues/78741",
        "https://github.com/kubernetes/enhancements/tree/master/keps/sig-api-machinery/4006-transition-spdy-to-websockets",
        "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#AuthorizePodWebsocketUpgradeCreatePermission",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
      ]
    }
  },
  checkObject(obj, ctx) {
    let rules = roleRules(obj);
    if (!rules) return;
    let wildcard = /* @__PURE__ */ new Map();
    for (let sub of STREAMING_SUBRESOURCES) {
      let groups = /* @__PURE__ */ new Map();
      rules.forEach((rule, i) => {
        let key = rule.resourceNames?.length ? [...rule.resourceNames].sort().join(",") : "*", g = groups.get(key) ?? { named: !1 }, create = grantsVerbOn(rule, "create", "", "pods", sub), get3 = grantsVerbOn(rule, "get", "", "pods", sub);
        create && (g.create ??= i), get3 && (g.get ??= i), (create || get3) && namesSubresource(rule, sub) && (g.named = !0), groups.set(key, g);
      });
      for (let g of groups.values()) {
        let only = g.create !== void 0 && g.get === void 0 ? g.create : g.get !== void 0 && g.create === void 0 ? g.get : void 0;
        if (only === void 0) continue;
        let missing = g.get === void 0 ? "get" : "create";
        if (!g.named) {
          let k = `${missing}:${only}`, w = wildcard.get(k) ?? { has: missing === "get" ? "create" : "get", missing, rule: only, subs: [] };
          w.subs.push(`pods/${sub}`), wildcard.set(k, w);
          continue;
        }
        ctx.report({
          object: obj,
          path: ["rules", only, "verbs"],
          messageId: missing === "get" ? "missingGet" : "missingCreate",
          data: { role: roleLabel(obj), sub, where: `rules[${only}]` },
          ...missingVerbOffer(rules[only], only, missing, sub),
          cause: `exec:${objectKey(obj)}:${sub}:${missing}`
        });
      }
    }
    for (let w of wildcard.values())
      ctx.report({
        object: obj,
        path: ["rules", w.rule, "verbs"],
        messageId: "wildcardOnly",
        severity: "note",
        data: { role: roleLabel(obj), has: w.has, missing: w.missing, subs: w.subs.join(", "), where: `rules[${w.rule}]` }
      });
  }
};
function namesSubresource(rule, sub) {
  return (rule.resources ?? []).some((r2) => r2 === `pods/${sub}` || r2 === `*/${sub}`);
}

// src/model/names.ts
var DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
var isDns1123Label = (s) => s.length <= 63 && DNS1123_LABEL.test(s);
var isDns1123Subdomain = (s) => s.length > 0 && s.length <= 253 && s.split(".").every((l) => l.length > 0 && DNS1123_LABEL.test(l)), isPathSegmentName = (s) => s.length > 0 && s !== "." && s !== ".." && !s.includes("/") && !s.includes("%");

// src/rbac/subjects.ts
var SA_PREFIX = "system:serviceaccount:", ALL_AUTHENTICATED = "system:authenticated", ALL_UNAUTHENTICATED = "system:unauthenticated", ANONYMOUS = "system:anonymous", ALL_SERVICE_ACCOUNTS = "system:serviceaccounts";
function principalKey(p) {
  return p.kind === "ServiceAccount" ? `User\0${SA_PREFIX}${p.namespace}:${p.name}` : `${p.kind}\0${p.name}`;
}
function principalLabel(p) {
  return p.kind === "ServiceAccount" ? `ServiceAccount ${p.namespace}/${p.name}` : `${p.kind} ${p.name}`;
}
function serviceAccountUsernameProblem(user) {
  if (!user.startsWith(SA_PREFIX)) return;
  let parts = user.slice(SA_PREFIX.length).split(":");
  if (parts.length !== 2) return `it has ${parts.length} part(s) after "${SA_PREFIX}", not NAMESPACE:NAME`;
  let [ns, name] = parts;
  if (!isDns1123Label(ns)) return `namespace ${JSON.stringify(ns)} is not a valid DNS-1123 label`;
  if (!isDns1123Subdomain(name)) return `service account name ${JSON.stringify(name)} is not a valid DNS-1123 subdomain`;
}
function splitServiceAccountUsername(user) {
  if (!user.startsWith(SA_PREFIX) || serviceAccountUsernameProblem(user)) return;
  let [namespace, name] = user.slice(SA_PREFIX.length).split(":");
  return { namespace, name };
}
function serviceAccountGroups(namespace) {
  return [ALL_SERVICE_ACCOUNTS, `${ALL_SERVICE_ACCOUNTS}:${namespace}`];
}
function impersonatedUser(name, groups = []) {
  if (groups.length) return { name, groups: [...groups] };
  let sa = splitServiceAccountUsername(name), out = sa ? serviceAccountGroups(sa.namespace) : [];
  return name !== ANONYMOUS && !out.includes(ALL_AUTHENTICATED) && !out.includes(ALL_UNAUTHENTICATED) && out.push(ALL_AUTHENTICATED), { name, groups: out };
}
function userOf(p) {
  if (p.kind === "ServiceAccount") return impersonatedUser(`${SA_PREFIX}${p.namespace}:${p.name}`);
  if (p.kind === "User") return impersonatedUser(p.name);
}
function userKeys(u) {
  return [`User\0${u.name}`, ...u.groups.map((g) => `Group\0${g}`)];
}
var hasSubstitution = (v) => /\$\{[A-Za-z_][A-Za-z0-9_]*/.test(v);
function resolveSubject(s, bindingNamespace) {
  let name = typeof s.name == "string" ? s.name : "";
  if (!name) return { problem: { problem: "has no name", field: "name" } };
  switch (s.kind) {
    case "User":
    case "Group":
      return s.apiGroup && s.apiGroup !== RBAC_GROUP ? { problem: { problem: `has apiGroup "${s.apiGroup}" (${s.kind} subjects need "${RBAC_GROUP}")`, field: "apiGroup" } } : { principal: { kind: s.kind, name } };
    case "ServiceAccount": {
      if (s.apiGroup) return { problem: { problem: `has apiGroup "${s.apiGroup}" (ServiceAccount subjects take apiGroup "")`, field: "apiGroup" } };
      if (!hasSubstitution(name) && !isDns1123Subdomain(name)) return { problem: { problem: `has name "${name}", which is no service account name (lowercase letters, digits, '-' and '.'${name.startsWith(SA_PREFIX) ? "; a ServiceAccount subject takes the name and the namespace apart, or use kind User for the full user name" : ""})`, field: "name" } };
      let ns = s.namespace || bindingNamespace;
      return ns ? { principal: { kind: "ServiceAccount", namespace: ns, name } } : { problem: { problem: "has no namespace; in a ClusterRoleBinding it matches no service account", field: "namespace" } };
    }
    default:
      return { problem: { problem: `has kind "${String(s.kind)}" (User, Group or ServiceAccount)`, field: "kind" } };
  }
}

// src/rbac/effective.ts
function ordered(graph) {
  let rank2 = (p) => p.kind === "Group" ? 1 : 0;
  return graph.principals().sort((a, b) => rank2(a) - rank2(b) || (principalKey(a) < principalKey(b) ? -1 : 1));
}
var SCOPES = /* @__PURE__ */ new WeakMap();
function subjectScopes(graph) {
  let scopes = SCOPES.get(graph);
  if (scopes) return scopes;
  let out = [];
  for (let principal of ordered(graph)) {
    let user = userOf(principal) ?? { name: "", groups: [principal.name] }, cluster = graph.rulesFor(user, "");
    cluster.length && out.push({ principal, user, namespace: "", grants: cluster });
    for (let ns of graph.namespacesOf(user)) out.push({ principal, user, namespace: ns, grants: graph.rulesFor(user, ns) });
  }
  return SCOPES.set(graph, scopes = out), scopes;
}
function coveredByVerb(grants, g, verb, group, resource, sub) {
  let names = g.rule.rule.resourceNames ?? [];
  return names.length === 0 ? grants.some((o) => grantsVerbOn(o.rule.rule, verb, group, resource, sub) && !(o.rule.rule.resourceNames ?? []).length) : names.every((name) => grants.some((o) => ruleAllows(o.rule.rule, { verb, apiGroup: group, resource, subresource: sub, name })));
}
function ruleCoveredBy(rule, others) {
  if (!others.length) return !1;
  let verbs = rule.verbs ?? [];
  if ((rule.nonResourceURLs ?? []).length)
    return (rule.nonResourceURLs ?? []).every((url) => verbs.every((verb) => others.some((o) => verbMatches(o.rule.rule, verb) && (o.rule.rule.nonResourceURLs ?? []).some((u) => u === "*" || u === url || u.endsWith("*") && url.startsWith(trimTrailingStars(u))))));
  let names = (rule.resourceNames ?? []).length ? rule.resourceNames ?? [] : [void 0];
  for (let group of rule.apiGroups ?? [])
    for (let res of rule.resources ?? []) {
      let slash = res.indexOf("/"), resource = slash === -1 ? res : res.slice(0, slash), sub = slash === -1 ? "" : res.slice(slash + 1);
      for (let verb of verbs)
        for (let name of names)
          if (!others.some((o) => {
            let r2 = o.rule.rule;
            return !verbMatches(r2, verb) || !apiGroupMatches(r2, group) || !(r2.resources ?? []).some((x) => x === "*" || x === res || sub !== "" && x === `*/${sub}`) || resource === "*" && !(r2.resources ?? []).includes("*") ? !1 : name === void 0 ? !(r2.resourceNames ?? []).length : resourceNameMatches(r2, name);
          })) return !1;
    }
  return !0;
}

// rules/effective-exec-verb-mismatch.ts
var namesSubresource2 = (resources, sub) => resources.some((r2) => r2 === `pods/${sub}` || r2 === `*/${sub}`), effective_exec_verb_mismatch_default = {
  meta: {
    code: "LP102",
    name: "effective-exec-verb-mismatch",
    severity: "error",
    category: "rbac",
    description: "A subject can `create` but not `get` (or the reverse) pods/exec, pods/attach or pods/portforward in a namespace, across all its bindings.",
    securitySeverity: 5,
    tags: ["rbac", "reliability", "exec", "effective"],
    messages: {
      mismatch: "{subject} can `{has}` but not `{missing}` pods/{sub} {scope}, through this binding ({role}, which grants `{has}` at {roleWhere}){also}. {why} Grant `{missing}` on pods/{sub} next to `{has}` in {fixRole}."
    },
    yieldsTo: {
      codes: ["LP101"],
      why: "When the role that grants the one verb is in the manifests and `exec-subresource-verb-mismatch` (LP101) reports it for the same subresource and missing verb, that role finding carries the root cause and this binding finding is folded into it as a related location. Reported on its own when no single role explains the gap (the verbs come from different roles, or from a built-in role), or when LP101 is off."
    },
    docs: {
      whatItDoes: "For every subject (user, group, service account) and every namespace where bindings reach it, takes the union of all the rules that apply \u2014 the subject's own bindings and those of its groups (`system:serviceaccounts`, `system:serviceaccounts:<ns>`, `system:authenticated`) \u2014 and flags a subject that ends up with `create` but not `get`, or `get` but not `create`, on `pods/exec`, `pods/attach` or `pods/portforward`. One finding lands on each binding that contributes the verb it has, naming the subject, the namespace, the missing verb and the roles (with file:line) that grant the other verb. ClusterRoleBindings count in every namespace.",
      whyItMatters: "What a client can do depends on every binding together, not one role: a role with only `create` is harmless when another bound role adds `get`, and two roles that each look complete cannot help a subject that is bound to only one of them. WebSocket exec/attach/portforward (kubectl 1.30+, the JavaScript and Python clients) is authorized as `get`, SPDY as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs both, so a subject holding only one of them sees 403s that clients often hide (the incident: `WebSocket connection failed (empty error)`).",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: mcp-homelab, namespace: pihole }
subjects:
- kind: ServiceAccount      # can create but not get pods/exec in pihole
  name: mcp-homelab
  namespace: mcp-homelab
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: mcp-homelab }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: mcp-homelab }
rules:
- apiGroups: [""]
  resources: ["pods/exec"]
  verbs: ["create"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: mcp-homelab }
rules:
- apiGroups: [""]
  resources: ["pods/exec"]
  verbs: ["create", "get"]`,
      references: [
        "https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/rbac/validation/rule.go",
        "https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go",
        "https://github.com/kubernetes/kubernetes/issues/78741",
        "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#AuthorizePodWebsocketUpgradeCreatePermission",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects"
      ],
      notes: "Name-restricted grants (`resourceNames`) count for the names they list. A verb that reaches the subresource only through resources `*` is not counted as an exec grant (read-everything roles such as the Argo CD server role have that shape; `wildcard-grant` reports them). LP101 (`exec-subresource-verb-mismatch`) checks each role on its own; this rule checks what bindings add up to, so a role with one verb can be reported by LP101 and its bindings by this rule. Suppress on the binding."
    }
  },
  checkModel(ctx) {
    let graph = ctx.model.rbac, reported = /* @__PURE__ */ new Map();
    for (let scope of subjectScopes(graph))
      for (let sub of STREAMING_SUBRESOURCES.filter((s) => scope.grants.some((g) => namesSubresource2(g.rule.rule.resources ?? [], s))))
        for (let [has, missing] of [["create", "get"], ["get", "create"]]) {
          let givers = scope.grants.filter((g) => namesSubresource2(g.rule.rule.resources ?? [], sub) && grantsVerbOn(g.rule.rule, has, "", "pods", sub) && !coveredByVerb(scope.grants, g, missing, "", "pods", sub)), giverLabels = [...new Set(givers.map((g) => `${roleLabel(g.rule.source)} (${g.rule.source.object ? ctx.where(g.rule.source.object, ["rules", g.rule.index]) : "built-in"})`))];
          for (let g of givers) {
            let key = `${g.binding.object.render?.root ?? ""}\0${g.binding.object.file.path}\0${g.binding.object.documentIndex}\0${g.binding.object.rootPath.join(".")}\0${g.subjectIndex}\0${sub}\0${missing}`, scopeText = scope.namespace || "*", prev = reported.get(key);
            if (prev) {
              prev.scopes.includes(scopeText) || prev.scopes.push(scopeText);
              continue;
            }
            let src = g.rule.source, roleWhere = src.object ? ctx.where(src.object, ["rules", g.rule.index]) : "built-in";
            reported.set(key, {
              grant: g,
              scopes: [scopeText],
              data: {
                subject: principalLabel(scope.principal),
                has,
                missing,
                sub,
                role: roleLabel(g.role),
                roleWhere: src !== g.role ? `${roleLabel(src)} ${roleWhere}` : roleWhere,
                fixRole: roleLabel(src),
                also: (() => {
                  let own = `${roleLabel(src)} (${roleWhere})`, others = giverLabels.filter((l) => l !== own);
                  return others.length ? `; \`${has}\` also comes from ${others.join(", ")}` : "";
                })(),
                why: missing === "get" ? "WebSocket clients (kubectl \u2265 1.30, the JavaScript and Python clients) are authorized as `get` and get 403." : "SPDY clients are authorized as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs `create` too."
              }
            });
          }
        }
    for (let r2 of reported.values()) {
      let named = r2.scopes.filter((s) => s !== "*"), scope = r2.scopes.includes("*") ? "cluster-wide (through a ClusterRoleBinding)" : named.length === 1 ? `in namespace ${named[0]}` : `in namespaces ${named.join(", ")}`, src = r2.grant.rule.source, offer = src.object ? missingVerbOffer(r2.grant.rule.rule, r2.grant.rule.index, r2.data.missing, r2.data.sub, src.object) : {};
      ctx.report({
        object: r2.grant.binding.object,
        path: ["subjects", r2.grant.subjectIndex],
        messageId: "mismatch",
        data: { ...r2.data, scope },
        ...offer,
        ...src.object ? { cause: `exec:${objectKey(src.object)}:${r2.data.sub}:${r2.data.missing}` } : {}
      });
    }
  }
};

// src/rbac/aggregation.ts
function selectorMatches(sel, labels) {
  for (let [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== String(v)) return !1;
  for (let e of sel.matchExpressions ?? []) {
    let has = Object.prototype.hasOwnProperty.call(labels, e.key), values = (e.values ?? []).map(String);
    switch (e.operator) {
      case "In":
        if (!has || !values.includes(labels[e.key])) return !1;
        break;
      case "NotIn":
        if (has && values.includes(labels[e.key])) return !1;
        break;
      case "Exists":
        if (!has) return !1;
        break;
      case "DoesNotExist":
        if (has) return !1;
        break;
      default:
        return !1;
    }
  }
  return !0;
}
var ruleKey = (r2) => JSON.stringify([r2.apiGroups ?? [], r2.resources ?? [], r2.resourceNames ?? [], r2.nonResourceURLs ?? [], r2.verbs ?? []]);
function aggregate(byName) {
  let out = /* @__PURE__ */ new Map(), visiting = /* @__PURE__ */ new Set(), all2 = [...byName.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0), rulesOf = (node) => {
    if (!node.selectors) return node.rules.map((rule, index) => ({ rule, from: node.name, index }));
    let done = out.get(node.name);
    if (done) return done;
    if (visiting.has(node.name)) return [];
    visiting.add(node.name);
    let seen = /* @__PURE__ */ new Set(), acc = [];
    for (let sel of node.selectors)
      for (let other of all2)
        if (!(other.name === node.name || !selectorMatches(sel, other.labels)))
          for (let ar of rulesOf(other)) {
            let k = ruleKey(ar.rule);
            seen.has(k) || (seen.add(k), acc.push(ar));
          }
    return visiting.delete(node.name), out.set(node.name, acc), acc;
  };
  for (let n of all2) n.selectors && rulesOf(n);
  return out;
}

// src/rbac/builtin-roles.ts
var r = (apiGroups, resources, verbs) => ({ apiGroups, resources, verbs }), RO = ["get", "list", "watch"], WRITE = ["create", "delete", "deletecollection", "patch", "update"], ALL = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"], AGG = "rbac.authorization.k8s.io/aggregate-to-", BOOT = { "kubernetes.io/bootstrapping": "rbac-defaults" }, aggregates = (to) => ({ clusterRoleSelectors: [{ matchLabels: { [`${AGG}${to}`]: "true" } }] }), BUILTIN_CLUSTER_ROLES = [
  {
    name: "cluster-admin",
    labels: BOOT,
    rules: [r(["*"], ["*"], ["*"]), { nonResourceURLs: ["*"], verbs: ["*"] }]
  },
  { name: "admin", labels: BOOT, rules: [], aggregationRule: aggregates("admin") },
  { name: "edit", labels: { ...BOOT, [`${AGG}admin`]: "true" }, rules: [], aggregationRule: aggregates("edit") },
  { name: "view", labels: { ...BOOT, [`${AGG}edit`]: "true" }, rules: [], aggregationRule: aggregates("view") },
  {
    name: "system:aggregate-to-admin",
    labels: { ...BOOT, [`${AGG}admin`]: "true" },
    rules: [r(["authorization.k8s.io"], ["localsubjectaccessreviews"], ["create"]), r(["rbac.authorization.k8s.io"], ["rolebindings", "roles"], ALL)]
  },
  {
    name: "system:aggregate-to-edit",
    labels: { ...BOOT, [`${AGG}edit`]: "true" },
    rules: [
      r([""], ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"], RO),
      r([""], ["serviceaccounts"], ["impersonate"]),
      r([""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], WRITE),
      r([""], ["pods/eviction"], ["create"]),
      r([""], ["configmaps", "events", "persistentvolumeclaims", "replicationcontrollers", "replicationcontrollers/scale", "secrets", "serviceaccounts", "services", "services/proxy"], WRITE),
      r([""], ["serviceaccounts/token"], ["create"]),
      r(["apps"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "replicasets", "replicasets/scale", "statefulsets", "statefulsets/scale"], WRITE),
      r(["autoscaling"], ["horizontalpodautoscalers"], WRITE),
      r(["batch"], ["cronjobs", "jobs"], WRITE),
      r(["extensions"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "ingresses", "networkpolicies", "replicasets", "replicasets/scale", "replicationcontrollers/scale"], WRITE),
      r(["policy"], ["poddisruptionbudgets"], WRITE),
      r(["networking.k8s.io"], ["ingresses", "networkpolicies"], WRITE),
      r(["coordination.k8s.io"], ["leases"], ALL)
    ]
  },
  {
    name: "system:aggregate-to-view",
    labels: { ...BOOT, [`${AGG}view`]: "true" },
    rules: [
      r([""], ["configmaps", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status", "pods", "replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services", "services/status"], RO),
      r([""], ["bindings", "events", "limitranges", "namespaces/status", "pods/log", "pods/status", "replicationcontrollers/status", "resourcequotas", "resourcequotas/status"], RO),
      r([""], ["namespaces"], RO),
      r(["discovery.k8s.io"], ["endpointslices"], RO),
      r(["apps"], ["controllerrevisions", "daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "replicasets", "replicasets/scale", "replicasets/status", "statefulsets", "statefulsets/scale", "statefulsets/status"], RO),
      r(["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"], RO),
      r(["batch"], ["cronjobs", "cronjobs/status", "jobs", "jobs/status"], RO),
      r(["extensions"], ["daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "ingresses", "ingresses/status", "networkpolicies", "replicasets", "replicasets/scale", "replicasets/status", "replicationcontrollers/scale"], RO),
      r(["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"], RO),
      r(["networking.k8s.io"], ["ingresses", "ingresses/status", "networkpolicies"], RO)
    ]
  }
], BUILTIN_NAMESPACED_ROLES = [
  {
    namespace: "kube-system",
    name: "extension-apiserver-authentication-reader",
    rules: [{ apiGroups: [""], resources: ["configmaps"], resourceNames: ["extension-apiserver-authentication"], verbs: RO }]
  }
], BUILTIN_ROLE_NAMES = new Set(BUILTIN_CLUSTER_ROLES.map((r2) => r2.name));
function isSystemRoleName(name) {
  return name.startsWith("system:");
}

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
  else if (shape === "integer") {
    if (ok2 = typeof value == "number" && Number.isInteger(value), ok2 && !Number.isSafeInteger(value)) {
      out.push({ path: path.slice(), message: "expected an integer Kubernetes accepts here, found one past 2^53 (user and group IDs are 0 to 2147483647, ports 1 to 65535: the API server refuses it, and leastpriv cannot hold it exactly)" });
      return;
    }
  } else if (shape === "string[]") {
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
}, DROPPED = /* @__PURE__ */ new WeakMap(), droppedFields = (o) => DROPPED.get(o) ?? [];
function markDropped(o, paths) {
  DROPPED.set(o, [...DROPPED.get(o) ?? [], ...paths]);
}
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

// src/rbac/graph.ts
var UNSET_NAMESPACE = "(namespace not set)", DEFAULT_NS = UNSET_NAMESPACE, rootOf = (o) => o.render ? `root:${o.render.root}` : `file:${o.file.path}`, roleKey = (kind, ns, name) => kind === "ClusterRole" ? `ClusterRole\0${name}` : `Role\0${ns ?? ""}\0${name}`;
function roleRefNameProblem(name) {
  if (!(isPathSegmentName(name) || hasSubstitution(name)))
    return name ? `"${name}" is no valid name (not "." or "..", no "/" or "%")` : "is empty";
}
function push(m, k, v) {
  let l = m.get(k);
  l ? l.push(v) : m.set(k, [v]);
}
var RbacGraph = class {
  roles = [];
  bindings = [];
  /** By root and key (the roles of the manifests). */
  roleByKey = /* @__PURE__ */ new Map();
  /** By key: the first role of that key in any root, or the built-in one. */
  roleAnyRoot = /* @__PURE__ */ new Map();
  clusterBindingsByKey = /* @__PURE__ */ new Map();
  roleBindingsByKey = /* @__PURE__ */ new Map();
  roleBindingsByNs = /* @__PURE__ */ new Map();
  namespacesByKey = /* @__PURE__ */ new Map();
  clusterBindings = [];
  bindingsByRole = /* @__PURE__ */ new Map();
  bindingByObject = /* @__PURE__ */ new Map();
  /** For each ClusterRole, the aggregated ClusterRoles that take its rules. */
  aggregatedInto = /* @__PURE__ */ new Map();
  constructor(objects) {
    let aggNodes = /* @__PURE__ */ new Map(), selectorsOf = /* @__PURE__ */ new Map();
    for (let o of objects) {
      if (!isRole(o)) continue;
      let kind = o.kind, key = roleKey(kind, o.namespace ?? DEFAULT_NS, o.name);
      if (this.roleByKey.has(`${rootOf(o)}\0${key}`)) continue;
      let node = { kind, name: o.name, object: o, rules: [], aggregated: !1 };
      kind === "Role" && (node.namespace = o.namespace ?? DEFAULT_NS);
      let refused = policyRuleProblems(o)[0];
      if (refused ? node.rejected = `rules[${refused.index}] ${refused.problem}` : droppedFields(o).length ? node.rejected = `${droppedFields(o)[0].join(".")} has a value of the wrong type` : node.rules = (roleRules(o) ?? []).map((rule, index) => ({ rule, source: node, index })), this.add(key, node, rootOf(o)), kind === "ClusterRole" && !aggNodes.has(o.name)) {
        let agg = aggregationRule(o), selectors = Array.isArray(agg?.clusterRoleSelectors) ? agg.clusterRoleSelectors : void 0;
        aggNodes.set(o.name, { name: o.name, labels: labelsOf(o), rules: node.rules.map((g) => g.rule), ...selectors ? { selectors } : {} }), selectorsOf.set(node, !!selectors);
      }
    }
    for (let b of BUILTIN_CLUSTER_ROLES) {
      let key = roleKey("ClusterRole", void 0, b.name);
      if (this.roleAnyRoot.has(key)) continue;
      let node = { kind: "ClusterRole", name: b.name, rules: [], aggregated: !1 };
      node.rules = b.rules.map((rule, index) => ({ rule, source: node, index })), this.add(key, node);
      let selectors = b.aggregationRule?.clusterRoleSelectors;
      aggNodes.set(b.name, { name: b.name, labels: b.labels, rules: b.rules, ...selectors ? { selectors } : {} });
    }
    for (let b of BUILTIN_NAMESPACED_ROLES) {
      let key = roleKey("Role", b.namespace, b.name);
      if (this.roleAnyRoot.has(key)) continue;
      let node = { kind: "Role", name: b.name, namespace: b.namespace, rules: [], aggregated: !1 };
      node.rules = b.rules.map((rule, index) => ({ rule, source: node, index })), this.add(key, node);
    }
    let aggregated = aggregate(aggNodes);
    for (let [name, rules] of aggregated) {
      let node = this.roleAnyRoot.get(roleKey("ClusterRole", void 0, name));
      if (!node.rejected) {
        node.aggregated = !0, node.rules = rules.map((ar) => {
          let src = this.roleAnyRoot.get(roleKey("ClusterRole", void 0, ar.from));
          return { rule: ar.rule, source: src, index: ar.index };
        });
        for (let src of new Set(node.rules.map((g) => g.source))) push(this.aggregatedInto, src, node);
      }
    }
    for (let o of objects) {
      if (!isBinding(o)) continue;
      let kind = o.kind, namespace = kind === "RoleBinding" ? o.namespace ?? DEFAULT_NS : "", b = { object: o, kind, name: o.name, namespace, subjects: [], problems: [] }, ref = roleRefOf(o), resolved = [];
      for (let { subject, index } of subjectsOf(o)) {
        let r2 = resolveSubject(subject, namespace);
        r2.principal ? resolved.push({ principal: r2.principal, index }) : r2.problem && b.problems.push({ index, problem: r2.problem });
      }
      if (b.problems.length ? b.rejected = `subject ${b.problems[0].index} ${b.problems[0].problem.problem}` : droppedFields(o).length && (b.rejected = `${droppedFields(o)[0].join(".")} has a value of the wrong type`), ref) {
        b.roleRef = ref;
        let okKind = ref.kind === "ClusterRole" || ref.kind === "Role" && kind === "RoleBinding", okGroup = !ref.apiGroup || ref.apiGroup === RBAC_GROUP, badName = roleRefNameProblem(ref.name);
        (!okKind || !okGroup || badName) && (b.rejected ??= okGroup ? okKind ? `roleRef.name ${badName}` : `roleRef.kind ${ref.kind} cannot be referenced here` : `roleRef.apiGroup must be ${RBAC_GROUP}`);
        let key = roleKey(ref.kind, namespace, ref.name), role = b.rejected === void 0 ? this.roleByKey.get(`${rootOf(o)}\0${key}`) ?? this.roleAnyRoot.get(key) : void 0;
        role && (b.role = role, push(this.bindingsByRole, role, b));
      }
      if (b.rejected === void 0)
        for (let { principal, index } of resolved) {
          b.subjects.push({ principal, index });
          let key = principalKey(principal);
          if (kind === "ClusterRoleBinding") push(this.clusterBindingsByKey, key, { binding: b, index });
          else {
            push(this.roleBindingsByKey, `${namespace}\0${key}`, { binding: b, index });
            let set = this.namespacesByKey.get(key) ?? /* @__PURE__ */ new Set();
            set.add(namespace), this.namespacesByKey.set(key, set);
          }
        }
      this.bindings.push(b), this.bindingByObject.set(o, b), kind === "ClusterRoleBinding" ? this.clusterBindings.push(b) : namespace && push(this.roleBindingsByNs, namespace, b);
    }
  }
  add(key, node, root) {
    root !== void 0 && this.roleByKey.set(`${root}\0${key}`, node), this.roleAnyRoot.has(key) || this.roleAnyRoot.set(key, node), this.roles.push(node);
  }
  role(kind, name, namespace) {
    return this.roleAnyRoot.get(roleKey(kind, namespace, name));
  }
  /** The node of a Role/ClusterRole manifest (undefined for a duplicate definition or another kind). */
  roleOf(obj) {
    if (!isRbac(obj, "Role") && !isRbac(obj, "ClusterRole")) return;
    let n = this.roleByKey.get(`${rootOf(obj)}\0${roleKey(obj.kind, obj.kind === "Role" ? obj.namespace ?? DEFAULT_NS : void 0, obj.name)}`);
    return n?.object === obj ? n : void 0;
  }
  /** The node of a RoleBinding/ClusterRoleBinding manifest. */
  bindingOf(obj) {
    return this.bindingByObject.get(obj);
  }
  /** Bindings that reference a role directly. */
  bindingsOf(role) {
    return this.bindingsByRole.get(role) ?? [];
  }
  /** Bindings through which a role's written rules take effect: its own, and those of roles aggregating it. */
  bindingsReaching(role) {
    let out = [...this.bindingsOf(role)];
    for (let agg of this.aggregatedInto.get(role) ?? []) out.push(...this.bindingsOf(agg));
    return out;
  }
  /** Roles that aggregate this ClusterRole's rules. */
  aggregators(role) {
    return this.aggregatedInto.get(role) ?? [];
  }
  /** RoleBindings in a namespace, and every namespace with RoleBindings. */
  roleBindingsIn(namespace) {
    return this.roleBindingsByNs.get(namespace) ?? [];
  }
  namespaces() {
    return [...this.roleBindingsByNs.keys()].sort();
  }
  clusterRoleBindings() {
    return this.clusterBindings;
  }
  /**
   * Every rule that applies to the user in the namespace ('' = cluster-scoped request): rules of
   * ClusterRoleBindings naming the user or one of its groups, then of RoleBindings in the namespace.
   * Each binding counts once (the first subject that applies), as in VisitRulesFor.
   */
  rulesFor(user, namespace) {
    let keys = userKeys(user), out = [], seen = /* @__PURE__ */ new Set(), visit2 = (entries) => {
      for (let { binding, index } of entries ?? [])
        if (!seen.has(binding) && (seen.add(binding), !!binding.role))
          for (let rule of binding.role.rules) out.push({ binding, subjectIndex: index, role: binding.role, rule });
    };
    for (let k of keys) visit2(this.clusterBindingsByKey.get(k));
    if (namespace) for (let k of keys) visit2(this.roleBindingsByKey.get(`${namespace}\0${k}`));
    return out;
  }
  /** Namespaces in which some RoleBinding applies to the user. */
  namespacesOf(user) {
    let out = /* @__PURE__ */ new Set();
    for (let k of userKeys(user)) for (let ns of this.namespacesByKey.get(k) ?? []) out.add(ns);
    return [...out].sort();
  }
  /** Is the request allowed, and by which grants (all of them, for explanations). */
  authorize(user, req) {
    let ns = isNonResource(req) ? "" : req.namespace ?? "", grants = this.rulesFor(user, ns).filter((g) => ruleAllows(g.rule.rule, req));
    return { allowed: grants.length > 0, grants };
  }
  /** Every (subject, binding, rule) that allows the request. */
  whoCan(req) {
    let ns = isNonResource(req) ? "" : req.namespace ?? "", candidates = ns ? [...this.clusterBindings, ...this.roleBindingsIn(ns)] : this.clusterBindings, out = [];
    for (let binding of candidates) {
      let role = binding.role;
      if (!role) continue;
      let rule = role.rules.find((g) => ruleAllows(g.rule, req));
      if (rule)
        for (let s of binding.subjects) out.push({ principal: s.principal, subjectIndex: s.index, grant: { binding, subjectIndex: s.index, role, rule } });
    }
    return out;
  }
  /** Every principal named by some binding, once each. */
  principals() {
    let seen = /* @__PURE__ */ new Map();
    for (let b of this.bindings) for (let s of b.subjects) seen.has(principalKey(s.principal)) || seen.set(principalKey(s.principal), s.principal);
    return [...seen.values()];
  }
};

// src/rbac/scope.ts
function roleScope(graph, obj) {
  let node = graph.roleOf(obj), bindings = node ? graph.bindingsReaching(node) : [], crbs = bindings.filter((b) => b.kind === "ClusterRoleBinding");
  if (crbs.length) return { scope: "cluster", bindings, text: `bound cluster-wide by ClusterRoleBinding ${crbs.map((b) => b.name).slice(0, 3).join(", ")}${crbs.length > 3 ? ` and ${crbs.length - 3} more` : ""}` };
  if (bindings.length) {
    let ns = [...new Set(bindings.map((b) => b.namespace))].sort();
    if (ns.length === 1 && ns[0] === UNSET_NAMESPACE) return { scope: "namespace", bindings, text: "bound in whatever namespace its RoleBinding is applied to: none is set" };
    let shown2 = ns.map((n) => n === UNSET_NAMESPACE ? "a namespace not set" : n);
    return { scope: "namespace", bindings, text: `bound in namespace${ns.length > 1 ? "s" : ""} ${shown2.slice(0, 5).join(", ")}${ns.length > 5 ? ` and ${ns.length - 5} more` : ""}` };
  }
  return obj.kind === "Role" ? { scope: "namespace", bindings, text: obj.namespace ? `a Role in namespace ${obj.namespace}, not bound in these manifests` : "a Role whose namespace is not set, not bound in these manifests" } : { scope: "unbound", bindings, text: "not bound in these manifests" };
}
var LOWER = { error: "warning", warning: "note", note: "note" };
function scaled(severity, scope) {
  return scope === "cluster" ? severity : LOWER[severity];
}
function hasWildcard(rule) {
  return (rule.verbs ?? []).includes("*") || (rule.apiGroups ?? []).includes("*") || (rule.resources ?? []).some((r2) => r2 === "*" || r2.startsWith("*/"));
}

// src/rbac/grant-check.ts
var ANY_SUBRESOURCE = "\0any", namedSubresources = (rule, resource) => [...new Set((rule.resources ?? []).filter((r2) => r2.startsWith(`${resource}/`)).map((r2) => r2.slice(resource.length + 1)))];
function grantHits(rule, specs) {
  if (hasWildcard(rule)) return [];
  let out = [];
  for (let s of specs) {
    let subs = s.subresource === ANY_SUBRESOURCE ? namedSubresources(rule, s.resource) : [s.subresource ?? ""];
    for (let sub of subs)
      for (let v of s.verbs)
        grantsVerbOn(rule, v, s.group, s.resource, sub) && out.push({ verb: v, resource: `${s.resource}${sub ? "/" + sub : ""}`, spec: s });
  }
  return out;
}
function describeGrants(hits, names) {
  let byResource = /* @__PURE__ */ new Map();
  for (let h of hits) byResource.set(h.resource, [...byResource.get(h.resource) ?? [], h.verb]);
  let named = names.length ? ` named ${names.slice(0, 5).join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""}` : "";
  return [...byResource].map(([r2, verbs]) => `${verbs.join(", ")} ${r2}${named}`).join("; ");
}
function riskyRules(obj, model, specs) {
  let rules = roleRules(obj);
  if (!rules) return [];
  let hits = [];
  if (rules.forEach((rule, index) => {
    let h = grantHits(rule, specs);
    h.length && hits.push({ index, rule, hits: h });
  }), !hits.length) return [];
  let scope = roleScope(model.rbac, obj), out = [];
  for (let h of hits) {
    let effective = scope.scope === "namespace" ? h.hits.filter((x) => !x.spec.clusterScoped) : h.hits;
    if (!effective.length) continue;
    let names = (h.rule.resourceNames ?? []).filter((n) => typeof n == "string");
    out.push({ index: h.index, rule: h.rule, hits: effective, grants: effective.map((x) => `${x.verb} ${x.resource}`), names, scope });
  }
  return out;
}
var SCOPE_NOTE = "Severity is scaled by scope: the configured severity when a ClusterRoleBinding (directly or through an aggregating role) makes the grant cluster-wide, one step lower for a Role, a ClusterRole bound only by RoleBindings, or a role not bound in the manifests. Permissions on cluster-scoped resources (and `escalate` on clusterroles, `impersonate` on users and groups) are not reported for a Role or a ClusterRole bound only by RoleBindings: a RoleBinding grants only requests in its own namespace, so they grant nothing there (`kubectl auth can-i` answers no). Suppress on the role rule with a reason when the grant is needed.", LOWER2 = { error: "warning", warning: "note", note: "note" }, lower = (s) => LOWER2[s];
function grantCheck(specs, classify) {
  return (obj, ctx) => {
    for (let hit of riskyRules(obj, ctx.model, specs)) {
      let severity = scaled(ctx.severity, hit.scope.scope), c = classify ? classify(hit, severity) : { messageId: "grant" };
      c && ctx.report({
        object: obj,
        path: ["rules", hit.index, "verbs"],
        messageId: c.messageId,
        severity: c.severity ?? severity,
        data: { role: roleLabel(obj), grants: describeGrants(hit.hits, hit.names), scope: hit.scope.text, ...c.data }
      });
    }
  };
}

// rules/wildcard-grant.ts
var REACH = [
  { what: "reading Secrets", verbs: ["get", "list", "watch"], group: "", resource: "secrets" },
  { what: "escalate and bind on roles", verbs: ["escalate", "bind"], group: "rbac.authorization.k8s.io", resource: "roles" },
  { what: "escalate and bind on cluster roles", verbs: ["escalate", "bind"], group: "rbac.authorization.k8s.io", resource: "clusterroles" },
  { what: "impersonating users and groups", verbs: ["impersonate"], group: "", resource: "users", clusterScoped: !0 },
  { what: "impersonating service accounts", verbs: ["impersonate"], group: "", resource: "serviceaccounts" },
  { what: "creating pods", verbs: ["create"], group: "", resource: "pods" },
  ...[["apps", "deployments"], ["apps", "daemonsets"], ["apps", "statefulsets"], ["apps", "replicasets"], ["batch", "jobs"], ["batch", "cronjobs"], ["", "replicationcontrollers"]].map(([group, resource]) => ({ what: "writing workloads that create pods", detail: resource, verbs: ["create", "update", "patch"], group, resource })),
  // `create`, and before Kubernetes 1.35 also `get` (the WebSocket verb): src/rbac/match.ts, streamOpeningVerbs
  { what: "exec into pods", verbs: "stream", group: "", resource: "pods", sub: "exec" },
  { what: "writing RoleBindings", verbs: ["create", "update", "patch"], group: "rbac.authorization.k8s.io", resource: "rolebindings" },
  { what: "the kubelet API through nodes/proxy", verbs: ["get", "create"], group: "", resource: "nodes", sub: "proxy", clusterScoped: !0 }
], NON_RESOURCE_REACH = [
  { what: "profiling the API server (/debug/pprof)", verb: "get", url: "/debug/pprof/profile" },
  { what: "changing the API server's log level (PUT /debug/flags/v)", verb: "put", url: "/debug/flags/v" },
  { what: "the API server's metrics (/metrics)", verb: "get", url: "/metrics" }
];
function nonResourceReaches(rule) {
  return NON_RESOURCE_REACH.filter((r2) => verbMatches(rule, r2.verb) && nonResourceURLMatches(rule, r2.url)).map((r2) => r2.what);
}
function reaches(rule, cluster, kubeVersion) {
  let out = /* @__PURE__ */ new Map();
  for (let r2 of REACH) {
    let verbs = r2.verbs === "stream" ? streamOpeningVerbs(kubeVersion) : r2.verbs;
    !cluster && r2.clusterScoped || !verbs.some((v) => grantsVerbOn(rule, v, r2.group, r2.resource, r2.sub ?? "")) || out.set(r2.what, [...out.get(r2.what) ?? [], ...r2.detail ? [r2.detail] : []]);
  }
  return [...out].map(([what, details]) => details.length ? `${what} (${details.join(", ")})` : what);
}
var wildcard_grant_default = {
  meta: {
    code: "LP103",
    name: "wildcard-grant",
    severity: "warning",
    category: "rbac",
    description: "A role grants `*` verbs, resources, API groups or non-resource URLs.",
    securitySeverity: 7,
    tags: ["rbac", "wildcard", "escalation"],
    messages: {
      wildcard: "{role} grants {what} ({scope}). A wildcard matches every current and future verb, resource type or API group, here including {reach}. List the verbs, resources and groups the workload uses.",
      confined: "{role} grants {what} ({scope}). The wildcard stays within {within} and reaches no Secret, RBAC, impersonation or pod permission, but it matches verbs and resource types added later and hides what the workload uses. List the verbs and resources the workload uses.",
      full: "{role} grants every verb on every resource of every API group ({scope}): the same power as cluster-admin within its scope, for every resource type that will ever exist. List what the workload uses."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole with `*` in `verbs`, `apiGroups` or `resources` (or a `*/subresource` resource, or `*` in `nonResourceURLs`). A rule with `*` in all three is reported as equivalent to cluster-admin in its scope. The message names what the wildcard really reaches (reading Secrets, escalate/bind, impersonation, creating pods, exec, RoleBindings, nodes/proxy); a wildcard confined to one API group or subresource that reaches none of them (`metrics.k8s.io` resources, a CRD group) says so and is reported one step lower. For non-resource URLs the reach is the API server profiling (`/debug/pprof`), log level (`PUT /debug/flags/v`) and metrics endpoints; `*` verbs on other URLs only (`/healthz`, `/version`) are confined. Severity follows scope: the configured severity (`warning`) when bound cluster-wide, `note` for namespace-wide or unbound roles.",
      whyItMatters: "The RBAC good practices page asks to avoid wildcard permissions, especially to all resources: Kubernetes is extensible, so a wildcard grants not only every object type that exists today but every type added later by an upgrade or a CRD, and every verb, including `escalate`, `bind` and `impersonate`. A wildcard also hides what a workload actually uses, so nobody can review it.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: operator }
rules:
- apiGroups: ["*"]
  resources: ["*"]
  verbs: ["*"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: operator }
rules:
- apiGroups: ["example.com"]
  resources: ["widgets", "widgets/status"]
  verbs: ["get", "list", "watch", "update", "patch"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
        "https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/rbac/v1/evaluation_helpers.go",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
      ],
      notes: "Rules with a wildcard are reported here only, not also by each risk rule (secrets-read, pod-creating-workload-write, \u2026), so one rule is one finding. Suggestions (`--fix --suggestions`, JSON, SARIF, PR suggestions) replace a wildcard with an explicit list where the list is knowable offline, marked `# TODO` for the reviewer to cut down: `*` verbs with the standard verbs (get, list, watch, create, update, patch, delete, deletecollection: no escalate, bind, impersonate or later verbs), `*` resources of built-in API groups with those groups' built-in resources (a Role: the namespaced ones; no subresources), `*` API groups with the groups of the built-in resources named. A wildcard over custom or aggregated APIs, or in non-resource URLs, gets none. Each suggestion narrows the grant: check it still covers what the workload does."
    }
  },
  checkObject(obj, ctx) {
    let rules = roleRules(obj);
    if (!rules) return;
    let scope;
    rules.forEach((rule, i) => {
      let fields2 = [];
      (rule.verbs ?? []).includes("*") && fields2.push(["verbs", "every verb (`*`)"]), (rule.apiGroups ?? []).includes("*") && fields2.push(["apiGroups", "every API group (`*`)"]);
      let res = (rule.resources ?? []).find((r2) => r2 === "*" || r2.startsWith("*/"));
      if (res && fields2.push(["resources", res === "*" ? "every resource (`*`)" : `the ${res.slice(2)} subresource of every resource (\`${res}\`)`]), (rule.nonResourceURLs ?? []).includes("*") && fields2.push(["nonResourceURLs", "every non-resource URL (`*`)"]), !fields2.length) return;
      scope ??= roleScope(ctx.model.rbac, obj);
      let full = fields2.length >= 3 && fields2.some((f) => f[0] === "resources" && res === "*"), severity = scaled(ctx.severity, scope.scope), nonResource = !(rule.resources ?? []).length && (rule.nonResourceURLs ?? []).length > 0, reach = full ? [] : nonResource ? nonResourceReaches(rule) : reaches(rule, scope.scope !== "namespace", ctx.kubeVersion), confined = !full && reach.length === 0, groups = (rule.apiGroups ?? []).map((g) => g === "" ? "the core group" : g === "*" ? "every group" : g), within3 = nonResource ? `the non-resource URLs ${(rule.nonResourceURLs ?? []).join(", ")}` : res && res !== "*" ? `the ${res.slice(2)} subresource` : `${groups.join(", ")}${res === "*" ? "" : ` (${(rule.resources ?? []).join(", ")})`}`, suggestions = wildcardNarrowing(rule, i, obj.kind === "Role", { resources: BUILTIN_RESOURCES, version: "v1.32" });
      ctx.report({
        object: obj,
        path: ["rules", i, fields2[0][0]],
        ...suggestions.length ? { suggestions } : {},
        messageId: full ? "full" : confined ? "confined" : "wildcard",
        severity: confined ? lower(severity) : severity,
        data: { role: roleLabel(obj), what: fields2.map((f) => f[1]).join(" and "), scope: scope.text, reach: reach.join(", "), within: within3 }
      });
    });
  }
};

// rules/secrets-read.ts
var SPECS = [{ verbs: ["get", "list", "watch"], group: "", resource: "secrets" }], secrets_read_default = {
  meta: {
    code: "LP104",
    name: "secrets-read",
    severity: "warning",
    category: "rbac",
    description: "A role grants read access (get, list or watch) to Secrets.",
    securitySeverity: 6.5,
    tags: ["rbac", "secrets", "escalation"],
    messages: {
      listWatch: "{role} grants {grants} ({scope}). {bulk} the contents of every Secret in reach, not just their names, and Secrets hold service account tokens and credentials that lead to other privileges. Limit it to named Secrets with resourceNames and `get`, or to the namespaces that need it.",
      get: "{role} grants {grants} ({scope}). `get` returns the whole contents of any Secret whose name is known or guessed (chart and controller Secret names are predictable), and Secrets hold service account tokens and credentials that lead to other privileges. List the Secrets it needs in resourceNames, or keep it to the namespaces that need it.",
      named: "{role} grants {grants} in every namespace ({scope}): the named Secrets of every namespace, also of namespaces created later. Grant it with a Role (or a RoleBinding) in the namespaces that hold these Secrets."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `get`, `list` or `watch` on `secrets`; the message says which of them are granted (only `list`/`watch` return every Secret at once). A rule limited by `resourceNames` \u2014 the form this page recommends \u2014 is not reported, except through a ClusterRoleBinding, where the named Secrets of every namespace are readable: then it is reported one step lower. Severity follows scope: the configured severity when a ClusterRoleBinding makes the grant cluster-wide, one step lower for a Role or a ClusterRole bound only in namespaces or not bound in the manifests. Rules with `*` are reported by `wildcard-grant` instead.",
      whyItMatters: "The RBAC good practices page lists reading Secrets first among privilege-escalation risks: `list` and `watch` return the full content of every Secret, and a Secret can hold a token of a more privileged service account, so whoever reads Secrets can often act as any workload in reach. Many controllers do need it (cert-manager, ingress controllers, Argo CD read Secrets cluster-wide): the default severity is `warning` cluster-wide and `note` per namespace, so the finding asks for a review, not a failure.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: reader }
rules:
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "list", "watch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- apiGroups: [""]
  resources: ["secrets"]
  resourceNames: ["app-tls"]
  verbs: ["get"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS, (hit, severity) => {
    if (hit.names.length) return hit.scope.scope === "cluster" ? { messageId: "named", severity: lower(severity) } : void 0;
    let bulk = ["list", "watch"].filter((v) => hit.hits.some((h) => h.verb === v));
    return bulk.length ? { messageId: "listWatch", data: { bulk: bulk.length === 2 ? "`list` and `watch` return" : `\`${bulk[0]}\` returns` } } : { messageId: "get" };
  })
};

// rules/escalate-bind-impersonate.ts
var SPECS2 = [
  { verbs: ["escalate", "bind"], group: "rbac.authorization.k8s.io", resource: "roles" },
  // escalate on a ClusterRole is checked without a namespace; bind in the namespace of the binding written (src/rbac/grant-check.ts).
  { verbs: ["escalate"], group: "rbac.authorization.k8s.io", resource: "clusterroles", clusterScoped: !0 },
  { verbs: ["bind"], group: "rbac.authorization.k8s.io", resource: "clusterroles" },
  // The impersonation filter asks without a namespace, except for service accounts (their namespace).
  { verbs: ["impersonate"], group: "", resource: "users", clusterScoped: !0 },
  { verbs: ["impersonate"], group: "", resource: "groups", clusterScoped: !0 },
  { verbs: ["impersonate"], group: "", resource: "serviceaccounts" },
  // The filter asks for an extra as resource userextras, subresource the extra's key: a rule grants
  // it as `userextras/scopes`, never as bare `userextras` (which matches no such request).
  { verbs: ["impersonate"], group: "authentication.k8s.io", resource: "userextras", subresource: ANY_SUBRESOURCE, clusterScoped: !0 },
  { verbs: ["impersonate"], group: "authentication.k8s.io", resource: "uids", clusterScoped: !0 }
], WHY = {
  escalate: "`escalate` lets a subject write roles with permissions it does not hold",
  bind: "`bind` lets it bind roles whose permissions it does not hold",
  impersonate: "`impersonate` lets it act as another identity"
}, ADD_ON = /* @__PURE__ */ new Set(["groups", "userextras", "uids"]), WHY_ADD_ON = "`impersonate` on groups, user extras or UIDs sets them on a user or service account it impersonates (the API server refuses them alone)", escalate_bind_impersonate_default = {
  meta: {
    code: "LP105",
    name: "escalate-bind-impersonate",
    severity: "error",
    category: "rbac",
    description: "A role grants `escalate` or `bind` on roles, or `impersonate` on users, groups or service accounts.",
    securitySeverity: 8.8,
    tags: ["rbac", "escalation"],
    messages: {
      grant: "{role} grants {grants} ({scope}). {why}: a path to {reach}. Grant it only to the identities that administer RBAC, restricted with resourceNames.",
      named: "{role} grants {grants} ({scope}). {why}, here limited to the names listed: a path to {reach} if one of them is more privileged than the subject. Keep the list to what the subject must hand out."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `escalate` or `bind` on `roles`/`clusterroles`, or `impersonate` on `users`, `groups`, `serviceaccounts`, `userextras` or `uids`; the message explains only the verbs granted (impersonating groups, user extras or UIDs is said to add to a user or service account impersonation, as the API server refuses it alone). Severity follows scope (one step lower for namespace-wide or unbound roles), and one step lower again for a rule limited by `resourceNames` (unless it names `cluster-admin`). Through RoleBindings only, `escalate` on clusterroles and `impersonate` on users, groups, userextras and uids grant nothing (the authorizer asks for them without a namespace) and are not reported; `bind` on clusterroles and `impersonate` on serviceaccounts are, as they work in the binding's namespace. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "RBAC normally stops a subject from granting what it does not hold; these three verbs are the documented exceptions. `escalate` skips the check when writing roles, `bind` when writing bindings, and `impersonate` makes the API server treat requests as coming from someone else, `system:masters` members included. The RBAC good practices page lists all three as privilege-escalation risks.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: deployer }
rules:
- apiGroups: ["rbac.authorization.k8s.io"]
  resources: ["clusterroles"]
  verbs: ["bind", "escalate"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: deployer }
rules:
- apiGroups: ["rbac.authorization.k8s.io"]
  resources: ["clusterroles"]
  resourceNames: ["app-reader"]   # only this role may be bound
  verbs: ["bind"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#bind-verb",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#impersonate-verb",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS2, (hit, severity) => {
    let verbs = [...new Set(hit.hits.map((h) => h.verb))], impersonated = hit.hits.filter((h) => h.verb === "impersonate").map((h) => h.spec.resource), addOnly = impersonated.length > 0 && impersonated.every((r2) => ADD_ON.has(r2)), why = verbs.map((v) => v === "impersonate" && addOnly ? WHY_ADD_ON : WHY[v]).join(", "), reach = hit.scope.scope !== "cluster" ? "every permission that can be held in the namespace" : addOnly ? impersonated.includes("groups") ? "cluster-admin (group system:masters) as soon as it may impersonate any user or service account" : "whatever an authorizer or webhook grants on those extras or UIDs, for any user or service account it may impersonate" : "cluster-admin", data = { why: why.charAt(0).toUpperCase() + why.slice(1), reach };
    return hit.names.length && !hit.names.includes("cluster-admin") ? { messageId: "named", data, severity: lower(severity) } : { messageId: "grant", data };
  })
};

// rules/nodes-proxy-access.ts
var SPECS3 = [{ verbs: ["get", "create", "update", "patch", "delete"], group: "", resource: "nodes", subresource: "proxy", clusterScoped: !0 }], nodes_proxy_access_default = {
  meta: {
    code: "LP106",
    name: "nodes-proxy-access",
    severity: "error",
    category: "rbac",
    description: "A role grants access to the `nodes/proxy` subresource.",
    securitySeverity: 8.8,
    tags: ["rbac", "escalation", "node"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Through nodes/proxy a subject talks to the kubelet API directly, which runs commands in any pod on the node and bypasses admission control and audit logging of the API server. Remove it; use metrics endpoints or `pods/log` instead."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants any verb on `nodes/proxy`. Severity follows scope. Nodes are cluster-scoped: a Role, or a ClusterRole bound only by RoleBindings, grants nothing on them and is not reported. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "The RBAC good practices page warns that access to the `nodes/proxy` subresource gives access to the Kubelet API, which can run commands in every pod on the node, and that such requests bypass audit logging and admission control. It is often granted by monitoring stacks for metrics; a scrape of `/metrics/cadvisor` via the API server needs it, but direct kubelet scraping with a token review does not.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: metrics }
rules:
- apiGroups: [""]
  resources: ["nodes/proxy"]
  verbs: ["get"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: metrics }
rules:
- apiGroups: [""]
  resources: ["nodes/metrics"]
  verbs: ["get"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes",
        "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS3)
};

// rules/serviceaccount-token-create.ts
var SPECS4 = [{ verbs: ["create"], group: "", resource: "serviceaccounts", subresource: "token" }], serviceaccount_token_create_default = {
  meta: {
    code: "LP107",
    name: "serviceaccount-token-create",
    severity: "warning",
    category: "rbac",
    description: "A role grants `create` on `serviceaccounts/token`.",
    securitySeverity: 7,
    tags: ["rbac", "escalation", "tokens"],
    messages: {
      grant: "{role} grants {grants} ({scope}): a subject can mint tokens for the service accounts in reach and act with their permissions. Restrict it with resourceNames to the service accounts it must issue tokens for."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create` on `serviceaccounts/token` (the TokenRequest API). Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: 'The RBAC good practices page ("Token request") warns that a subject that can create tokens for existing service accounts can issue itself a token of any of them, including service accounts bound to more privileged roles, without touching a Secret.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: token-issuer }
rules:
- apiGroups: [""]
  resources: ["serviceaccounts/token"]
  verbs: ["create"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: token-issuer, namespace: ci }
rules:
- apiGroups: [""]
  resources: ["serviceaccounts/token"]
  resourceNames: ["deployer"]
  verbs: ["create"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request",
        "https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS4)
};

// rules/csr-approval.ts
var G = "certificates.k8s.io", approvesBuiltinSigner = (r2) => grantsVerbOn(r2, "approve", G, "signers") && (!(r2.resourceNames ?? []).length || (r2.resourceNames ?? []).some((n) => n.startsWith("kubernetes.io/")));
function signerFromOtherBindings(obj, graph) {
  let role = graph.roleOf(obj);
  if (role) {
    for (let b of graph.bindingsReaching(role))
      if (b.kind === "ClusterRoleBinding")
        for (let s of b.subjects) {
          let user = userOf(s.principal) ?? { name: "", groups: [s.principal.name] }, grant = graph.rulesFor(user, "").find((g) => approvesBuiltinSigner(g.rule.rule));
          if (grant) return { subject: principalLabel(s.principal), grant };
        }
  }
}
var csr_approval_default = {
  meta: {
    code: "LP108",
    name: "csr-approval",
    severity: "error",
    category: "rbac",
    description: "A role can approve CertificateSigningRequests (and possibly create them).",
    securitySeverity: 8,
    tags: ["rbac", "escalation", "certificates"],
    messages: {
      approveCombined: "{role} grants `update` on certificatesigningrequests/approval ({scope}), and {subject} also gets `approve` on signers from {other} through {binding}: together they approve CertificateSigningRequests. With a signer such as kubernetes.io/kube-apiserver-client, whoever approves a CSR can issue a client certificate for any user or group, system:masters included. Restrict `approve` with resourceNames to the signer the controller serves, or keep the two grants apart.",
      approve: "{role} can approve CertificateSigningRequests ({scope}){create}: `update` on certificatesigningrequests/approval together with `approve` on signers. With a signer such as kubernetes.io/kube-apiserver-client, whoever approves a CSR can issue a client certificate for any user or group, system:masters included. Restrict `approve` with resourceNames to the signer the controller serves."
    },
    docs: {
      whatItDoes: "Flags a Role or ClusterRole whose rules together grant `update` (or `patch`) on `certificatesigningrequests/approval` and `approve` on `signers` in `certificates.k8s.io`, at the approval rule; the message says when the role can also `create` CSRs, which lets one subject request and approve its own certificate. The two halves can come from two roles: a role with only the approval half is flagged when a ClusterRoleBinding gives one of its subjects `approve` on a built-in signer through another role (RBAC permissions add up across bindings); the message names that role and binding. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: 'The RBAC good practices page ("CSRs and certificate issuing") warns that permission to create and approve CertificateSigningRequests lets a subject issue new client certificates; for the built-in `kubernetes.io/kube-apiserver-client` signer the certificate can name any user or group, including `system:masters`, which RBAC cannot restrict at all.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: csr-bot }
rules:
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests"]
  verbs: ["create", "get"]
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests/approval"]
  verbs: ["update"]
- apiGroups: ["certificates.k8s.io"]
  resources: ["signers"]
  verbs: ["approve"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: csr-bot }
rules:
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests/approval"]
  verbs: ["update"]
- apiGroups: ["certificates.k8s.io"]
  resources: ["signers"]
  resourceNames: ["example.com/my-signer"]
  verbs: ["approve"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing",
        "https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization"
      ]
    }
  },
  checkObject(obj, ctx) {
    let rules = roleRules(obj);
    if (!rules) return;
    let plain = rules.map((r2, i) => ({ r: r2, i })).filter(({ r: r2 }) => !hasWildcard(r2)), scopeOf = () => roleScope(ctx.model.rbac, obj).scope, approval = plain.find(({ r: r2 }) => grantsVerbOn(r2, "update", G, "certificatesigningrequests", "approval") || grantsVerbOn(r2, "patch", G, "certificatesigningrequests", "approval")), signer = plain.find(({ r: r2 }) => approvesBuiltinSigner(r2));
    if (approval && !signer && scopeOf() !== "namespace") {
      let other = signerFromOtherBindings(obj, ctx.model.rbac);
      if (other) {
        let scope2 = roleScope(ctx.model.rbac, obj);
        ctx.report({
          object: obj,
          path: ["rules", approval.i, "verbs"],
          messageId: "approveCombined",
          severity: scaled(ctx.severity, scope2.scope),
          data: { role: roleLabel(obj), scope: scope2.text, subject: other.subject, other: `${roleLabel(other.grant.rule.source)} (${other.grant.rule.source.object ? ctx.where(other.grant.rule.source.object, ["rules", other.grant.rule.index]) : "built-in"})`, binding: `${other.grant.binding.kind} ${other.grant.binding.name}` }
        });
      }
      return;
    }
    if (!approval || !signer) return;
    let create = plain.some(({ r: r2 }) => grantsVerbOn(r2, "create", G, "certificatesigningrequests")), scope = roleScope(ctx.model.rbac, obj);
    scope.scope !== "namespace" && ctx.report({
      object: obj,
      path: ["rules", approval.i, "verbs"],
      messageId: "approve",
      severity: scaled(ctx.severity, scope.scope),
      data: { role: roleLabel(obj), scope: scope.text, create: create ? ", and create them too" : "" }
    });
  }
};

// rules/admission-webhook-write.ts
var SPECS5 = [
  { verbs: ["create", "update", "patch", "delete", "deletecollection"], group: "admissionregistration.k8s.io", resource: "validatingwebhookconfigurations", clusterScoped: !0 },
  { verbs: ["create", "update", "patch", "delete", "deletecollection"], group: "admissionregistration.k8s.io", resource: "mutatingwebhookconfigurations", clusterScoped: !0 }
], admission_webhook_write_default = {
  meta: {
    code: "LP109",
    name: "admission-webhook-write",
    severity: "warning",
    category: "rbac",
    description: "A role can create, change or delete validating or mutating admission webhook configurations.",
    securitySeverity: 7.5,
    tags: ["rbac", "escalation", "admission"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Whoever controls an admission webhook sees every object sent to it (Secrets included), can rewrite objects on their way in (mutating) or switch policy checks off. Restrict it with resourceNames to the webhook configurations the controller owns."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants a write verb (create, update, patch, delete, deletecollection) on `validatingwebhookconfigurations` or `mutatingwebhookconfigurations`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: `The RBAC good practices page ("Control admission webhooks") notes that users who can control validating or mutating webhooks can read objects admitted to the cluster and, with mutating webhooks, change them: inject sidecars, drop security settings, or disable the webhooks that enforce policy. Controllers that inject CA bundles (cert-manager's cainjector) legitimately patch them; name them with resourceNames where the chart allows.`,
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: injector }
rules:
- apiGroups: ["admissionregistration.k8s.io"]
  resources: ["mutatingwebhookconfigurations"]
  verbs: ["get", "update", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: injector }
rules:
- apiGroups: ["admissionregistration.k8s.io"]
  resources: ["mutatingwebhookconfigurations"]
  resourceNames: ["my-operator-webhook"]
  verbs: ["get", "update", "patch"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks",
        "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS5)
};

// rules/persistentvolume-create.ts
var SPECS6 = [{ verbs: ["create"], group: "", resource: "persistentvolumes", clusterScoped: !0 }], persistentvolume_create_default = {
  meta: {
    code: "LP110",
    name: "persistentvolume-create",
    severity: "warning",
    category: "rbac",
    description: "A role grants `create` on PersistentVolumes.",
    securitySeverity: 7,
    tags: ["rbac", "escalation", "storage"],
    messages: {
      grant: "{role} grants {grants} ({scope}). A PersistentVolume can be a hostPath volume: whoever creates one and a claim on it mounts the node's filesystem into a pod. Let a StorageClass provisioner create volumes instead."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create` on `persistentvolumes`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: `The RBAC good practices page ("Persistent volume creation") warns that creating arbitrary PersistentVolumes, hostPath ones in particular, gives access to the host's filesystem; Pod Security admission does not look at PersistentVolumes. Storage provisioners need it; people and applications should use PersistentVolumeClaims.`,
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: storage-admin }
rules:
- apiGroups: [""]
  resources: ["persistentvolumes"]
  verbs: ["create", "delete"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: storage-user, namespace: app }
rules:
- apiGroups: [""]
  resources: ["persistentvolumeclaims"]
  verbs: ["create", "delete"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation",
        "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS6)
};

// rules/pod-creating-workload-write.ts
var WRITE2 = ["create", "update", "patch"], SPECS7 = [
  { verbs: WRITE2, group: "", resource: "pods" },
  { verbs: WRITE2, group: "", resource: "replicationcontrollers" },
  { verbs: WRITE2, group: "apps", resource: "deployments" },
  { verbs: WRITE2, group: "apps", resource: "replicasets" },
  { verbs: WRITE2, group: "apps", resource: "statefulsets" },
  { verbs: WRITE2, group: "apps", resource: "daemonsets" },
  { verbs: WRITE2, group: "batch", resource: "jobs" },
  { verbs: WRITE2, group: "batch", resource: "cronjobs" },
  // An ephemeral container is added to a running pod through the pods/ephemeralcontainers
  // subresource: `kubectl debug` sends a strategic-merge PATCH there (kubectl
  // pkg/cmd/debug/debug.go, debugByEphemeralContainer), and PUT (update) replaces the list. The
  // container gets the pod's service account, volumes and the securityContext its writer chooses
  // (Pod Security admission permitting): https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/
  { verbs: ["update", "patch"], group: "", resource: "pods", subresource: "ephemeralcontainers" },
  // Pod-bearing custom resources leastpriv knows (src/model/crd-extractors.ts): their controllers
  // create the pods, so writing them is creating pods.
  ...[
    ["argoproj.io", ["workflows", "cronworkflows", "rollouts"]],
    ["jobset.x-k8s.io", ["jobsets"]],
    ["leaderworkerset.x-k8s.io", ["leaderworkersets"]],
    ["kubeflow.org", ["mpijobs", "pytorchjobs", "tfjobs", "xgboostjobs", "paddlejobs", "jaxjobs", "mxjobs"]],
    ["serving.knative.dev", ["services", "configurations"]],
    ["keda.sh", ["scaledjobs"]],
    ["apps.kruise.io", ["clonesets", "statefulsets", "daemonsets", "broadcastjobs", "advancedcronjobs"]],
    ["ray.io", ["rayclusters", "rayjobs", "rayservices"]],
    ["postgresql.cnpg.io", ["poolers"]],
    ["apps.openshift.io", ["deploymentconfigs"]]
  ].flatMap(([group, resources]) => resources.map((resource) => ({ verbs: WRITE2, group, resource })))
], changesRunningPodOnly = (h) => h.spec.group === "" && h.spec.resource === "pods" && (h.spec.subresource === "ephemeralcontainers" || h.verb !== "create"), pod_creating_workload_write_default = {
  meta: {
    code: "LP111",
    name: "pod-creating-workload-write",
    severity: "warning",
    category: "rbac",
    description: "A role can create, update or patch Pods or a workload that creates Pods, or add ephemeral containers to running Pods.",
    securitySeverity: 6.5,
    tags: ["rbac", "escalation", "workloads"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Whoever writes a pod template chooses the pod's service account and volumes, so it can use every Secret, ConfigMap and service account of the namespace, and a privileged or hostPath pod unless Pod Security admission forbids it. Keep it to the namespaces and workloads that need it, with Pod Security `restricted` there.",
      running: "{role} grants {grants} ({scope}). This cannot choose a pod's service account or volumes, but it puts code of the writer's choosing into running pods ({how}), where it runs with that pod's service account token, volumes and privileges, a privileged or host-network pod's included. Restrict it with resourceNames to the pods that need it, or keep it to namespaces whose pods hold nothing more than the writer may."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create`, `update` or `patch` on Pods, ReplicationControllers, Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs or CronJobs, or on the pod-bearing custom resources leastpriv knows (Argo Workflow/CronWorkflow/Rollout, JobSet, LeaderWorkerSet, Kubeflow jobs, Knative Service/Configuration, KEDA ScaledJob, OpenKruise workloads, KubeRay, CloudNativePG Pooler, OpenShift DeploymentConfig): their controllers create the pods. Also `update` or `patch` on `pods/ephemeralcontainers`, which adds a container of the writer's choosing to a running pod (`kubectl debug`). A rule that only changes running pods (`update`/`patch` on Pods, which may change only the containers' images and a few scheduling fields, or ephemeral containers) is worded as that: it cannot pick a service account or volumes, but its code runs with the pod's. Severity follows scope: `warning` cluster-wide, `note` in namespaces. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: 'The RBAC good practices page ("Workload creation") explains that permission to create workloads implicitly grants access to many other resources in the namespace: a pod can mount any Secret, ConfigMap or PersistentVolume there and run as any service account there, and, where Pod Security admission allows it, run privileged or with host namespaces and take over the node. Deployment tools and operators need it; the finding asks to keep it narrow.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ci }
rules:
- apiGroups: ["apps"]
  resources: ["deployments"]
  verbs: ["create", "update", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: ci, namespace: app }
rules:
- apiGroups: ["apps"]
  resources: ["deployments"]
  resourceNames: ["web"]
  verbs: ["update", "patch"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation",
        "https://kubernetes.io/docs/concepts/security/pod-security-admission/",
        "https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS7, (hit) => hit.hits.every(changesRunningPodOnly) ? { messageId: "running", data: { how: [
    ...hit.hits.some((h) => !h.spec.subresource) ? ["a pod update may replace its containers' images"] : [],
    ...hit.hits.some((h) => h.spec.subresource === "ephemeralcontainers") ? ["an ephemeral container is added with the image, command and securityContext its writer chooses"] : []
  ].join("; ") } } : { messageId: "grant" })
};

// rules/cluster-admin-binding.ts
var cluster_admin_binding_default = {
  meta: {
    code: "LP112",
    name: "cluster-admin-binding",
    severity: "error",
    category: "rbac",
    description: "A binding grants the `cluster-admin` ClusterRole.",
    securitySeverity: 9,
    tags: ["rbac", "escalation", "cluster-admin"],
    messages: {
      cluster: "{binding} grants cluster-admin cluster-wide to {subjects}: every verb on every resource in every namespace, RBAC included. Bind a role with only what these subjects use (or `admin`/`edit` per namespace).",
      namespace: "{binding} grants cluster-admin in namespace {namespace} to {subjects}: every verb on every resource of the namespace, its Roles, RoleBindings and Secrets included. Bind `admin` or `edit`, or a role with only what these subjects use."
    },
    carriesCauseOf: {
      codes: ["LP115"],
      why: "cluster-admin includes exec into every pod, so the `exec-into-node-access-workload` (LP115) findings on the same binding are folded into this one as related locations (the attack paths stay listed there): the fix is the binding itself."
    },
    docs: {
      whatItDoes: "Flags each ClusterRoleBinding (at the configured severity, `error`) and RoleBinding (one step lower) whose roleRef is the ClusterRole `cluster-admin`.",
      whyItMatters: "cluster-admin allows every action on every resource. Bound cluster-wide it is full control of the cluster; in a RoleBinding it is full control of the namespace, including its Roles, RoleBindings and Secrets. The RBAC good practices page asks administrators not to use cluster-admin accounts except where specifically needed; a workload bound to it turns any compromise of that workload into a compromise of the cluster.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ci-admin }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
- { kind: ServiceAccount, name: ci, namespace: ci }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ci-deployer, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
subjects:
- { kind: ServiceAccount, name: ci, namespace: ci }`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles"
      ]
    }
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    let ref = roleRefOf(obj);
    if (!ref || ref.kind !== "ClusterRole" || ref.name !== "cluster-admin") return;
    let b = ctx.model.rbac.bindingOf(obj), subjects = b?.subjects.length ? b.subjects.map((s) => s.principal.kind === "ServiceAccount" ? `ServiceAccount ${s.principal.namespace}/${s.principal.name}` : `${s.principal.kind} ${s.principal.name}`).join(", ") : "no valid subject", cluster = obj.kind === "ClusterRoleBinding";
    ctx.report({
      object: obj,
      path: ["roleRef", "name"],
      messageId: cluster ? "cluster" : "namespace",
      severity: scaled(ctx.severity, cluster ? "cluster" : "namespace"),
      data: { binding: `${obj.kind} ${cluster ? "" : (obj.namespace ?? "") + "/"}${obj.name}`, subjects, namespace: obj.namespace ?? "" },
      cause: `binding:${objectKey(obj)}`
    });
  }
};

// rules/gitops-controller-write.ts
var WRITE3 = ["create", "update", "patch"], SPECS8 = [
  { verbs: WRITE3, group: "kustomize.toolkit.fluxcd.io", resource: "kustomizations" },
  { verbs: WRITE3, group: "helm.toolkit.fluxcd.io", resource: "helmreleases" },
  ...["gitrepositories", "ocirepositories", "helmrepositories", "buckets"].map((resource) => ({ verbs: WRITE3, group: "source.toolkit.fluxcd.io", resource })),
  ...["applications", "applicationsets", "appprojects"].map((resource) => ({ verbs: WRITE3, group: "argoproj.io", resource }))
], gitops_controller_write_default = {
  meta: {
    code: "LP119",
    name: "gitops-controller-write",
    severity: "warning",
    category: "rbac",
    description: "A role can write Flux or Argo CD objects, whose controller deploys with more power than the writer (usually cluster-admin).",
    securitySeverity: 8,
    tags: ["rbac", "escalation", "gitops"],
    messages: {
      grant: "{role} grants {grants} ({scope}). The Flux or Argo CD controller applies what these objects point to with its own identity (cluster-admin in the default installs), not the writer's: whoever writes one deploys anything that identity can \u2014 a privileged DaemonSet, a ClusterRoleBinding. Keep it to the GitOps controllers themselves, or restrict the controller (Flux `serviceAccountName` per Kustomization/HelmRelease with --default-service-account; Argo CD AppProject destinations and resource allowlists)."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create`, `update` or `patch` on Flux `Kustomization`, `HelmRelease`, `GitRepository`, `OCIRepository`, `HelmRepository`, `Bucket`, or Argo CD `Application`, `ApplicationSet`, `AppProject`. Severity follows scope: `warning` cluster-wide, `note` in namespaces. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: `RBAC checks what the writer may do, not what the object makes a controller do: the controller acts with its own service account, which GitOps installs bind to cluster-admin. Write access to these objects is therefore an escalation to the controller's power \u2014 the same pattern as creating pods (RBAC good practices, "Workload creation"), one level up.`,
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: team-deployer }
rules:
- apiGroups: ["kustomize.toolkit.fluxcd.io"]
  resources: ["kustomizations"]
  verbs: ["create", "update", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: team-deployer, namespace: team-a }
rules:
- apiGroups: ["kustomize.toolkit.fluxcd.io"]
  resources: ["kustomizations"]
  verbs: ["update", "patch"]
# and the Flux controllers started with --default-service-account, so a Kustomization in team-a
# applies as team-a's service account, not as cluster-admin`,
      references: [
        "https://fluxcd.io/flux/installation/configuration/multitenancy/",
        "https://argo-cd.readthedocs.io/en/stable/operator-manual/security/",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS8)
};

// rules/public-group-binding.ts
var LOWER3 = { error: "warning", warning: "note", note: "note" }, public_group_binding_default = {
  meta: {
    code: "LP113",
    name: "public-group-binding",
    severity: "error",
    category: "rbac",
    description: "A binding grants a role to `system:anonymous`, `system:unauthenticated`, `system:authenticated` or `system:serviceaccounts`.",
    securitySeverity: 8.5,
    tags: ["rbac", "exposure", "anonymous"],
    messages: {
      anonymous: "{binding} grants {role} to {subject}: anyone who can reach the API server, with no credentials at all, gets it {scope}. Remove the subject; bind a named group or service account instead.",
      authenticated: "{binding} grants {role} to system:authenticated: every authenticated identity \u2014 every service account of every namespace, every user of every identity provider the cluster trusts \u2014 gets it {scope}. Bind the groups or service accounts that need it.",
      serviceAccounts: "{binding} grants {role} to system:serviceaccounts: every service account of every namespace \u2014 the token of every pod in the cluster, present and future \u2014 gets it {scope}, so one compromised workload anywhere has it. Bind the service accounts that need it (or `system:serviceaccounts:<namespace>` for one namespace's applications)."
    },
    docs: {
      whatItDoes: "Flags each subject of a RoleBinding or ClusterRoleBinding that is the user `system:anonymous` or the group `system:unauthenticated` (configured severity, `error`), or the group `system:authenticated` or `system:serviceaccounts` (one step lower); a RoleBinding lowers each by one more step. The group `system:serviceaccounts:<namespace>` (every service account of one namespace) is not flagged: the RBAC reference gives it as the way to grant a role to all applications of a namespace.",
      whyItMatters: "With anonymous authentication enabled (the API server default), requests without credentials are made as `system:anonymous` in `system:unauthenticated`, so a binding to either gives its role to anyone who can reach the API server. `system:authenticated` contains every service account token and every user of every authenticator, often far more identities than intended; `system:serviceaccounts` every service account of every namespace, so any pod of the cluster holds the role (the RBAC reference calls such a binding discouraged). The RBAC good practices page asks to review and remove bindings to `system:unauthenticated` where possible.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: public-read }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
- { kind: Group, name: system:unauthenticated, apiGroup: rbac.authorization.k8s.io }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: team-read }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
- { kind: Group, name: team-a, apiGroup: rbac.authorization.k8s.io }`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#hardening",
        "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions"
      ]
    }
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    let cluster = obj.kind === "ClusterRoleBinding", ref = obj.value.roleRef, role = `${ref?.kind ?? "role"} ${ref?.name ?? "?"}`, label = `${obj.kind} ${cluster ? "" : (obj.namespace ?? "") + "/"}${obj.name}`;
    for (let { subject, index } of subjectsOf(obj)) {
      let anonymous = subject.kind === "User" && subject.name === ANONYMOUS || subject.kind === "Group" && subject.name === ALL_UNAUTHENTICATED, authenticated = subject.kind === "Group" && subject.name === ALL_AUTHENTICATED, serviceAccounts = subject.kind === "Group" && subject.name === ALL_SERVICE_ACCOUNTS;
      if (!anonymous && !authenticated && !serviceAccounts) continue;
      let severity = anonymous ? ctx.severity : LOWER3[ctx.severity];
      cluster || (severity = LOWER3[severity]), ctx.report({
        object: obj,
        path: ["subjects", index, "name"],
        messageId: anonymous ? "anonymous" : authenticated ? "authenticated" : "serviceAccounts",
        severity,
        data: { binding: label, role, subject: `${subject.kind} ${subject.name}`, scope: cluster ? "cluster-wide" : `in namespace ${obj.namespace ?? ""}` }
      });
    }
  }
};

// rules/namespace-modify.ts
var SPECS9 = [{ verbs: ["update", "patch"], group: "", resource: "namespaces" }], namespace_modify_default = {
  meta: {
    code: "LP114",
    name: "namespace-modify",
    severity: "warning",
    category: "rbac",
    description: "A role can update or patch Namespaces.",
    securitySeverity: 6,
    tags: ["rbac", "escalation", "admission"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Whoever changes a namespace's labels changes which policies apply to it: Pod Security admission levels (`pod-security.kubernetes.io/enforce`), network policies and admission webhooks that select namespaces by label. Restrict it with resourceNames, or let an administrator own namespace labels."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `update` or `patch` on `namespaces`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: 'The RBAC good practices page ("Namespace modification") warns that users who can patch Namespace objects can change their labels, and so escape Pod Security admission, NetworkPolicies or admission policies that select namespaces by label.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ns-editor }
rules:
- apiGroups: [""]
  resources: ["namespaces"]
  verbs: ["get", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ns-reader }
rules:
- apiGroups: [""]
  resources: ["namespaces"]
  verbs: ["get"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#namespace-modification",
        "https://kubernetes.io/docs/concepts/security/pod-security-admission/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS9)
};

// src/model/capabilities.ts
function normaliseCapability(name) {
  let up = name.trim().toUpperCase();
  return up.startsWith("CAP_") ? up.slice(4) : up;
}
function addedCapabilities(c) {
  let add = c.container.securityContext?.capabilities?.add;
  return Array.isArray(add) ? add.flatMap(
    (name, i) => typeof name == "string" ? [{ name, normalised: normaliseCapability(name), path: [...c.path, "securityContext", "capabilities", "add", i] }] : []
  ) : [];
}
function dropsAll(c) {
  let drop = c.container.securityContext?.capabilities?.drop;
  return Array.isArray(drop) && drop.some((d) => d === "ALL");
}
function dropsAllInOtherCase(c) {
  let drop = c.container.securityContext?.capabilities?.drop;
  if (!(!Array.isArray(drop) || dropsAll(c)))
    return drop.find((d) => typeof d == "string" && d.toUpperCase() === "ALL");
}
function dropPath(c) {
  return [...c.path, "securityContext", "capabilities", "drop"];
}

// src/model/justify.ts
var JUSTIFY_PREFIX = "justify.leastpriv.dev/", justifyKey = (privilege) => JUSTIFY_PREFIX + privilege.toLowerCase().replace(/_/g, "-"), WORK_NOTE = /^(?:todo|fixme|xxx|hack|tbd)\b/i, COMMENTED_YAML = /^(?:-\s*["']?[A-Z_]*["']?|[A-Za-z]+:\s*(?:true|false|\d+|\[.*\]|\{.*\}|["']?[A-Z_]+["']?)?)$/;
function asReason(text) {
  let t = text?.trim();
  if (!(!t || !/[\p{L}\p{N}]/u.test(t)) && !WORK_NOTE.test(t) && !COMMENTED_YAML.test(t))
    return t;
}
function reasonFor(annotations, privilege, comment) {
  let ann = annotations[justifyKey(privilege)], a = typeof ann == "string" ? asReason(ann) : void 0;
  if (a) return { reason: a, source: "annotation" };
  let c = asReason(comment());
  return c ? { reason: c, source: "comment" } : void 0;
}

// src/rbac/node-access.ts
var BASELINE_CAPS = /* @__PURE__ */ new Set(["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]);
function justifiedBy(commentFor) {
  return (obj, path, privilege, annotations) => reasonFor(annotations, privilege, () => commentFor(obj, path)) !== void 0;
}
function nodeAccess(obj, justified) {
  let features = [], seen = /* @__PURE__ */ new Set(), add = (what, path) => {
    let key = path.join(".");
    seen.has(key) || (seen.add(key), features.push({ what, path }));
  };
  for (let pod of podSpecs(obj)) {
    let spec = pod.spec, ann = podAnnotations(pod);
    spec.hostPID === !0 && add("hostPID", podFieldPath(pod, "hostPID")), spec.hostIPC === !0 && add("hostIPC", podFieldPath(pod, "hostIPC")), spec.hostNetwork === !0 && !justified(obj, podFieldPath(pod, "hostNetwork"), "host-network", ann) && add("hostNetwork", podFieldPath(pod, "hostNetwork"));
    for (let v of volumes(pod)) {
      let hp = v.volume.hostPath;
      hp && typeof hp == "object" && add(`hostPath ${String(hp.path ?? "")}`.trim(), [...v.path, "hostPath"]);
    }
    for (let c of containers(pod)) {
      c.container.securityContext?.privileged === !0 && add(`privileged container "${c.name}"`, [...c.path, "securityContext", "privileged"]);
      for (let cap of addedCapabilities(c))
        BASELINE_CAPS.has(cap.normalised) || justified(obj, cap.path, `cap-${cap.normalised}`, ann) || add(`capability ${cap.normalised} in "${c.name}"`, cap.path);
    }
  }
  return features.length ? { object: obj, features } : void 0;
}
function nodeAccessByNamespace(model, justified) {
  let out = /* @__PURE__ */ new Map();
  for (let o of model.objects) {
    if (!podSpecs(o).length) continue;
    let na = nodeAccess(o, justified);
    if (!na) continue;
    let ns = o.namespace ?? "", l = out.get(ns);
    l ? l.push(na) : out.set(ns, [na]);
  }
  return out;
}
function podNameCouldBe(obj, podName) {
  return obj.kind === "Pod" ? obj.name === podName : podName.startsWith(`${obj.name}-`);
}

// rules/exec-into-node-access-workload.ts
var SUBS = ["exec", "attach"], exec_into_node_access_workload_default = {
  meta: {
    code: "LP115",
    name: "exec-into-node-access-workload",
    severity: "error",
    category: "rbac",
    description: "A subject can exec or attach into pods of a workload that reaches the node (privileged, host namespaces, hostPath, extra capabilities).",
    securitySeverity: 8.8,
    tags: ["rbac", "attack-path", "exec", "node"],
    messages: {
      path: "{subject} can {how} {scope} through this binding ({role}, {roleWhere}) into pods of {workloads}, which reach{es} the node ({features}): subject \u2192 {binding} \u2192 {role} \u2192 pods of {first} \u2192 node. Remove exec/attach from the role (or restrict it with resourceNames to other pods), or take the node access away from the workload."
    },
    yieldsTo: {
      codes: ["LP112"],
      why: "On a binding of `cluster-admin`, which `cluster-admin-binding` (LP112) reports, the attack path is a consequence of that binding: it is folded into the LP112 finding as a related location instead of reported apart. Reported as usual for every other binding, and when LP112 is off."
    },
    docs: {
      whatItDoes: "For every subject and namespace, takes the union of its grants (as the RBAC authorizer does) and, if it can open `pods/exec` or `pods/attach` (`create`; before Kubernetes 1.35, `--kube-version`, also `get` alone, the WebSocket verb), looks for workloads in that namespace (every namespace for ClusterRoleBindings; in a repository of several bundles, such as kustomize overlays or Flux cluster folders, only those of the binding's own bundle and of files no bundle includes: README, *Which objects meet in one cluster*) whose pods are privileged, use hostPID/hostIPC/hostNetwork, mount hostPath, or add capabilities beyond the Pod Security baseline. One finding lands on each binding that gives the exec/attach grant, explaining the chain subject \u2192 binding \u2192 role \u2192 pods \u2192 node. Grants restricted by resourceNames count only for pods whose names could match (bare Pods by name, controllers' pods by the name prefix). hostNetwork and capabilities that carry a written reason (see `unjustified-privilege`) are accepted risks and do not count; workloads without a namespace count only for ClusterRoleBindings.",
      whyItMatters: "Exec and attach run commands inside an existing pod with everything the pod has. Into a privileged or hostPID pod, that is root on the node: the host's processes, filesystem and kubelet credentials, and from there other pods' secrets. Neither the role nor the workload looks dangerous on its own \u2014 the risk is their combination, which is why it is checked across objects. The incident's debug agent (privileged, hostPID) was exec-able by the MCP service account in its namespace.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: debug, namespace: tools }
subjects:
- { kind: ServiceAccount, name: mcp }      # can exec into debug-agent, which is privileged
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: exec }
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: debug-agent, namespace: tools }
spec:
  template:
    spec:
      hostPID: true
      containers:
      - name: agent
        securityContext: { privileged: true }`,
      useInstead: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: debug-agent, namespace: tools }
spec:
  template:
    spec:
      hostNetwork: true    # tools read the node's network stack
      containers:
      - name: agent
        securityContext:
          capabilities:
            drop: [ALL]
            add: [NET_ADMIN]  # iptables-save, conntrack`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation",
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://github.com/kubernetes/kubernetes/issues/78741",
        "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#AuthorizePodWebsocketUpgradeCreatePermission"
      ]
    }
  },
  checkModel(ctx) {
    let graph = ctx.model.rbac, byNs = nodeAccessByNamespace(ctx.model, justifiedBy(ctx.commentFor));
    if (!byNs.size) return;
    let all2 = [...byNs.values()].flat(), verbs = streamOpeningVerbs(ctx.kubeVersion), reported = /* @__PURE__ */ new Set();
    for (let scope of subjectScopes(graph)) {
      let workloads = scope.namespace ? byNs.get(scope.namespace) ?? [] : all2;
      if (workloads.length)
        for (let g of scope.grants) {
          let subs = SUBS.filter((s) => verbs.some((v) => grantsVerbOn(g.rule.rule, v, "", "pods", s)));
          if (!subs.length) continue;
          let names = g.rule.rule.resourceNames ?? [], reached = names.length ? workloads.filter((w) => names.some((n) => podNameCouldBe(w.object, n))) : workloads;
          if (!reached.length) continue;
          let key = `${g.binding.object.render?.root ?? ""}\0${g.binding.object.file.path}\0${g.binding.object.documentIndex}\0${g.binding.object.rootPath.join(".")}\0${g.subjectIndex}`;
          reported.has(key) || (reported.add(key), report(g, scope.principal, scope.namespace, subs, reached));
        }
    }
    function featureNames(reached) {
      let seen = /* @__PURE__ */ new Set();
      for (let w of reached)
        for (let f of w.features)
          if (seen.add(f.what), seen.size === 6) return [...seen].join(", ");
      return [...seen].join(", ");
    }
    function report(g, principal, namespace, subs, reached) {
      let src = g.rule.source, list = reached.slice(0, 3).map((w) => `${objectLabel(w.object)} (${ctx.where(w.object, [])})`), more = reached.length > 3 ? ` and ${reached.length - 3} more` : "", features = featureNames(reached);
      ctx.report({
        object: g.binding.object,
        path: ["subjects", g.subjectIndex],
        messageId: "path",
        cause: `binding:${objectKey(g.binding.object)}`,
        data: {
          subject: principalLabel(principal),
          how: subs.join(" and "),
          scope: namespace ? `in namespace ${namespace}` : "in every namespace",
          role: roleLabel(g.role),
          roleWhere: src.object ? ctx.where(src.object, ["rules", g.rule.index]) : "built-in",
          workloads: list.join(", ") + more,
          first: objectLabel(reached[0].object),
          es: reached.length === 1 ? "es" : "",
          features,
          binding: `${g.binding.kind} ${g.binding.namespace ? g.binding.namespace + "/" : ""}${g.binding.name}`
        }
      });
    }
  }
};

// rules/redundant-grant.ts
function coveringBindings(rules, grants) {
  let byBinding = /* @__PURE__ */ new Map();
  for (let g of grants) byBinding.set(g.binding, [...byBinding.get(g.binding) ?? [], g]);
  let kept2 = [...byBinding.keys()];
  for (let i = kept2.length - 1; i >= 0; i--) {
    let rest = kept2.filter((_, j) => j !== i).flatMap((k) => byBinding.get(k));
    rules.every((r2) => ruleCoveredBy(r2, rest)) && kept2.splice(i, 1);
  }
  return kept2.map((k) => byBinding.get(k)[0]);
}
var redundant_grant_default = {
  meta: {
    code: "LP116",
    name: "redundant-grant",
    severity: "note",
    category: "rbac",
    description: "A binding gives a subject nothing that its other bindings do not already give.",
    securitySeverity: 1,
    tags: ["rbac", "maintainability"],
    messages: {
      redundant: "{subject} already gets everything {role} grants {scope} through {others}: this binding adds nothing. Remove it, or narrow the other grant so each binding states one need."
    },
    docs: {
      whatItDoes: "For each subject of each binding, checks whether every rule of the bound role is already allowed to that subject by its other bindings in the same scope (the binding's namespace for a RoleBinding; other ClusterRoleBindings for a ClusterRoleBinding), its groups' bindings included. Only bindings applied together count: in a repository of several bundles (kustomize overlays, Flux cluster folders), those of the binding's own bundle and of files no bundle includes (README, *Which objects meet in one cluster*). Such a binding is reported as a note. Of two bindings that cover each other, the one later in the files is reported; the same binding (kind, namespace, name) written twice, as in a kustomize base and a rendered bundle, is a copy and not reported. The message names the bindings that do the covering (none that could be dropped), each with its file and line.",
      whyItMatters: 'RBAC permissions only add up, so a redundant binding changes nothing today \u2014 but it hides where a permission really comes from: removing the "real" grant later leaves the subject with it anyway, and reviews of least privilege go wrong. It is also a sign that a broad grant (a ClusterRoleBinding, a wildcard) covers what was meant to be granted narrowly.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: alice-view }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: alice-view, namespace: dev }    # redundant
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: alice-view, namespace: dev }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]`,
      references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#periodic-review"]
    }
  },
  checkModel(ctx) {
    let graph = ctx.model.rbac, redundant = /* @__PURE__ */ new Set(), bindings = [...graph.bindings].reverse();
    for (let b of bindings)
      if (!(!b.role || !b.role.rules.length))
        for (let s of b.subjects) {
          let user = userOf(s.principal) ?? { name: "", groups: [s.principal.name] }, same2 = (o) => o.kind === b.kind && o.namespace === b.namespace && o.name === b.name, others = graph.rulesFor(user, b.namespace).filter((g) => g.binding !== b && !same2(g.binding) && !redundant.has(g.binding) && (b.kind === "RoleBinding" || g.binding.kind === "ClusterRoleBinding"));
          if (!others.length || !b.role.rules.every((r2) => ruleCoveredBy(r2.rule, others))) continue;
          redundant.add(b);
          let cover = coveringBindings(b.role.rules.map((r2) => r2.rule), others), via = cover.slice(0, 3).map((g) => `${g.binding.kind} ${g.binding.namespace ? g.binding.namespace + "/" : ""}${g.binding.name} (${ctx.where(g.binding.object, ["subjects", g.subjectIndex])})`);
          cover.length > 3 && via.push(`${cover.length - 3} more`), ctx.report({
            object: b.object,
            path: ["subjects", s.index],
            messageId: "redundant",
            data: {
              subject: principalLabel(s.principal),
              role: roleLabel(b.role),
              scope: b.namespace ? `in namespace ${b.namespace}` : "cluster-wide",
              others: via.join(", ")
            }
          });
          break;
        }
  }
};

// rules/dangling-role-ref.ts
var dangling_role_ref_default = {
  meta: {
    code: "LP117",
    name: "dangling-role-ref",
    severity: "note",
    category: "rbac",
    description: "A binding refers to a role that is not in the manifests (or cannot be referenced).",
    securitySeverity: 3,
    tags: ["rbac", "correctness"],
    messages: {
      missing: "{binding} refers to {ref}, which is not defined in these manifests and is not a built-in role: as far as leastpriv can tell it grants nothing. If the role lives outside this repository, list it in the rule option `external`; otherwise fix the name.",
      invalid: "{binding} refers to {ref}: {reason}, so it grants nothing."
    },
    optionsSchema: { type: "object", properties: { external: { type: "array", items: { type: "string" } } }, additionalProperties: !1 },
    defaultOptions: { external: [] },
    docs: {
      whatItDoes: "Flags a RoleBinding or ClusterRoleBinding whose roleRef names a role that is neither in the manifests nor a built-in role (`cluster-admin`, `admin`, `edit`, `view`, the Role `kube-system/extension-apiserver-authentication-reader`, and any `system:` role, which the API server creates), and a roleRef that can never resolve (a ClusterRoleBinding to a Role, an unknown kind or apiGroup). Default severity `note`: the role may be created outside the repository (another chart, an operator).",
      whyItMatters: "A binding to a missing role grants nothing until a role of that name appears \u2014 perhaps much later, from another source, with rules nobody reviewed together with this binding. A typo in a role name silently leaves a workload without its permissions (403s at run time) and leaves leastpriv unable to answer can-i for it.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: app, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: app-reder }
subjects:
- { kind: ServiceAccount, name: app }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: app, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: app-reader }
subjects:
- { kind: ServiceAccount, name: app }`,
      references: [
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding",
        "https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/rbac/validation/rule.go"
      ],
      notes: 'Option `external` (list of role names) names roles known to exist outside the manifests: `{ "rules": { "dangling-role-ref": { "options": { "external": ["vendor-reader"] } } } }`. Raise the severity to `warning` in repositories that hold every role.'
    }
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    let b = ctx.model.rbac.bindingOf(obj);
    if (!b || b.role || !b.roleRef) return;
    let ref = b.roleRef, label = `${obj.kind} ${b.namespace ? b.namespace + "/" : ""}${obj.name}`, refText = `${ref.kind} ${ref.kind === "Role" && b.namespace ? b.namespace + "/" : ""}${ref.name}`, reason;
    if (ref.apiGroup && ref.apiGroup !== RBAC_GROUP ? reason = `roleRef.apiGroup must be ${RBAC_GROUP}` : ref.kind !== "Role" && ref.kind !== "ClusterRole" ? reason = "roleRef.kind must be Role or ClusterRole" : ref.kind === "Role" && obj.kind === "ClusterRoleBinding" ? reason = "a ClusterRoleBinding can only refer to a ClusterRole" : !isPathSegmentName(ref.name) && !hasSubstitution(ref.name) && (reason = 'roleRef.name must be a valid name (not empty, "." or "..", no "/" or "%"), so the API server refuses the binding'), reason) {
      ctx.report({ object: obj, path: ["roleRef"], messageId: "invalid", severity: "error", data: { binding: label, ref: refText, reason } });
      return;
    }
    b.rejected || isSystemRoleName(ref.name) || (ctx.options.external ?? []).includes(ref.name) || ctx.report({ object: obj, path: ["roleRef", "name"], messageId: "missing", data: { binding: label, ref: refText } });
  }
};

// rules/invalid-binding-subject.ts
var invalid_binding_subject_default = {
  meta: {
    code: "LP118",
    name: "invalid-binding-subject",
    severity: "error",
    category: "rbac",
    description: "A binding subject the API server rejects, with the whole binding (unknown kind, wrong apiGroup, no name or an invalid one, service account without namespace).",
    securitySeverity: 3,
    tags: ["rbac", "correctness"],
    messages: {
      invalid: "Subject {index} of {binding} {problem}: the API server rejects the whole binding (`subjects[{index}].{field}`), so applying it fails and none of its subjects get the role.",
      noNamespace: "Subject {index} of {binding} is a ServiceAccount without a namespace: a ClusterRoleBinding has no namespace to default to, so the API server rejects the whole binding (`subjects[{index}].namespace: Required value`) and none of its subjects get the role. Set `namespace:` (kustomize sets it only when a `namespace:` transformer applies to this file)."
    },
    docs: {
      whatItDoes: "Flags each subject of a RoleBinding or ClusterRoleBinding that the API server rejects, and with it the whole binding (the authorizer could never match it either): a kind other than User, Group or ServiceAccount; a User or Group with an apiGroup other than `rbac.authorization.k8s.io`; a ServiceAccount with a non-empty apiGroup; a subject without a name; a ServiceAccount whose name is no DNS-1123 subdomain (such as the full user name `system:serviceaccount:NS:NAME`); a ServiceAccount without a namespace in a ClusterRoleBinding (one step lower, `warning`: the kustomize namespace transformer often fills it in). A refused binding grants nothing in leastpriv's model either: the other rules (attack paths, redundant grants, effective permissions, `can-i`) count no grant from it.",
      whyItMatters: "The API server validates every subject of a binding and rejects the binding when one fails (pkg/apis/rbac/validation/validation.go): `kubectl apply` reports an error for that object, a GitOps sync fails, and until it is fixed none of its subjects (the valid ones included) get the role, so the workloads get 403s. A ServiceAccount subject without a namespace takes the namespace of a RoleBinding, but a ClusterRoleBinding has none to give. A User or Group subject without `apiGroup` is fine: the API server fills in `rbac.authorization.k8s.io`.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: app }
subjects:
- { kind: ServiceAccount, name: app }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: app }
subjects:
- { kind: ServiceAccount, name: app, namespace: app }`,
      references: [
        "https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/rbac/validation/rule.go",
        "https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/rbac/validation/validation.go",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects"
      ]
    }
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    let b = ctx.model.rbac.bindingOf(obj);
    if (!b) return;
    let label = `${obj.kind} ${b.namespace ? b.namespace + "/" : ""}${obj.name}`;
    for (let p of b.problems) {
      if (p.problem.field === "namespace") {
        ctx.report({ object: obj, path: ["subjects", p.index], messageId: "noNamespace", severity: ctx.severity === "error" ? "warning" : "note", data: { index: p.index, binding: label } });
        continue;
      }
      ctx.report({ object: obj, path: ["subjects", p.index, p.problem.field], messageId: "invalid", data: { index: p.index, binding: label, problem: p.problem.problem, field: p.problem.field } });
    }
  }
};

// rules/invalid-role-rule.ts
var invalid_role_rule_default = {
  meta: {
    code: "LP120",
    name: "invalid-role-rule",
    severity: "error",
    category: "rbac",
    description: "A rule of a Role or ClusterRole the API server rejects, with the whole role (no verbs, no apiGroups or resources, nonResourceURLs in a Role or mixed with resources).",
    securitySeverity: 3,
    tags: ["rbac", "correctness"],
    messages: {
      invalid: "Rule {index} of {role} {problem}: the API server rejects the whole {kind} (`rules[{index}].{field}`), so applying it fails and none of its rules are granted to anyone bound to it."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that the API server's validation refuses: a rule without `verbs`; a resource rule without `apiGroups` (the core group is written `\"\"`) or without `resources`; `nonResourceURLs` in a Role (only a ClusterRole can grant them) or together with `apiGroups`, `resources` or `resourceNames`. A refused role grants nothing in leastpriv's model either: the other rules (attack paths, redundant grants, effective permissions, `can-i`) count no grant from it, and an aggregated ClusterRole takes no rule from it.",
      whyItMatters: "The API server validates every rule of a role and rejects the object when one fails: `kubectl apply` reports an error, a GitOps sync fails, and until it is fixed the role does not exist, so every binding to it grants nothing and the workloads get 403s. Leaving out `apiGroups` for a core resource (`pods`, `secrets`) is the usual cause: the field has no default.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- resources: ["configmaps"]
  verbs: ["get"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- apiGroups: [""]
  resources: ["configmaps"]
  verbs: ["get"]`,
      references: ["https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/rbac/validation/validation.go", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#role-example"]
    }
  },
  checkObject(obj, ctx) {
    if (!isRole(obj)) return;
    let role = obj.kind === "Role" && obj.namespace ? `Role ${obj.namespace}/${obj.name}` : `${obj.kind} ${obj.name}`, dropped = droppedFields(obj);
    for (let p of policyRuleProblems(obj))
      dropped.some((d) => d[0] === "rules" && (d.length === 1 || d[1] === p.index && (d.length === 2 || d[2] === p.field))) || ctx.report({ object: obj, path: ["rules", p.index, p.field], messageId: "invalid", data: { index: p.index, role, problem: p.problem, kind: obj.kind, field: p.field } });
  }
};

// rules/privileged-container.ts
function unprivileged(c) {
  let sc = [...c.path, "securityContext"], caps = c.container.securityContext?.capabilities, drop = caps?.drop;
  return {
    description: "Set `privileged: false`, drop ALL capabilities and list the ones the container needs under `add`",
    edits: [
      { path: [...sc, "privileged"], set: !1 },
      ...dropsAll(c) ? [] : Array.isArray(drop) ? [{ path: [...sc, "capabilities", "drop"], append: "ALL" }] : [{ path: [...sc, "capabilities", "drop"], set: ["ALL"] }],
      ...caps?.add === void 0 ? [{ path: [...sc, "capabilities", "add"], set: [], comment: `TODO: add back only what ${c.name} needs, e.g. NET_ADMIN, NET_RAW` }] : []
    ]
  };
}
var privileged_container_default = {
  meta: {
    code: "LP201",
    name: "privileged-container",
    severity: "error",
    category: "pod-security",
    description: "A container runs with `privileged: true`.",
    securitySeverity: 9,
    tags: ["security", "pod-security", "capabilities"],
    messages: {
      privileged: "{container} runs privileged: every capability, every host device, no seccomp or AppArmor confinement, equivalent to root on the node. Remove `privileged: true`, drop ALL capabilities and add back only the ones the container needs (e.g. NET_ADMIN, NET_RAW)."
    },
    carriesCauseOf: {
      codes: ["LP202"],
      why: "A privileged container holds every capability whatever its `drop` list says, so `capabilities-not-dropped` (LP202) is not reported for it: this finding is the one to fix, and removing `privileged: true` brings LP202 back if the container still keeps the default capabilities."
    },
    docs: {
      whatItDoes: "Flags every container, init container and ephemeral container whose `securityContext.privileged` is `true`.",
      whyItMatters: 'A privileged container gets every Linux capability and access to all host devices, and runs without the default seccomp and AppArmor confinement. The Kubernetes API reference calls it "essentially equivalent to root on the host": a compromise of the container is a compromise of the node. It is almost always replaceable by a short list of capabilities.',
      example: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: debug-agent
spec:
  selector: { matchLabels: { app: debug-agent } }
  template:
    metadata: { labels: { app: debug-agent } }
    spec:
      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            privileged: true`,
      useInstead: `          securityContext:
            privileged: false
            capabilities:
              drop: [ALL]
              add:
                - NET_ADMIN  # iptables-save, conntrack
                - NET_RAW    # ping`,
      references: [
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1",
        "https://man7.org/linux/man-pages/man7/capabilities.7.html"
      ]
    }
  },
  checkObject(obj, ctx) {
    for (let pod of podSpecs(obj))
      for (let c of containers(pod))
        c.container.securityContext?.privileged === !0 && ctx.report({
          object: obj,
          path: [...c.path, "securityContext", "privileged"],
          messageId: "privileged",
          data: { container: containerLabel(c) },
          suggestions: [unprivileged(c)],
          cause: `container:${objectKey(obj)}:${c.path.join(".")}`
        });
  }
};

// rules/capabilities-not-dropped.ts
function dropAllOffer(c) {
  let drop = c.container.securityContext?.capabilities?.drop, path = dropPath(c);
  if (Array.isArray(drop)) {
    let i = drop.findIndex((d) => typeof d == "string" && /^(cap_)?all$/i.test(d.trim()));
    return i !== -1 ? { fix: { description: `Write \`${drop[i]}\` as \`ALL\``, edits: [{ path: [...path, i], set: "ALL" }] } } : { suggestions: [{ description: "Add `ALL` to `capabilities.drop`", edits: [{ path, append: "ALL" }] }] };
  }
  return { suggestions: [{ description: "Set `capabilities.drop: [ALL]`", edits: [{ path, set: ["ALL"] }] }] };
}
var capabilities_not_dropped_default = {
  meta: {
    code: "LP202",
    name: "capabilities-not-dropped",
    severity: "warning",
    category: "pod-security",
    description: "A container does not drop ALL capabilities.",
    securitySeverity: 5.5,
    tags: ["security", "pod-security", "capabilities"],
    messages: {
      otherCase: "{container} drops `{written}`: containerd and CRI-O compare capability names without regard to case, so the container does run without capabilities, but Pod Security `restricted` requires exactly `ALL` and refuses the pod. Write `drop: [ALL]`.",
      notDropped: "{container} keeps the container runtime's default capabilities (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, \u2026): add `capabilities: { drop: [ALL] }` to its securityContext and add back only what it needs."
    },
    yieldsTo: {
      codes: ["LP201"],
      why: "On a privileged container, `drop: [ALL]` changes nothing (privileged gives every capability), so this finding is folded into `privileged-container` (LP201) as a related location, not reported apart. With LP201 off it is reported as usual."
    },
    docs: {
      whatItDoes: "Flags every container, init container and ephemeral container whose `securityContext.capabilities.drop` does not contain `ALL`. Pods with `spec.os.name: windows` are skipped.",
      whyItMatters: "Without `drop: [ALL]`, a container runs with its runtime's default capability set (containerd and CRI-O grant about fourteen, including CHOWN, DAC_OVERRIDE, SETUID, SETGID and, on many runtimes, NET_RAW). Most workloads need none of them; each one is an extra step an attacker can take after a compromise. Dropping ALL and adding back the few that are needed makes the privileges explicit and reviewable. The Pod Security Standards' restricted profile requires it.",
      example: `      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            capabilities:
              add: [NET_RAW]`,
      useInstead: `      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_RAW]   # ping`,
      references: [
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
        "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container",
        "https://man7.org/linux/man-pages/man7/capabilities.7.html"
      ]
    }
  },
  checkObject(obj, ctx) {
    for (let pod of podSpecs(obj))
      if (pod.spec.os?.name !== "windows")
        for (let c of containers(pod)) {
          if (dropsAll(c)) continue;
          let cause = `container:${objectKey(obj)}:${c.path.join(".")}`, other = dropsAllInOtherCase(c);
          other ? ctx.report({ object: obj, path: dropPath(c), messageId: "otherCase", data: { container: containerLabel(c), written: other }, cause, ...dropAllOffer(c) }) : ctx.report({ object: obj, path: dropPath(c), messageId: "notDropped", data: { container: containerLabel(c) }, cause, ...dropAllOffer(c) });
        }
  }
};

// rules/capability-outside-allowlist.ts
var capability_outside_allowlist_default = {
  meta: {
    code: "LP203",
    name: "capability-outside-allowlist",
    severity: "error",
    category: "pod-security",
    description: "A container adds a Linux capability that the allowlist does not permit.",
    securitySeverity: 7.5,
    tags: ["security", "pod-security", "capabilities"],
    messages: {
      notAllowed: "{container} adds capability {capability}, which is not in the allowlist ({allow}). Remove it, or, if the container really needs it, add it to `rules.capability-outside-allowlist.options.allow` in .leastpriv.yaml.",
      all: "{container} adds ALL capabilities: the same kernel privileges as a privileged container. Add only the capabilities it needs."
    },
    optionsSchema: {
      type: "object",
      additionalProperties: !1,
      properties: { allow: { type: "array", items: { type: "string" }, description: "Capabilities containers may add (names with or without CAP_)." } }
    },
    defaultOptions: { allow: ["NET_BIND_SERVICE", "NET_ADMIN", "NET_RAW"] },
    carriesCauseOf: {
      codes: ["LP205"],
      why: "A capability outside the allowlist is reported here only: `unjustified-privilege` (LP205) does not also ask for a reason on the same token, since a reason does not make it allowed. Once the capability is allowed (or the rule is off), LP205 asks for its reason."
    },
    docs: {
      whatItDoes: "Flags each entry of `securityContext.capabilities.add` that is not in the allowlist. The allowlist defaults to NET_BIND_SERVICE, NET_ADMIN and NET_RAW, the capabilities network tools need; `ALL` is never allowed. Names are compared without the `CAP_` prefix and case.",
      whyItMatters: 'Capabilities such as SYS_ADMIN ("the new root": mount, namespaces, BPF\u2026), SYS_PTRACE, SYS_MODULE or DAC_READ_SEARCH give a container ways out to the node. Each one added should be a deliberate, reviewed decision; the allowlist makes that decision once, in config, instead of in every pull request.',
      example: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [SYS_ADMIN]`,
      useInstead: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN]   # iptables-save, conntrack`,
      references: ["https://man7.org/linux/man-pages/man7/capabilities.7.html", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
      notes: "Options: `allow` (list of capability names). Example:\n\n```yaml\nrules:\n  capability-outside-allowlist:\n    options:\n      allow: [NET_BIND_SERVICE, NET_ADMIN, NET_RAW, SYS_PTRACE]\n```"
    }
  },
  checkObject(obj, ctx) {
    let allow = new Set(ctx.options.allow.map(normaliseCapability)), allowText = [...allow].join(", ") || "empty";
    for (let pod of podSpecs(obj))
      for (let c of containers(pod))
        for (let cap of addedCapabilities(c)) {
          let cause = `capability:${objectKey(obj)}:${cap.path.join(".")}`;
          cap.normalised === "ALL" ? ctx.report({ object: obj, path: cap.path, messageId: "all", data: { container: containerLabel(c) }, cause }) : allow.has(cap.normalised) || ctx.report({ object: obj, path: cap.path, messageId: "notAllowed", data: { container: containerLabel(c), capability: cap.name, allow: allowText }, cause });
        }
  }
};

// rules/host-pid-ipc.ts
var host_pid_ipc_default = {
  meta: {
    code: "LP204",
    name: "host-pid-ipc",
    severity: "error",
    category: "pod-security",
    description: "A pod shares the node's process (hostPID) or IPC (hostIPC) namespace.",
    securitySeverity: 8,
    tags: ["security", "pod-security", "host-namespaces"],
    messages: {
      hostPID: "{object} sets hostPID: its containers see every process on the node, can read their environment and /proc, and with ptrace can enter them. Remove `hostPID: true` unless the pod inspects host processes; if it must stay, suppress this finding with the reason (`# leastpriv-ignore host-pid-ipc -- <why>`): a plain comment does not accept it.",
      hostIPC: "{object} sets hostIPC: its containers share the node's System V IPC and POSIX shared memory with every host process. Remove `hostIPC: true`; if it must stay, suppress this finding with the reason (`# leastpriv-ignore host-pid-ipc -- <why>`)."
    },
    docs: {
      whatItDoes: "Flags pod specs with `hostPID: true` or `hostIPC: true`. hostNetwork has its own rule (unjustified-privilege), because network diagnostics often need it.",
      notes: "Unlike hostNetwork and added capabilities (unjustified-privilege), hostPID and hostIPC are not accepted by a written comment or a `justify.leastpriv.dev/` annotation: they are Pod Security baseline violations reported as errors, and a comment next to them usually describes them (`hostPID: true  # See all host processes`) rather than justifies them. The one way to accept one is a suppression that names this rule and gives the reason (`# leastpriv-ignore host-pid-ipc -- reads host /proc for per-process metrics`, or the annotation `ignore.leastpriv.dev/host-pid-ipc`), which reports list as suppressed with their justification.",
      whyItMatters: "With hostPID a container sees all node processes: their command lines and environment (often secrets), and, with CAP_SYS_PTRACE or root, the ability to attach to them or enter their namespaces (`nsenter -t 1`). hostIPC shares the node's shared memory segments. Both break the isolation between pod and node; the Pod Security Standards' baseline profile forbids them.",
      example: `    spec:
      hostPID: true
      hostNetwork: true  # network diagnostics
      containers:
        - name: agent
          image: nicolaka/netshoot`,
      useInstead: `    spec:
      hostNetwork: true  # network diagnostics
      containers:
        - name: agent
          image: nicolaka/netshoot`,
      references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline", "https://man7.org/linux/man-pages/man7/pid_namespaces.7.html"]
    }
  },
  checkObject(obj, ctx) {
    for (let pod of podSpecs(obj))
      for (let field of ["hostPID", "hostIPC"]) {
        if (pod.spec[field] !== !0) continue;
        let path = podFieldPath(pod, field);
        ctx.report({ object: obj, path, messageId: field, data: { object: objectLabel(obj) }, suggestions: [{ description: `Set \`${field}: false\``, edits: [{ path, set: !1 }] }] });
      }
  }
};

// rules/unjustified-privilege.ts
var NO_REASON_NEEDED = /* @__PURE__ */ new Set(["NET_BIND_SERVICE"]), unjustified_privilege_default = {
  meta: {
    code: "LP205",
    name: "unjustified-privilege",
    severity: "warning",
    category: "pod-security",
    description: "hostNetwork or an added capability carries no written reason.",
    securitySeverity: 4,
    tags: ["security", "pod-security", "review"],
    messages: {
      hostNetwork: '{object} uses the node\'s network namespace (hostNetwork) with no reason written for it. Say why, as a comment on the line (`hostNetwork: true  # inspects node routes`) or as the annotation `{annotation}: "<reason>"`, or remove it.',
      capability: '{container} adds {capability} with no reason written for it. Say why, as a comment on the line (`- {capability}  # what needs it`) or as the annotation `{annotation}: "<reason>"`, or remove it.'
    },
    yieldsTo: {
      codes: ["LP203"],
      why: "An added capability that `capability-outside-allowlist` (LP203) reports is not reported again here for its missing reason: LP203 carries the root cause (the capability is not allowed at all). hostNetwork and allowed capabilities are reported here as usual."
    },
    docs: {
      whatItDoes: "Flags `hostNetwork: true` and every added capability other than NET_BIND_SERVICE that has no written reason. A reason is either a YAML comment on the same line or alone on the line just above, or an annotation on the workload or its pod template: `justify.leastpriv.dev/host-network` for hostNetwork, `justify.leastpriv.dev/cap-<name>` for a capability (`cap-net-raw`, `cap-sys-ptrace`; lower case, `_` as `-`), whose value is the reason. Reasons are listed in the report under *Justified privileges*.",
      whyItMatters: "Some privileges are legitimately needed (network diagnostics need the node's network namespace and NET_ADMIN/NET_RAW), but each one widens what a compromise can reach. A reason written next to the privilege turns it from an accident into a reviewed decision, keeps the next reviewer from removing something needed, and makes it easy to see when the reason no longer holds.",
      example: `    spec:
      hostNetwork: true
      containers:
        - name: agent
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN, NET_RAW]`,
      useInstead: `    spec:
      hostNetwork: true  # tools inspect the node's interfaces, routes and iptables
      containers:
        - name: agent
          securityContext:
            capabilities:
              drop: [ALL]
              add:
                - NET_ADMIN  # iptables-save, conntrack
                - NET_RAW    # ping (ICMP raw sockets)`,
      references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline", "https://man7.org/linux/man-pages/man7/capabilities.7.html"],
      notes: "What counts as a reason (the same for hostNetwork and capabilities here, and for the node-access paths of `exec-into-node-access-workload`; `host-pid-ipc` takes no written reason, only a suppression): a comment on the line or alone on the line above, or the annotation, with some text. Not reasons: an empty comment or annotation value, a note of work to do (`# TODO remove`, `FIXME`, `XXX`, `HACK`, `TBD`), commented-out YAML (`# - SYS_ADMIN`, `# privileged: true`), leastpriv directives (`# leastpriv-ignore \u2026`) and test markers (`# expect: \u2026`). The capability annotation applies to every container of the pod."
    }
  },
  checkObject(obj, ctx) {
    let seen = /* @__PURE__ */ new Set();
    for (let pod of podSpecs(obj)) {
      let annotations = podAnnotations(pod), reasonFor2 = (privilege, path) => reasonFor(annotations, privilege, () => ctx.commentFor(obj, path)), hostNetworkPath = podFieldPath(pod, "hostNetwork");
      if (pod.spec.hostNetwork === !0 && !seen.has(hostNetworkPath.join("."))) {
        let path = hostNetworkPath;
        seen.add(path.join("."));
        let r2 = reasonFor2("host-network", path);
        r2 ? ctx.justified({ object: obj, path, privilege: "hostNetwork", ...r2 }) : ctx.report({ object: obj, path, messageId: "hostNetwork", data: { object: objectLabel(obj), annotation: justifyKey("host-network") } });
      }
      for (let c of containers(pod))
        for (let cap of addedCapabilities(c)) {
          if (NO_REASON_NEEDED.has(cap.normalised)) continue;
          let r2 = reasonFor2(`cap-${cap.normalised}`, cap.path);
          r2 ? ctx.justified({ object: obj, path: cap.path, privilege: `${cap.normalised} (${c.name})`, ...r2 }) : ctx.report({
            object: obj,
            path: cap.path,
            messageId: "capability",
            data: { container: containerLabel(c), capability: cap.name, annotation: justifyKey(`cap-${cap.normalised}`) },
            cause: `capability:${objectKey(obj)}:${cap.path.join(".")}`
          });
        }
    }
  }
};

// src/pss/checks/helpers.ts
var subjectOf = (c) => containerLabel(c), podSubject = (pod) => podLabel(pod), isWindows = (pod) => pod.spec.os?.name === "windows", inUserNamespace = (pod) => pod.spec.hostUsers === !1, quote = (s) => JSON.stringify(s);

// src/pss/checks/host.ts
var hostNamespaces = {
  id: "hostNamespaces",
  level: "baseline",
  source: "check_hostNamespaces.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => ["hostNetwork", "hostPID", "hostIPC"].flatMap(
        (f) => pod.spec[f] === !0 ? [{ path: podFieldPath(pod, f), subject: podSubject(pod), detail: `sets ${f}: true` }] : []
      )
    }
  ]
}, hostPathVolumes = {
  id: "hostPathVolumes",
  level: "baseline",
  source: "check_hostPathVolumes.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => volumes(pod).flatMap(
        (v) => v.volume.hostPath !== void 0 && v.volume.hostPath !== null ? [{ path: [...v.path, "hostPath"], subject: podSubject(pod), detail: `mounts hostPath volume ${quote(v.volume.name)}` }] : []
      )
    }
  ]
}, hostPorts = {
  id: "hostPorts",
  level: "baseline",
  source: "check_hostPorts.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => containers(pod).flatMap((c) => {
        let ports = c.container.ports;
        return Array.isArray(ports) ? ports.flatMap(
          (p, i) => p && typeof p.hostPort == "number" && p.hostPort !== 0 ? [{ path: [...c.path, "ports", i, "hostPort"], subject: subjectOf(c), detail: `sets hostPort ${p.hostPort}` }] : []
        ) : [];
      })
    }
  ]
}, PROBES = ["livenessProbe", "readinessProbe", "startupProbe"], HOOKS = ["postStart", "preStop"];
function handlerHosts(h, path) {
  if (!h || typeof h != "object") return [];
  let out = [];
  for (let action of ["httpGet", "tcpSocket"]) {
    let host = h[action]?.host;
    typeof host == "string" && host !== "" && out.push({ host, path: [...path, action, "host"] });
  }
  return out;
}
var hostProbesAndHostLifecycle = {
  id: "hostProbesAndHostLifecycle",
  level: "baseline",
  source: "check_hostProbesAndhostLifecycle.go",
  versions: [
    {
      minMinor: 34,
      check: (pod) => containers(pod).flatMap((c) => {
        let hits = PROBES.flatMap((p) => handlerHosts(c.container[p], [...c.path, p])), lc = c.container.lifecycle;
        if (lc && typeof lc == "object") for (let h of HOOKS) hits.push(...handlerHosts(lc[h], [...c.path, "lifecycle", h]));
        return hits.map((h) => ({ path: h.path, subject: subjectOf(c), detail: `sends a probe or lifecycle hook to host ${quote(h.host)}` }));
      })
    }
  ]
};
function hostProcessAt(pod) {
  let out = [];
  pod.spec.securityContext?.windowsOptions?.hostProcess === !0 && out.push({ path: [...podFieldPath(pod, "securityContext"), "windowsOptions", "hostProcess"], subject: podSubject(pod), detail: "sets windowsOptions.hostProcess: true" });
  for (let c of containers(pod))
    c.container.securityContext?.windowsOptions?.hostProcess === !0 && out.push({ path: [...c.path, "securityContext", "windowsOptions", "hostProcess"], subject: subjectOf(c), detail: "sets windowsOptions.hostProcess: true" });
  return out;
}
var windowsHostProcess = {
  id: "windowsHostProcess",
  level: "baseline",
  source: "check_windowsHostProcess.go",
  versions: [{ minMinor: 0, check: hostProcessAt }]
};

// src/pss/checks/privilege.ts
var privileged = {
  id: "privileged",
  level: "baseline",
  source: "check_privileged.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => containers(pod).flatMap(
        (c) => c.container.securityContext?.privileged === !0 ? [{ path: [...c.path, "securityContext", "privileged"], subject: subjectOf(c), detail: "sets privileged: true" }] : []
      )
    }
  ]
};
function escalationFix(sc) {
  if (sc?.privileged === !0)
    return "Remove `privileged: true` first (the API server rejects `allowPrivilegeEscalation: false` together with it), add back only the capabilities the container needs, then set `allowPrivilegeEscalation: false`.";
  if (Array.isArray(sc?.capabilities?.add) && sc.capabilities.add.includes("CAP_SYS_ADMIN"))
    return "Remove `CAP_SYS_ADMIN` from `capabilities.add` first (the API server rejects `allowPrivilegeEscalation: false` together with it), then set `allowPrivilegeEscalation: false`.";
}
var escalation_1_8 = (pod) => containers(pod).flatMap((c) => {
  let v = c.container.securityContext?.allowPrivilegeEscalation;
  if (v === !1) return [];
  let fix = escalationFix(c.container.securityContext);
  return [
    {
      path: [...c.path, "securityContext", "allowPrivilegeEscalation"],
      subject: subjectOf(c),
      detail: v === !0 ? "sets allowPrivilegeEscalation: true" : "does not set allowPrivilegeEscalation: false",
      ...fix ? { fix } : {}
    }
  ];
}), allowPrivilegeEscalation = {
  id: "allowPrivilegeEscalation",
  level: "restricted",
  source: "check_allowPrivilegeEscalation.go",
  versions: [
    { minMinor: 8, check: escalation_1_8 },
    { minMinor: 25, check: (pod) => isWindows(pod) ? [] : escalation_1_8(pod) }
  ]
};

// src/pss/checks/capabilities.ts
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]), capabilitiesBaseline = {
  id: "capabilities_baseline",
  level: "baseline",
  source: "check_capabilities_baseline.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => containers(pod).flatMap((c) => {
        let add = c.container.securityContext?.capabilities?.add;
        return Array.isArray(add) ? add.flatMap(
          (cap, i) => typeof cap == "string" && !BASELINE_CAPABILITIES.has(cap) ? [{ path: [...c.path, "securityContext", "capabilities", "add", i], subject: subjectOf(c), detail: `adds capability ${quote(cap)}` }] : []
        ) : [];
      })
    }
  ]
}, restricted_1_22 = (pod) => containers(pod).flatMap((c) => {
  let out = [], caps = c.container.securityContext?.capabilities, drop = caps?.drop;
  (!Array.isArray(drop) || !drop.some((d) => d === "ALL")) && out.push({ path: [...c.path, "securityContext", "capabilities", "drop"], subject: subjectOf(c), detail: "does not drop ALL capabilities" });
  let add = caps?.add;
  return Array.isArray(add) && add.forEach((cap, i) => {
    cap !== "NET_BIND_SERVICE" && out.push({ path: [...c.path, "securityContext", "capabilities", "add", i], subject: subjectOf(c), detail: `adds capability ${quote(cap)}` });
  }), out;
}), capabilitiesRestricted = {
  id: "capabilities_restricted",
  level: "restricted",
  source: "check_capabilities_restricted.go",
  versions: [
    { minMinor: 22, check: restricted_1_22, overrides: ["capabilities_baseline"] },
    { minMinor: 25, check: (pod) => isWindows(pod) ? [] : restricted_1_22(pod), overrides: ["capabilities_baseline"] }
  ]
};

// src/pss/checks/confinement.ts
var APPARMOR_PREFIX = "container.apparmor.security.beta.kubernetes.io/", okAppArmorAnnotation = (v) => v === "" || v === "runtime/default" || typeof v == "string" && v.startsWith("localhost/"), okAppArmorType = (t) => t === "RuntimeDefault" || t === "Localhost", appArmorProfile = {
  id: "appArmorProfile",
  level: "baseline",
  source: "check_appArmorProfile.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => {
        let out = [], psc = pod.spec.securityContext?.appArmorProfile;
        psc && typeof psc == "object" && !okAppArmorType(psc.type) && out.push({ path: [...podFieldPath(pod, "securityContext"), "appArmorProfile", "type"], subject: podSubject(pod), detail: `sets appArmorProfile.type ${quote(psc.type ?? "")}` });
        for (let c of containers(pod)) {
          let p = c.container.securityContext?.appArmorProfile;
          p && typeof p == "object" && !okAppArmorType(p.type) && out.push({ path: [...c.path, "securityContext", "appArmorProfile", "type"], subject: subjectOf(c), detail: `sets appArmorProfile.type ${quote(p.type ?? "")}` });
        }
        for (let [k, v] of Object.entries(podOwnAnnotations(pod)))
          k.startsWith(APPARMOR_PREFIX) && !okAppArmorAnnotation(v) && out.push({ path: [...pod.metadataPath ?? [], "annotations", k], subject: podSubject(pod), detail: `sets annotation ${k}=${quote(v)}` });
        return out;
      }
    }
  ]
}, SELINUX_TYPES_1_0 = ["", "container_t", "container_init_t", "container_kvm_t"], SELINUX_TYPES_1_31 = [...SELINUX_TYPES_1_0, "container_engine_t"];
function seLinux2(allowed) {
  let ok2 = new Set(allowed);
  return (pod) => {
    let out = [], checkOpts = (o, path, subject) => {
      if (!o || typeof o != "object") return;
      let opts = o, type = typeof opts.type == "string" ? opts.type : "";
      ok2.has(type) || out.push({ path: [...path, "type"], subject, detail: `sets seLinuxOptions.type ${quote(type)}` });
      for (let f of ["user", "role"])
        typeof opts[f] == "string" && opts[f] !== "" && out.push({ path: [...path, f], subject, detail: `sets seLinuxOptions.${f} ${quote(opts[f])}` });
    };
    checkOpts(pod.spec.securityContext?.seLinuxOptions, [...podFieldPath(pod, "securityContext"), "seLinuxOptions"], podSubject(pod));
    for (let c of containers(pod)) checkOpts(c.container.securityContext?.seLinuxOptions, [...c.path, "securityContext", "seLinuxOptions"], subjectOf(c));
    return out;
  };
}
var seLinuxOptions = {
  id: "seLinuxOptions",
  level: "baseline",
  source: "check_seLinuxOptions.go",
  versions: [
    { minMinor: 0, check: seLinux2(SELINUX_TYPES_1_0) },
    { minMinor: 31, check: seLinux2(SELINUX_TYPES_1_31) }
  ]
}, POD_SECCOMP_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod", CONTAINER_SECCOMP_PREFIX = "container.seccomp.security.alpha.kubernetes.io/", okSeccompAnnotation = (v) => v === "runtime/default" || v === "docker/default" || typeof v == "string" && v.startsWith("localhost/"), okSeccompType = (t) => t === "RuntimeDefault" || t === "Localhost", seccompAnnotations_1_0 = (pod) => {
  let out = [], ann = podOwnAnnotations(pod), at2 = (k) => [...pod.metadataPath ?? [], "annotations", k];
  POD_SECCOMP_ANNOTATION in ann && !okSeccompAnnotation(ann[POD_SECCOMP_ANNOTATION]) && out.push({ path: at2(POD_SECCOMP_ANNOTATION), subject: podSubject(pod), detail: `sets annotation ${POD_SECCOMP_ANNOTATION}=${quote(ann[POD_SECCOMP_ANNOTATION])}` });
  for (let c of containers(pod)) {
    let k = CONTAINER_SECCOMP_PREFIX + c.name;
    k in ann && !okSeccompAnnotation(ann[k]) && out.push({ path: at2(k), subject: subjectOf(c), detail: `has annotation ${k}=${quote(ann[k])}` });
  }
  return out;
}, seccompFields_1_19 = (pod) => {
  let out = [], psp = pod.spec.securityContext?.seccompProfile;
  psp && typeof psp == "object" && !okSeccompType(psp.type) && out.push({ path: [...podFieldPath(pod, "securityContext"), "seccompProfile", "type"], subject: podSubject(pod), detail: `sets seccompProfile.type ${quote(psp.type ?? "")}` });
  for (let c of containers(pod)) {
    let p = c.container.securityContext?.seccompProfile;
    p && typeof p == "object" && !okSeccompType(p.type) && out.push({ path: [...c.path, "securityContext", "seccompProfile", "type"], subject: subjectOf(c), detail: `sets seccompProfile.type ${quote(p.type ?? "")}` });
  }
  return out;
}, seccompProfileBaseline = {
  id: "seccompProfile_baseline",
  level: "baseline",
  source: "check_seccompProfile_baseline.go",
  versions: [
    { minMinor: 0, check: seccompAnnotations_1_0 },
    { minMinor: 19, check: seccompFields_1_19 }
  ]
}, seccompRestricted_1_19 = (pod) => {
  let out = seccompFields_1_19(pod), psp = pod.spec.securityContext?.seccompProfile;
  if (!(!!psp && typeof psp == "object" && okSeccompType(psp.type)))
    for (let c of containers(pod)) {
      let p = c.container.securityContext?.seccompProfile;
      (!p || typeof p != "object") && out.push({ path: [...c.path, "securityContext", "seccompProfile"], subject: subjectOf(c), detail: "sets no seccompProfile (and the pod sets none): it runs Unconfined" });
    }
  return out;
}, seccompProfileRestricted = {
  id: "seccompProfile_restricted",
  level: "restricted",
  source: "check_seccompProfile_restricted.go",
  versions: [
    { minMinor: 19, check: seccompRestricted_1_19, overrides: ["seccompProfile_baseline"] },
    { minMinor: 25, check: (pod) => isWindows(pod) ? [] : seccompRestricted_1_19(pod), overrides: ["seccompProfile_baseline"] }
  ]
};

// src/pss/checks/kernel.ts
var procMount_1_0 = (pod) => containers(pod).flatMap((c) => {
  let pm = c.container.securityContext?.procMount;
  return pm == null || pm === "Default" ? [] : [{ path: [...c.path, "securityContext", "procMount"], subject: subjectOf(c), detail: `sets procMount ${quote(pm)}` }];
}), procMount = {
  id: "procMount",
  level: "baseline",
  source: "check_procMount_baseline.go",
  versions: [
    { minMinor: 0, check: procMount_1_0 },
    { minMinor: 35, check: (pod) => inUserNamespace(pod) ? [] : procMount_1_0(pod) }
  ]
}, procMountRestricted = {
  id: "procMount_restricted",
  level: "restricted",
  source: "check_procMount_restricted.go",
  versions: [{ minMinor: 35, check: procMount_1_0, overrides: ["procMount"] }]
}, SAFE_SYSCTLS = [
  { minMinor: 0, names: ["kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start"] },
  { minMinor: 27, names: ["net.ipv4.ip_local_reserved_ports"] },
  { minMinor: 29, names: ["net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"] },
  { minMinor: 32, names: ["net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"] },
  // sysctlsAllowedV1Dot37 (kubernetes PR #138389, milestone v1.37).
  { minMinor: 37, names: ["net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"] }
];
function sysctlsUpTo(minMinor) {
  let ok2 = new Set(SAFE_SYSCTLS.filter((s) => s.minMinor <= minMinor).flatMap((s) => s.names));
  return (pod) => {
    let list = pod.spec.securityContext?.sysctls;
    return Array.isArray(list) ? list.flatMap(
      (s, i) => s && typeof s.name == "string" && !ok2.has(s.name) ? [{ path: [...podFieldPath(pod, "securityContext"), "sysctls", i, "name"], subject: podSubject(pod), detail: `sets sysctl ${quote(s.name)}` }] : []
    ) : [];
  };
}
var sysctls = {
  id: "sysctls",
  level: "baseline",
  source: "check_sysctls.go",
  versions: SAFE_SYSCTLS.map((s) => ({ minMinor: s.minMinor, check: sysctlsUpTo(s.minMinor) }))
};

// src/pss/checks/volumes.ts
var VOLUME_TYPES = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image"
], ALLOWED_VOLUME_TYPES = /* @__PURE__ */ new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"]), restrictedVolumes = {
  id: "restrictedVolumes",
  level: "restricted",
  source: "check_restrictedVolumes.go",
  versions: [
    {
      minMinor: 0,
      overrides: ["hostPathVolumes"],
      check: (pod) => volumes(pod).flatMap((v) => {
        let type = VOLUME_TYPES.find((t) => v.volume[t] !== void 0 && v.volume[t] !== null);
        return type && !ALLOWED_VOLUME_TYPES.has(type) ? [{ path: [...v.path, type], subject: podSubject(pod), detail: `mounts volume ${quote(v.volume.name)} of type ${type}` }] : [];
      })
    }
  ]
};

// src/pss/checks/users.ts
var runAsNonRoot_1_0 = (pod) => {
  let out = [], podValue = pod.spec.securityContext?.runAsNonRoot;
  podValue === !1 && out.push({ path: [...podFieldPath(pod, "securityContext"), "runAsNonRoot"], subject: podSubject(pod), detail: "sets runAsNonRoot: false" });
  for (let c of containers(pod)) {
    let v = c.container.securityContext?.runAsNonRoot, path = [...c.path, "securityContext", "runAsNonRoot"];
    v === !1 ? out.push({ path, subject: subjectOf(c), detail: "sets runAsNonRoot: false" }) : v !== !0 && podValue !== !0 && out.push({ path, subject: subjectOf(c), detail: "does not set runAsNonRoot: true (nor does the pod)" });
  }
  return out;
}, runAsNonRoot = {
  id: "runAsNonRoot",
  level: "restricted",
  source: "check_runAsNonRoot.go",
  versions: [
    { minMinor: 0, check: runAsNonRoot_1_0 },
    { minMinor: 35, check: (pod) => inUserNamespace(pod) ? [] : runAsNonRoot_1_0(pod) }
  ]
}, runAsUser_1_23 = (pod) => {
  let out = [];
  pod.spec.securityContext?.runAsUser === 0 && out.push({ path: [...podFieldPath(pod, "securityContext"), "runAsUser"], subject: podSubject(pod), detail: "sets runAsUser: 0" });
  for (let c of containers(pod))
    c.container.securityContext?.runAsUser === 0 && out.push({ path: [...c.path, "securityContext", "runAsUser"], subject: subjectOf(c), detail: "sets runAsUser: 0" });
  return out;
}, runAsUser = {
  id: "runAsUser",
  level: "restricted",
  source: "check_runAsUser.go",
  versions: [
    { minMinor: 23, check: runAsUser_1_23 },
    { minMinor: 35, check: (pod) => inUserNamespace(pod) ? [] : runAsUser_1_23(pod) }
  ]
};

// src/pss/registry.ts
var CHECKS = [
  windowsHostProcess,
  hostNamespaces,
  privileged,
  capabilitiesBaseline,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  appArmorProfile,
  seLinuxOptions,
  procMount,
  seccompProfileBaseline,
  sysctls,
  restrictedVolumes,
  allowPrivilegeEscalation,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
  capabilitiesRestricted,
  procMountRestricted
], byId = new Map(CHECKS.map((c) => [c.id, c])), pssCheck = (id) => byId.get(id);
function revisionAt(check3, v) {
  let hit;
  for (let r2 of check3.versions) r2.minMinor <= v.minor && (hit = r2);
  return hit;
}
function applicability(id, level, version) {
  let check3 = byId.get(id);
  if (!check3) throw new Error(`unknown Pod Security Standards check '${id}'`);
  if (check3.level === "restricted" && level === "baseline") return { applies: !1, why: "level" };
  let revision = revisionAt(check3, version);
  if (!revision) return { applies: !1, why: "version" };
  if (level === "restricted" && check3.level === "baseline") {
    for (let other of CHECKS)
      if (other.level === "restricted" && revisionAt(other, version)?.overrides?.includes(id))
        return { applies: !1, why: "overridden", by: other.id };
  }
  return { applies: !0, revision };
}

// src/pss/rule.ts
var PSS_URL = "https://kubernetes.io/docs/concepts/security/pod-security-standards/", PSA_SOURCE = "https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/";
function versionNotes(control, changes) {
  let check3 = pssCheck(control), since = check3.versions.map((v) => `v1.${v.minMinor}`).join(", ");
  return [
    `PSA check \`${control}\` (${check3.level}), derived from [\`${check3.source}\`](${PSA_SOURCE}${check3.source}); revisions from policy ${since}.`,
    changes ? `

Version changes: ${changes}` : "",
    "\n\nOptions: `level` (`baseline` or `restricted`), set by the profile. Under `--profile pss-baseline` / `pss-restricted` the rule is an error and follows `--kube-version` (config `kubeVersion`)."
  ].join("");
}
function definePssRule(spec) {
  let check3 = pssCheck(spec.control);
  if (!check3) throw new Error(`unknown PSA check ${spec.control}`);
  return {
    meta: {
      code: spec.code,
      name: spec.name,
      control: spec.control,
      severity: "error",
      category: "pod-security",
      description: spec.description,
      securitySeverity: spec.securitySeverity,
      tags: ["security", "pod-security", "pss", ...spec.tags],
      messages: {
        violation: `{subject} {detail}: the Pod Security Standards {level} level forbids it (PSA check ${spec.control}, policy {version}). {fix}`
      },
      optionsSchema: {
        type: "object",
        additionalProperties: !1,
        properties: { level: { enum: ["baseline", "restricted"], description: "Pod Security Standards level to evaluate at." } }
      },
      defaultOptions: { level: check3.level },
      docs: {
        ...spec.docs,
        references: [PSS_URL, `${PSA_SOURCE}${check3.source}`, ...spec.docs.references ?? []],
        notes: versionNotes(spec.control, spec.changes) + (spec.docs.notes ? `

${spec.docs.notes}` : "")
      }
    },
    checkObject(obj, ctx) {
      let version = effectiveVersion(ctx.kubeVersion), a = applicability(spec.control, ctx.options.level, version);
      if (!a.applies) return;
      let byPath = /* @__PURE__ */ new Map();
      for (let pod of podSpecs(obj))
        for (let v of a.revision.check(pod)) {
          let key = v.path.join("\0"), hit = byPath.get(key);
          hit ? hit.pods.push(pod.path.join(".")) : byPath.set(key, { v, pods: [pod.path.join(".")], inferred: !!pod.inferred });
        }
      for (let { v, pods, inferred } of byPath.values())
        ctx.report({
          object: obj,
          path: v.path,
          messageId: "violation",
          data: {
            subject: pods.length > 1 ? `${objectLabel(obj)} (for its ${pods.length} pods ${pods.join(", ")})` : v.subject,
            detail: v.detail,
            fix: v.fix ?? spec.fix,
            level: ctx.options.level,
            version: formatVersion(version),
            control: spec.control,
            pod: pods.join(","),
            ...inferred ? { inferred: "true" } : {}
          },
          ...spec.suggest ? { suggestions: [{ description: spec.suggest.description, edits: [{ path: v.path, set: spec.suggest.value }] }] } : {}
        });
    }
  };
}

// rules/pss-windows-host-process.ts
var pss_windows_host_process_default = definePssRule({
  code: "LP301",
  name: "pss-windows-host-process",
  control: "windowsHostProcess",
  description: "A Windows pod or container runs as a HostProcess container (PSS baseline).",
  securitySeverity: 9,
  tags: ["windows"],
  fix: "Remove `windowsOptions.hostProcess: true`; run the workload as a normal Windows container.",
  changes: "none (one revision since v1.0).",
  docs: {
    whatItDoes: "Flags `securityContext.windowsOptions.hostProcess: true` on the pod or on any container, init container or ephemeral container.",
    whyItMatters: "A Windows HostProcess container runs directly on the node, with the node's network and file system and as a node account: it is the Windows equivalent of a privileged container. Pod Security Admission rejects it at the baseline level.",
    example: `spec:
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUserName: "NT AUTHORITY\\\\SYSTEM"
  hostNetwork: true`,
    useInstead: `spec:
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser`,
    references: []
  }
});

// rules/pss-host-namespaces.ts
var pss_host_namespaces_default = definePssRule({
  code: "LP302",
  name: "pss-host-namespaces",
  control: "hostNamespaces",
  description: "A pod shares the node's network, process or IPC namespace (PSS baseline).",
  securitySeverity: 8,
  tags: ["host-namespaces"],
  fix: "Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false).",
  changes: "none (one revision since v1.0).",
  docs: {
    whatItDoes: "Flags `hostNetwork: true`, `hostPID: true` and `hostIPC: true` on the pod spec. Off under the `leastpriv` profile, where host-pid-ipc (LP204) and unjustified-privilege (LP205, hostNetwork with a written reason) decide instead.",
    whyItMatters: "Sharing a host namespace removes the isolation between the pod and the node: with hostNetwork the pod sees and binds the node's interfaces and reaches node-local services; with hostPID it sees every process on the node; with hostIPC it shares the node's shared memory.",
    example: `spec:
  hostNetwork: true
  hostPID: true`,
    useInstead: `spec:
  containers:
    - name: app
      image: registry.example/app:1.0`,
    references: []
  }
});

// rules/pss-privileged-container.ts
var pss_privileged_container_default = definePssRule({
  code: "LP303",
  name: "pss-privileged-container",
  control: "privileged",
  description: "A container runs privileged (PSS baseline).",
  securitySeverity: 9,
  tags: ["capabilities"],
  fix: "Remove `privileged: true`; drop ALL capabilities and add back only those needed.",
  changes: "none (one revision since v1.0).",
  docs: {
    whatItDoes: "Flags `securityContext.privileged: true` on any container, init container or ephemeral container. Off under the `leastpriv` profile, where privileged-container (LP201) reports the same line.",
    whyItMatters: "A privileged container gets every capability and every host device, with no seccomp or AppArmor confinement: it is root on the node.",
    example: `      containers:
        - name: agent
          securityContext:
            privileged: true`,
    useInstead: `      containers:
        - name: agent
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN]`,
    references: []
  }
});

// rules/pss-capability-beyond-baseline.ts
var pss_capability_beyond_baseline_default = definePssRule({
  code: "LP304",
  name: "pss-capability-beyond-baseline",
  control: "capabilities_baseline",
  description: "A container adds a capability outside the PSS baseline set.",
  securitySeverity: 7.5,
  tags: ["capabilities"],
  fix: "Remove the capability, or keep to AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT.",
  changes: "none (one revision since v1.0); overridden at the restricted level by `capabilities_restricted` from v1.22.",
  docs: {
    whatItDoes: "Flags each `securityContext.capabilities.add` entry not in the baseline set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT). Names are compared exactly as PSA does: `CAP_CHROOT` or `net_raw` are not in the set. At the restricted level from v1.22 this check is replaced by pss-capabilities-not-minimal. Off under the `leastpriv` profile, where capability-outside-allowlist (LP203) and unjustified-privilege (LP205) decide.",
    whyItMatters: "Capabilities beyond the container runtimes' defaults (NET_RAW, NET_ADMIN, SYS_ADMIN, SYS_PTRACE, \u2026) give a container ways to reach the node or other pods. Baseline allows only the historical default set, without NET_RAW.",
    example: `          securityContext:
            capabilities:
              add: [NET_ADMIN, SYS_TIME]`,
    useInstead: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]`,
    references: []
  }
});

// rules/pss-host-path-volume.ts
var pss_host_path_volume_default = definePssRule({
  code: "LP305",
  name: "pss-host-path-volume",
  control: "hostPathVolumes",
  description: "A pod mounts a hostPath volume (PSS baseline).",
  securitySeverity: 8,
  tags: ["volumes"],
  fix: "Use a persistentVolumeClaim, configMap, secret, emptyDir or CSI volume instead of hostPath.",
  changes: "none (one revision since v1.0); overridden at the restricted level by `restrictedVolumes`.",
  docs: {
    whatItDoes: "Flags every volume with a `hostPath` source. At the restricted level this check is replaced by pss-restricted-volume-type, which forbids hostPath too.",
    whyItMatters: "A hostPath volume exposes the node's file system to the container: writable paths such as /var/run/docker.sock, /etc or /var/lib/kubelet are a direct route to the node.",
    example: `      volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock`,
    useInstead: `      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data`,
    references: []
  }
});

// rules/pss-host-port.ts
var pss_host_port_default = definePssRule({
  code: "LP306",
  name: "pss-host-port",
  control: "hostPorts",
  description: "A container binds a port on the node (hostPort) (PSS baseline).",
  securitySeverity: 6,
  tags: ["network"],
  fix: "Remove `hostPort` and expose the port through a Service.",
  changes: "none (one revision since v1.0). With `hostNetwork: true` the API server defaults hostPort to containerPort; the pod already fails pss-host-namespaces then, so this rule does not report the defaulted value.",
  docs: {
    whatItDoes: "Flags every `ports[].hostPort` other than 0 on containers, init containers and ephemeral containers.",
    whyItMatters: "A hostPort binds the node's own address, bypassing network policies that select pods, and ties the pod to nodes where the port is free.",
    example: `          ports:
            - containerPort: 8080
              hostPort: 80`,
    useInstead: `          ports:
            - containerPort: 8080`,
    references: []
  }
});

// rules/pss-probe-host.ts
var pss_probe_host_default = definePssRule({
  code: "LP307",
  name: "pss-probe-host",
  control: "hostProbesAndHostLifecycle",
  description: "A probe or lifecycle hook targets another host (PSS baseline, v1.34+).",
  securitySeverity: 5,
  tags: ["network"],
  fix: "Remove the `host` field: probes and hooks then target the pod's own IP.",
  changes: "new in v1.34 (no effect at earlier policy versions).",
  docs: {
    whatItDoes: "Flags a non-empty `host` in `httpGet` or `tcpSocket` of liveness, readiness and startup probes and of postStart/preStop hooks, in every container. Applies from policy v1.34.",
    whyItMatters: "The kubelet runs probes and hooks from the node. A `host` field makes it connect anywhere the node can reach \u2014 node-local services, cloud metadata endpoints, other tenants \u2014 on the pod author's behalf (KEP-4940).",
    example: `          livenessProbe:
            httpGet:
              host: 169.254.169.254
              path: /latest/meta-data
              port: 80`,
    useInstead: `          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080`,
    references: ["https://www.kubernetes.dev/resources/keps/4940/"]
  }
});

// rules/pss-apparmor-unconfined.ts
var pss_apparmor_unconfined_default = definePssRule({
  code: "LP308",
  name: "pss-apparmor-unconfined",
  control: "appArmorProfile",
  description: "A pod or container disables or overrides the default AppArmor profile (PSS baseline).",
  securitySeverity: 6,
  tags: ["apparmor"],
  fix: "Use `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a reviewed profile), or leave it unset.",
  changes: "one revision (v1.0); the field check was added to it in Kubernetes 1.30, so fields and annotations are checked at every policy version.",
  docs: {
    whatItDoes: "Flags `securityContext.appArmorProfile.type` other than RuntimeDefault or Localhost on the pod or any container, and annotations `container.apparmor.security.beta.kubernetes.io/*` whose value is not empty, `runtime/default` or `localhost/\u2026` on the pod (a workload's pod template).",
    whyItMatters: "AppArmor confines what a container's processes may do with files, mounts and signals; `Unconfined` removes that layer.",
    example: `          securityContext:
            appArmorProfile:
              type: Unconfined`,
    useInstead: `          securityContext:
            appArmorProfile:
              type: RuntimeDefault`,
    references: []
  }
});

// rules/pss-selinux-custom-options.ts
var pss_selinux_custom_options_default = definePssRule({
  code: "LP309",
  name: "pss-selinux-custom-options",
  control: "seLinuxOptions",
  description: "A pod or container sets a custom SELinux type, user or role (PSS baseline).",
  securitySeverity: 6,
  tags: ["selinux"],
  fix: "Remove `seLinuxOptions.user`/`role`, and use a container type (container_t, container_init_t, container_kvm_t, container_engine_t) or none.",
  changes: "v1.31 adds container_engine_t to the allowed types.",
  docs: {
    whatItDoes: 'Flags `seLinuxOptions.type` outside "", container_t, container_init_t, container_kvm_t (plus container_engine_t from v1.31), and any non-empty `seLinuxOptions.user` or `role`, on the pod and on every container.',
    whyItMatters: "A custom SELinux type, user or role can lift the container out of the confined container domain (for example `spc_t`, super-privileged container).",
    example: `          securityContext:
            seLinuxOptions:
              type: spc_t`,
    useInstead: `          securityContext:
            seLinuxOptions:
              level: "s0:c123,c456"`,
    references: []
  }
});

// rules/pss-proc-mount-unmasked.ts
var pss_proc_mount_unmasked_default = definePssRule({
  code: "LP310",
  name: "pss-proc-mount-unmasked",
  control: "procMount",
  description: "A container unmasks /proc (procMount other than Default) (PSS baseline).",
  securitySeverity: 6,
  tags: ["proc"],
  fix: "Remove `procMount` (or set it to Default); from v1.35 baseline allows it for pods with `hostUsers: false`.",
  changes: "v1.35: any value allowed when `hostUsers: false` (before 1.35 this relaxation needed the default-off alpha UserNamespacesPodSecurityStandards gate, and is not applied).",
  docs: {
    whatItDoes: "Flags `securityContext.procMount` other than Default on any container. From policy v1.35, pods in a user namespace (`hostUsers: false`) are exempt at the baseline level. At the restricted level from v1.35 this check is replaced by pss-proc-mount-unmasked-restricted.",
    whyItMatters: "The default /proc mount masks and makes read-only the kernel paths (/proc/sys, /proc/kcore, \u2026) that let a process reconfigure or read the node's kernel.",
    example: `          securityContext:
            procMount: Unmasked`,
    useInstead: `    spec:
      hostUsers: false
      containers:
        - name: builder
          securityContext:
            procMount: Unmasked`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"]
  }
});

// rules/pss-seccomp-unconfined.ts
var pss_seccomp_unconfined_default = definePssRule({
  code: "LP311",
  name: "pss-seccomp-unconfined",
  control: "seccompProfile_baseline",
  description: "A pod or container explicitly disables seccomp (PSS baseline).",
  securitySeverity: 6,
  tags: ["seccomp"],
  fix: "Set `seccompProfile.type: RuntimeDefault` (or Localhost), or leave it unset.",
  changes: "v1.0: annotations; v1.19: the seccompProfile fields (annotations are no longer checked).",
  docs: {
    whatItDoes: "From policy v1.19: flags `securityContext.seccompProfile.type` other than RuntimeDefault or Localhost on the pod or any container. Before v1.19: flags the alpha annotations `seccomp.security.alpha.kubernetes.io/pod` and `container.seccomp.security.alpha.kubernetes.io/<container>` with values other than runtime/default, docker/default or localhost/\u2026. At the restricted level from v1.19 this check is replaced by pss-seccomp-profile-unset.",
    whyItMatters: "seccomp limits the system calls a container can make; Unconfined exposes the whole kernel syscall surface to a compromised process.",
    example: `          securityContext:
            seccompProfile:
              type: Unconfined`,
    useInstead: `          securityContext:
            seccompProfile:
              type: RuntimeDefault`,
    references: []
  }
});

// rules/pss-unsafe-sysctl.ts
var pss_unsafe_sysctl_default = definePssRule({
  code: "LP312",
  name: "pss-unsafe-sysctl",
  control: "sysctls",
  description: "A pod sets a sysctl outside the safe set (PSS baseline).",
  securitySeverity: 6,
  tags: ["sysctl"],
  fix: "Remove the sysctl, or keep to the safe set of the target Kubernetes version.",
  changes: "the safe set grows at v1.27, v1.29 and v1.32.",
  docs: {
    whatItDoes: "Flags `spec.securityContext.sysctls[].name` outside the safe set: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start; plus net.ipv4.ip_local_reserved_ports (v1.27); net.ipv4.tcp_keepalive_time, tcp_fin_timeout, tcp_keepalive_intvl, tcp_keepalive_probes (v1.29); net.ipv4.tcp_rmem, tcp_wmem (v1.32).",
    whyItMatters: "Sysctls outside the safe set are not namespaced, or not isolated between pods: setting them changes the node for everyone, or disables kernel protections.",
    example: `  securityContext:
    sysctls:
      - name: net.core.somaxconn
        value: "1024"`,
    useInstead: `  securityContext:
    sysctls:
      - name: net.ipv4.ip_local_port_range
        value: "1024 65000"`,
    references: []
  }
});

// rules/pss-restricted-volume-type.ts
var pss_restricted_volume_type_default = definePssRule({
  code: "LP313",
  name: "pss-restricted-volume-type",
  control: "restrictedVolumes",
  description: "A pod uses a volume type outside the PSS restricted set.",
  securitySeverity: 6,
  tags: ["volumes"],
  fix: "Use configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret volumes.",
  changes: "one revision (v1.0); the image volume type was added to it in Kubernetes 1.33, so it is allowed at every policy version.",
  docs: {
    whatItDoes: "Flags every volume whose source is not configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret (hostPath, nfs, iscsi, gitRepo, \u2026). A volume naming no source is defaulted to emptyDir by the API server and passes.",
    whyItMatters: "Restricted pods may only use volume types whose access is mediated by PersistentVolumes, CSI drivers or the API server; in-tree network and host volumes let a pod reach storage and hosts directly.",
    example: `      volumes:
        - name: shared
          nfs:
            server: nfs.example
            path: /exports`,
    useInstead: `      volumes:
        - name: shared
          persistentVolumeClaim:
            claimName: shared`,
    references: []
  }
});

// rules/pss-privilege-escalation-allowed.ts
var pss_privilege_escalation_allowed_default = definePssRule({
  code: "LP314",
  name: "pss-privilege-escalation-allowed",
  control: "allowPrivilegeEscalation",
  description: "A container does not set allowPrivilegeEscalation: false (PSS restricted).",
  securitySeverity: 6,
  tags: ["privilege-escalation"],
  fix: "Set `securityContext.allowPrivilegeEscalation: false`.",
  // The engine drops this suggestion where the API server would reject it (privileged, CAP_SYS_ADMIN).
  suggest: { description: "Set `allowPrivilegeEscalation: false`", value: !1 },
  changes: "v1.8: required; v1.25: Windows pods exempt.",
  docs: {
    whatItDoes: "Flags every container, init container and ephemeral container that does not explicitly set `securityContext.allowPrivilegeEscalation: false`. From policy v1.25, pods with `spec.os.name: windows` are exempt.",
    whyItMatters: "Without no_new_privs a process can gain privileges through setuid binaries or file capabilities, for example becoming root inside the container.",
    example: `          securityContext:
            runAsNonRoot: true`,
    useInstead: `          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: false`,
    references: []
  }
});

// rules/pss-root-not-prevented.ts
var pss_root_not_prevented_default = definePssRule({
  code: "LP315",
  name: "pss-root-not-prevented",
  control: "runAsNonRoot",
  description: "A container may run as root: runAsNonRoot is not true (PSS restricted).",
  securitySeverity: 5.5,
  tags: ["users"],
  fix: "Set `runAsNonRoot: true` in the pod securityContext (or in every container's).",
  changes: "v1.35: pods in a user namespace (`hostUsers: false`) exempt.",
  docs: {
    whatItDoes: "Flags a pod or container setting `runAsNonRoot: false`, and every container that does not set `runAsNonRoot: true` when the pod does not either. From policy v1.35, pods with `hostUsers: false` are exempt.",
    whyItMatters: "runAsNonRoot makes the kubelet refuse to start a container whose user is root, so an image that defaults to root cannot run with UID 0.",
    example: `      containers:
        - name: app
          image: registry.example/app:1.0`,
    useInstead: `      securityContext:
        runAsNonRoot: true
      containers:
        - name: app
          image: registry.example/app:1.0`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"]
  }
});

// rules/pss-run-as-root-user.ts
var pss_run_as_root_user_default = definePssRule({
  code: "LP316",
  name: "pss-run-as-root-user",
  control: "runAsUser",
  description: "A pod or container sets runAsUser: 0 (PSS restricted, v1.23+).",
  securitySeverity: 6,
  tags: ["users"],
  fix: "Run as a non-zero UID (`runAsUser: 10001`), or leave it unset with `runAsNonRoot: true`.",
  changes: "new in v1.23; v1.35: pods in a user namespace (`hostUsers: false`) exempt.",
  docs: {
    whatItDoes: "Flags `runAsUser: 0` on the pod or on any container. Applies from policy v1.23; from v1.35 pods with `hostUsers: false` are exempt.",
    whyItMatters: "UID 0 is root: any escape from the container's other restrictions then acts as root on the node's files it can reach.",
    example: `          securityContext:
            runAsUser: 0`,
    useInstead: `          securityContext:
            runAsUser: 10001
            runAsNonRoot: true`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"]
  }
});

// rules/pss-seccomp-profile-unset.ts
var pss_seccomp_profile_unset_default = definePssRule({
  code: "LP317",
  name: "pss-seccomp-profile-unset",
  control: "seccompProfile_restricted",
  description: "A container runs without a RuntimeDefault or Localhost seccomp profile (PSS restricted).",
  securitySeverity: 5.5,
  tags: ["seccomp"],
  fix: "Set `seccompProfile: { type: RuntimeDefault }` in the pod securityContext.",
  suggest: { description: "Set `seccompProfile: {type: RuntimeDefault}`", value: { type: "RuntimeDefault" } },
  changes: "v1.19: required; v1.25: Windows pods exempt.",
  docs: {
    whatItDoes: "From policy v1.19: flags a pod or container whose `seccompProfile.type` is not RuntimeDefault or Localhost, and every container without a profile when the pod sets none. From v1.25, pods with `spec.os.name: windows` are exempt. Replaces pss-seccomp-unconfined at the restricted level.",
    whyItMatters: "Kubernetes runs containers Unconfined unless a seccomp profile is set (or the kubelet defaults it); the runtime's default profile blocks dangerous system calls such as unshare, keyctl or bpf.",
    example: `      containers:
        - name: app
          image: registry.example/app:1.0`,
    useInstead: `      securityContext:
        seccompProfile:
          type: RuntimeDefault`,
    references: []
  }
});

// rules/pss-capabilities-not-minimal.ts
var pss_capabilities_not_minimal_default = definePssRule({
  code: "LP318",
  name: "pss-capabilities-not-minimal",
  control: "capabilities_restricted",
  description: "A container does not drop ALL capabilities, or adds one other than NET_BIND_SERVICE (PSS restricted, v1.22+).",
  securitySeverity: 5.5,
  tags: ["capabilities"],
  fix: "Set `capabilities: { drop: [ALL] }` and add back at most NET_BIND_SERVICE.",
  changes: "new in v1.22; v1.25: Windows pods exempt.",
  docs: {
    whatItDoes: "From policy v1.22: flags every container whose `capabilities.drop` does not contain `ALL` (exactly), and every `capabilities.add` entry other than `NET_BIND_SERVICE`. From v1.25, pods with `spec.os.name: windows` are exempt. Replaces pss-capability-beyond-baseline at the restricted level.",
    whyItMatters: "Restricted pods run with no capabilities beyond binding low ports; every other capability is a kernel privilege an attacker can use after a compromise.",
    example: `          securityContext:
            capabilities:
              add: [NET_RAW]`,
    useInstead: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]`,
    references: []
  }
});

// rules/pss-proc-mount-unmasked-restricted.ts
var pss_proc_mount_unmasked_restricted_default = definePssRule({
  code: "LP319",
  name: "pss-proc-mount-unmasked-restricted",
  control: "procMount_restricted",
  description: "A container unmasks /proc, even in a user namespace (PSS restricted, v1.35+).",
  securitySeverity: 6,
  tags: ["proc"],
  fix: "Remove `procMount` (or set it to Default).",
  changes: "new in v1.35 (before, the baseline procMount check applied at both levels).",
  docs: {
    whatItDoes: "From policy v1.35: flags `securityContext.procMount` other than Default on any container, also when the pod sets `hostUsers: false`. Replaces pss-proc-mount-unmasked at the restricted level (baseline relaxed it for user namespaces in v1.35; restricted did not).",
    whyItMatters: "Restricted keeps the masked /proc for every pod: a user namespace limits what root can do, but an unmasked /proc still exposes kernel interfaces.",
    example: `    spec:
      hostUsers: false
      containers:
        - name: builder
          securityContext:
            procMount: Unmasked`,
    useInstead: `    spec:
      hostUsers: false
      containers:
        - name: builder`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"]
  }
});

// rules/live-access-denied.ts
var REF_RBAC = "https://kubernetes.io/docs/reference/access-authn-authz/rbac/", REF_SAR = "https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access", live_access_denied_default = {
  meta: {
    code: "LP901",
    name: "live-access-denied",
    severity: "error",
    category: "rbac",
    description: "The manifests grant a permission that the cluster denies.",
    securitySeverity: 5,
    tags: ["live", "rbac"],
    messages: {
      denied: "{subject} may {action} according to this rule, but the API server denies it ({via}): the manifest is not applied, or the cluster runs an older copy. Apply it (kubectl apply) or find what overrides it."
    },
    docs: {
      whatItDoes: "Asks the API server (SubjectAccessReview, or SelfSubjectAccessReview under impersonation) about every permission that a bound Role or ClusterRole in the manifests grants, and reports each one the cluster denies.",
      whyItMatters: 'A permission that exists in git but not in the cluster is the gap behind "it works on my branch": tools that depend on it fail at run time, often with an error that hides the 403.',
      example: 'verbs: ["create", "get"]  # in git; the cluster still runs ["create"]',
      useInstead: "Apply the manifests, then run `leastpriv verify` again.",
      references: [REF_SAR, REF_RBAC]
    }
  }
};

// rules/live-access-not-in-manifests.ts
var REF_SAR2 = "https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access", REF_GATE = "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/", live_access_not_in_manifests_default = {
  meta: {
    code: "LP902",
    name: "live-access-not-in-manifests",
    severity: "warning",
    category: "rbac",
    description: "The cluster allows a streaming permission that the manifests do not grant.",
    securitySeverity: 6,
    tags: ["live", "rbac", "exec"],
    messages: {
      unexpected: "{subject} may {action} in the cluster, but no Role or ClusterRole in these manifests grants it: something else does (another binding, an aggregated ClusterRole, a group). Find it with `kubectl auth can-i {verb} {resource} --as={user}` and either add it to the manifests or remove it."
    },
    docs: {
      whatItDoes: "For every subject that the manifests grant exec, attach or port-forward, asks whether the cluster also allows the other verbs on those subresources, and reports what is allowed but not in the manifests.",
      whyItMatters: "Privileges granted outside the reviewed manifests are invisible to code review: least privilege holds only if the cluster grants no more than git says.",
      example: 'verbs: ["create"]  # yet the cluster also allows get on pods/exec',
      useInstead: "Grant the permission here, where it is reviewed, or remove the grant that gives it elsewhere.",
      references: [REF_SAR2, REF_GATE]
    }
  }
};

// rules/live-probe-failed.ts
var REF_GATE2 = "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/", live_probe_failed_default = {
  meta: {
    code: "LP903",
    name: "live-probe-failed",
    severity: "error",
    category: "rbac",
    description: "A probe command could not run, or did not do what it should, in a container the manifests promise it can.",
    securitySeverity: 5,
    tags: ["live", "exec", "probe"],
    messages: {
      upgradeRefused: "probe {probe} in {pod} as {identity}: {error}. {fix}",
      failed: "probe {probe} in {pod} as {identity}: `{command}` {outcome}. {fix}",
      unreachable: "probe {probe} in {pod}: {error}"
    },
    docs: {
      whatItDoes: "Runs the probe catalog (built-in: the incident six diagnostic tools) over WebSocket exec in the pods of the workloads the manifests define, as the identity the manifests grant exec to, and reports every failure with the HTTP status and the API server message or the exit code and output.",
      whyItMatters: 'RBAC and capabilities are promises; a probe proves them. WebSocket exec needs get on pods/exec (and create from Kubernetes 1.35), and a dropped capability breaks the tool that needs it: both show up here by name instead of as "WebSocket connection failed (empty error)".',
      example: `resources: ["pods/exec"]
verbs: ["create"]`,
      useInstead: `resources: ["pods/exec"]
verbs: ["create", "get"]`,
      references: [REF_GATE2, "https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/"]
    }
  }
};

// rules/live-capabilities-mismatch.ts
var live_capabilities_mismatch_default = {
  meta: {
    code: "LP904",
    name: "live-capabilities-mismatch",
    severity: "error",
    category: "pod-security",
    description: "A running container's capability set differs from what its manifest declares.",
    securitySeverity: 7,
    tags: ["live", "capabilities"],
    messages: {
      extra: "{container} runs in {pod} with capabilities the manifest does not give it: {caps} (bounding set read from /proc/1/status; the manifest promises {expected}). The cluster runs another version of this workload, or an admission controller changed it.",
      missing: "{container} runs in {pod} without {caps}, which the manifest adds: tools that need them will fail ({expected} promised). Check the runtime and admission policies.",
      unreadable: "cannot read the capabilities of {container} in {pod}: {error}"
    },
    docs: {
      whatItDoes: "Reads /proc/1/status in each container through exec, decodes CapBnd/CapEff/CapPrm, and compares the bounding set with the manifest's privileged flag, drop and add lists (runtime defaults when nothing is dropped).",
      whyItMatters: "A container still privileged in the cluster has every capability, whatever git says; one missing NET_RAW breaks ping. Only the running process tells.",
      example: "capabilities: { drop: [ALL], add: [NET_ADMIN, NET_RAW] }  # cluster: privileged",
      useInstead: "Roll out the manifest; verify again.",
      references: ["https://man7.org/linux/man-pages/man7/capabilities.7.html", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
    }
  }
};

// rules/live-drift.ts
var REF_RBAC2 = "https://kubernetes.io/docs/reference/access-authn-authz/rbac/", live_drift_default = {
  meta: {
    code: "LP905",
    name: "live-drift",
    severity: "warning",
    category: "rbac",
    description: "The live object differs from the manifest in a security-relevant field, or does not exist.",
    securitySeverity: 5,
    tags: ["live", "drift"],
    messages: {
      missing: "{object} is not in the cluster ({error}): nothing that depends on it works there.",
      changed: "{object}: {field} in the cluster is {live}, the manifest says {declared}.",
      invalidName: "{object}: {problem}, so the API server would refuse this object and it cannot be in the cluster; verify sent no request for it."
    },
    docs: {
      whatItDoes: "GETs the live copy of every audited object and compares the fields that decide privilege: RBAC rules, role references and subjects, service account, host namespaces, privileged and capabilities.",
      whyItMatters: "An audit of git is only as good as the match between git and the cluster.",
      example: "privileged: false  # cluster: true",
      useInstead: "Apply the manifests, or bring git up to date with the cluster.",
      references: [REF_RBAC2]
    }
  }
};

// rules/live-cluster-unreachable.ts
var live_cluster_unreachable_default = {
  meta: {
    code: "LP906",
    name: "live-cluster-unreachable",
    severity: "error",
    category: "input",
    description: "The API server could not be reached or refused the verifier itself.",
    securitySeverity: 1,
    tags: ["live"],
    messages: {
      failed: "cannot verify against {server} ({origin}): {error}"
    },
    docs: {
      whatItDoes: "Reports connection failures with their cause: DNS, refused, TLS (unknown authority, name mismatch), 401, 403, timeout.",
      whyItMatters: "A verification that did not run proves nothing; it must say why.",
      example: "certificate-authority: old-ca.crt",
      useInstead: "Fix the kubeconfig (or --context, --kubeconfig) and run again.",
      references: ["https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"]
    }
  }
};

// rules/live-exec-denied.ts
var live_exec_denied_default = {
  meta: {
    code: "LP907",
    name: "live-exec-denied",
    severity: "error",
    category: "rbac",
    description: "The manifests grant exec into (or attach to) pods, but the API server refuses the WebSocket upgrade as that identity.",
    securitySeverity: 5,
    tags: ["live", "exec"],
    messages: {
      denied: '{identity} may {stream} pods in namespace {namespace} according to the manifests, but opening a WebSocket {kind} in {pod} as it was refused: {error}. The missing verb is "{verb}" ({how}). {fix}'
    },
    docs: {
      whatItDoes: "For every identity the manifests grant pods/exec, in every namespace of the grant, opens the exec WebSocket as that identity (impersonation) in a running, ready pod of a workload of that namespace, with a command that changes nothing (`true`); for pods/attach, a read-only attach (stdout and stderr, no stdin) closed as soon as it opens. Port-forward is left to access reviews: its stream connects to the container's port. A 101 upgrade proves the access (an exit 126/127 because the image has no `true` still proves it); a refused upgrade is reported with the API server's message at the Role rule that must change, naming the missing verb.",
      whyItMatters: 'An access review answers for one verb at a time; the WebSocket exec needs two. The upgrade is an HTTP GET, authorized as get on pods/exec, and from Kubernetes 1.35 (AuthorizePodWebsocketUpgradeCreatePermission, on by default) also as create. A Role with only one of them passes review for that verb and still breaks every exec-based tool, as "WebSocket connection failed (empty error)".',
      example: `resources: ["pods/exec"]
verbs: ["create"]`,
      useInstead: `resources: ["pods/exec"]
verbs: ["create", "get"]`,
      references: [
        "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/",
        "https://github.com/kubernetes/kubernetes/issues/133515",
        "https://github.com/kubernetes/enhancements/tree/master/keps/sig-api-machinery/4006-transition-spdy-to-websockets"
      ]
    }
  }
};

// rules/live-not-verified.ts
var live_not_verified_default = {
  meta: {
    code: "LP908",
    name: "live-not-verified",
    severity: "warning",
    category: "rbac",
    description: "A promise of the manifests (an exec grant, a capability, a probe) that verify could not exercise against the cluster.",
    securitySeverity: 3,
    tags: ["live"],
    messages: {
      skipped: "not verified: {what}: {why}",
      nothing: "verify exercised none of what the manifests promise ({count} promise(s): exec grants, capabilities, probes, what a root that failed to render or an object Flux refuses would give the cluster), so this run proves nothing: {list}. Deploy the workloads (running, ready pods), fix the probe targets, or run with credentials that may impersonate the granted identities."
    },
    docs: {
      whatItDoes: "Lists each exec grant, capability promise and probe that verify could not exercise (no workload for it in the manifests, no running and ready pod, the verifier may not impersonate the identity, a Group subject), each kustomize root that failed to render (nothing of what it gives the cluster is known) and each object a Flux Kustomization applies without a namespace (Flux refuses it), with the reason; when nothing at all could be exercised, reports that at error severity so the run fails instead of passing green.",
      whyItMatters: "A green verification that verified nothing is worse than none: it is read as proof.",
      example: "kind: ClusterRole   # grants pods/exec, but no pod of the manifests runs in the cluster",
      useInstead: "Deploy the manifests, then run verify; or pass --no-exec to skip exec checks on purpose.",
      references: ["https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation"]
    }
  }
};

// rules/live-probe-no-target.ts
var live_probe_no_target_default = {
  meta: {
    code: "LP909",
    name: "live-probe-no-target",
    severity: "warning",
    category: "rbac",
    description: "A probe of a probe catalog (--probes) matches no workload of the manifests, so it never runs.",
    securitySeverity: 2,
    tags: ["live", "probe"],
    messages: {
      noTarget: "probe {probe} matches no workload in the manifests ({target}), so it did not run. Fix its target: a workload (kind/name), a namespace, or a label selector (matchLabels, matchExpressions) that the pod templates carry."
    },
    docs: {
      whatItDoes: "Matches each probe of a user catalog against the workloads of the manifests (by kind/name, namespace, or label selector with matchLabels and matchExpressions as Kubernetes evaluates them) and reports a probe that matches none, at its line in the catalog.",
      whyItMatters: "A probe that selects nothing passes silently: the tool it stands for is never tested.",
      example: "target: { selector: { app: debug-agent } }   # the manifests label it app.kubernetes.io/name: mcp-debug-agent",
      useInstead: "target: { workload: DaemonSet/mcp-debug-agent, namespace: mcp-homelab }",
      references: ["https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements"]
    }
  }
};

// rules/index.ts
var RULES = [
  yaml_syntax_error_default,
  invalid_field_type_default,
  input_not_auditable_default,
  rule_internal_error_default,
  unused_suppression_default,
  suppression_missing_reason_default,
  yaml_decode_ambiguous_default,
  symlink_outside_root_default,
  render_failed_default,
  duplicate_object_default,
  render_not_modelled_default,
  removed_api_version_default,
  unknown_builtin_kind_default,
  object_without_type_default,
  exec_subresource_verb_mismatch_default,
  effective_exec_verb_mismatch_default,
  wildcard_grant_default,
  secrets_read_default,
  escalate_bind_impersonate_default,
  nodes_proxy_access_default,
  serviceaccount_token_create_default,
  csr_approval_default,
  admission_webhook_write_default,
  persistentvolume_create_default,
  pod_creating_workload_write_default,
  cluster_admin_binding_default,
  public_group_binding_default,
  namespace_modify_default,
  exec_into_node_access_workload_default,
  redundant_grant_default,
  dangling_role_ref_default,
  invalid_binding_subject_default,
  gitops_controller_write_default,
  invalid_role_rule_default,
  privileged_container_default,
  capabilities_not_dropped_default,
  capability_outside_allowlist_default,
  host_pid_ipc_default,
  unjustified_privilege_default,
  pss_windows_host_process_default,
  pss_host_namespaces_default,
  pss_privileged_container_default,
  pss_capability_beyond_baseline_default,
  pss_host_path_volume_default,
  pss_host_port_default,
  pss_probe_host_default,
  pss_apparmor_unconfined_default,
  pss_selinux_custom_options_default,
  pss_proc_mount_unmasked_default,
  pss_seccomp_unconfined_default,
  pss_unsafe_sysctl_default,
  pss_restricted_volume_type_default,
  pss_privilege_escalation_allowed_default,
  pss_root_not_prevented_default,
  pss_run_as_root_user_default,
  pss_seccomp_profile_unset_default,
  pss_capabilities_not_minimal_default,
  pss_proc_mount_unmasked_restricted_default,
  live_access_denied_default,
  live_access_not_in_manifests_default,
  live_probe_failed_default,
  live_capabilities_mismatch_default,
  live_drift_default,
  live_cluster_unreachable_default,
  live_exec_denied_default,
  live_not_verified_default,
  live_probe_no_target_default
];

// src/pss/profiles.ts
var isPss = (code) => code.startsWith("LP3"), isInput = (code) => code.startsWith("LP0"), COVERED_BY_CORE = {
  LP302: "host-pid-ipc (LP204) and unjustified-privilege (LP205)",
  LP303: "privileged-container (LP201)",
  LP304: "capability-outside-allowlist (LP203) and unjustified-privilege (LP205)"
}, levels;
function controlLevel(code) {
  return levels ??= new Map(RULES.map((r2) => [r2.meta.code, r2.meta.defaultOptions?.level])), levels.get(code);
}
function pssProfile(level) {
  let out = {};
  for (let r2 of RULES) {
    let code = r2.meta.code;
    if (isInput(code)) continue;
    let ruleLevel = controlLevel(code);
    isPss(code) && (level === "restricted" || ruleLevel === "baseline") ? out[code] = { severity: "error", options: { level } } : out[code] = "off";
  }
  return out;
}
function leastprivProfile() {
  let out = {};
  for (let r2 of RULES) {
    let code = r2.meta.code;
    isPss(code) && (controlLevel(code) !== "baseline" || COVERED_BY_CORE[code] ? out[code] = "off" : out[code] = { options: { level: "baseline" } });
  }
  return out;
}

// src/engine/profiles.ts
var MAKERS = {
  leastpriv: leastprivProfile,
  "pss-baseline": () => pssProfile("baseline"),
  "pss-restricted": () => pssProfile("restricted")
}, made = /* @__PURE__ */ new Map(), PROFILE_NAMES = () => Object.keys(MAKERS);
function profileSettings(name) {
  let make = Object.hasOwn(MAKERS, name) ? MAKERS[name] : void 0;
  if (!make) throw new Error(`unknown profile '${name}' (known: ${PROFILE_NAMES().join(", ")})`);
  let p = made.get(name);
  return p || made.set(name, p = make()), p;
}

// src/engine/registry.ts
var byId2 = /* @__PURE__ */ new Map();
for (let r2 of RULES)
  byId2.set(r2.meta.code, r2), byId2.set(r2.meta.name, r2);
function findRule(id) {
  return byId2.get(id) ?? byId2.get(id.toUpperCase());
}
var isKnownRule = Object.assign((id) => findRule(id) !== void 0, {
  optionsSchema: (id) => findRule(id)?.meta.optionsSchema,
  ids: () => RULES.flatMap((r2) => [r2.meta.code, r2.meta.name])
});
function apply(cur, s) {
  typeof s == "string" ? cur.severity = s : (s.severity && (cur.severity = s.severity), s.options && (cur.options = { ...cur.options, ...s.options }));
}
function activeRules(config) {
  let settings = /* @__PURE__ */ new Map();
  for (let r2 of RULES) settings.set(r2, { severity: r2.meta.severity, options: { ...r2.meta.defaultOptions ?? {} } });
  let layers = [profileSettings(config.profile), config.rules];
  for (let layer of layers)
    for (let [id, s] of Object.entries(layer)) {
      let rule = findRule(id);
      if (!rule) throw new Error(`unknown rule '${id}'`);
      apply(settings.get(rule), s);
    }
  let out = [];
  for (let [rule, s] of settings) s.severity !== "off" && out.push({ rule, severity: s.severity, options: s.options });
  return out;
}
var REPO_URL = "https://github.com/leastpriv/leastpriv";
function describeRule(rule, severity = rule.meta.severity) {
  let m = rule.meta, d = m.docs, helpMarkdown = [
    `**${m.name}** (${m.code}): ${m.description}`,
    "",
    d.whatItDoes,
    "",
    `**Why it matters.** ${d.whyItMatters}`,
    "",
    "**Example**",
    "```yaml",
    d.example,
    "```",
    "**Use instead**",
    "```yaml",
    d.useInstead,
    "```"
  ].join(`
`);
  return {
    code: m.code,
    name: m.name,
    severity,
    category: m.category,
    description: m.description,
    fullDescription: d.whatItDoes,
    helpText: `${d.whatItDoes}

Why it matters: ${d.whyItMatters}

Use instead:
${d.useInstead}`,
    helpMarkdown,
    helpUri: `${REPO_URL}/blob/main/rules/${m.name}.md`,
    tags: m.tags,
    securitySeverity: m.securitySeverity
  };
}

// src/engine/suppress.ts
var IGNORE_ANNOTATION_PREFIX = "ignore.leastpriv.dev/", isSpace = (c) => c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279, isIdChar = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 44 || c === 45 || isSpace(c), isBreak = (c) => c === 10 || c === 13 || c === 8232 || c === 8233, DIRECTIVE_WORD = "leastpriv-ignore";
function parseSuppressionComment(comment) {
  let n = comment.length, wsEnd = new Int32Array(n + 1), okAt = new Int32Array(n + 2), breakAt = new Int32Array(n + 1);
  wsEnd[n] = n, breakAt[n] = n;
  for (let i = n - 1; i >= 0; i--)
    wsEnd[i] = isSpace(comment.charCodeAt(i)) ? wsEnd[i + 1] : i, breakAt[i] = isBreak(comment.charCodeAt(i)) ? i : breakAt[i + 1];
  let tail = (i) => {
    let e = wsEnd[i];
    if (e === n) return !0;
    if (comment.charCodeAt(e) !== 35) return !1;
    let x = wsEnd[e + 1];
    return comment.startsWith("expect:", x) && breakAt[x + 7] === n;
  };
  okAt[n + 1] = -1;
  for (let i = n; i >= 0; i--) okAt[i] = tail(i) ? i : okAt[i + 1];
  let after = (end) => {
    let e = wsEnd[end];
    if (e > end && comment.startsWith("--", e)) {
      let from = wsEnd[e + 2], r2 = okAt[from];
      if (r2 !== -1 && r2 <= breakAt[from]) return { reason: comment.slice(from, r2) };
    }
    return tail(end) ? {} : void 0;
  };
  for (let h = comment.indexOf("#"); h !== -1; h = comment.indexOf("#", h + 1)) {
    let w = wsEnd[h + 1];
    if (!comment.startsWith(DIRECTIVE_WORD, w)) continue;
    let word = w + DIRECTIVE_WORD.length, greedy = wsEnd[word];
    if (greedy === word) continue;
    let runEnd = word;
    for (; runEnd < n && isIdChar(comment.charCodeAt(runEnd)); ) runEnd++;
    for (let end = greedy + 1; end <= runEnd; end++) {
      let a = after(end);
      if (a) return { ids: comment.slice(greedy, end), ...a };
    }
    for (let end = greedy; end >= word + 2; end--) {
      let a = after(end);
      if (a) return { ids: comment.slice(end - 1, end), ...a };
    }
  }
}
function suppressible(code) {
  let rule = findRule(code);
  return !rule || rule.meta.category !== "input" || rule.meta.tags.includes("live");
}
function commentSuppressions(file) {
  if (!file.text.includes("leastpriv-ignore")) return [];
  let out = [], lines = file.lineCounter.lineStarts.length;
  for (let ln = 1; ln <= lines; ln++) {
    let text = lineText(file, ln);
    if (!text.includes("leastpriv-ignore")) continue;
    let at2 = commentStart(text);
    if (at2 === -1) continue;
    let m = parseSuppressionComment(text.slice(at2));
    if (!m) continue;
    let covered = text.slice(0, at2).trim() === "" ? [ln + 1] : [ln];
    for (let raw of m.ids.split(/[,\s]+/).filter(Boolean)) {
      let rule = findRule(raw);
      out.push({
        kind: "comment",
        file: file.path,
        code: rule?.meta.code ?? raw,
        rawId: raw,
        known: !!rule,
        reason: (m.reason ?? "").trim(),
        region: { start: { line: ln, column: at2 + 1 }, end: { line: ln, column: text.length + 1 } },
        lines: covered,
        used: !1
      });
    }
  }
  return out;
}
function annotationSuppressions(obj, locateAt) {
  let ann = obj.value.metadata?.annotations;
  if (!ann || typeof ann != "object") return [];
  let out = [];
  for (let [key, value] of Object.entries(ann)) {
    if (!key.startsWith(IGNORE_ANNOTATION_PREFIX)) continue;
    let raw = key.slice(IGNORE_ANNOTATION_PREFIX.length), rule = findRule(raw), at2 = locateAt(["metadata", "annotations", key]);
    out.push({
      kind: "annotation",
      file: at2.file.path,
      code: rule?.meta.code ?? raw,
      rawId: raw,
      known: !!rule,
      reason: typeof value == "string" ? value.trim() : "",
      region: at2.region,
      object: obj,
      used: !1
    });
  }
  return out;
}
function applySuppressions(findings, sites, objectOf) {
  if (sites.length === 0) return;
  let byLine = /* @__PURE__ */ new Map(), byObject = /* @__PURE__ */ new Map();
  for (let s of sites)
    if (!(!s.known || !s.reason || !suppressible(s.code)))
      if (s.lines)
        for (let l of s.lines) {
          let k = `${s.file}\0${l}`;
          byLine.set(k, [...byLine.get(k) ?? [], s]);
        }
      else s.object && byObject.set(s.object, [...byObject.get(s.object) ?? [], s]);
  for (let f of findings) {
    if (!suppressible(f.code)) continue;
    let onLine = byLine.get(`${f.file}\0${f.region.start.line}`)?.find((s) => s.code === f.code), obj = objectOf(f), site = onLine ?? (obj ? byObject.get(obj)?.find((s) => s.code === f.code) : void 0);
    site && (site.used = !0, f.suppressed = { kind: site.kind === "comment" ? "comment" : "annotation", justification: site.reason, location: { file: site.file, line: site.region.start.line } });
  }
}
function suppressionProblems(sites, severityOf) {
  let out = [];
  for (let s of sites) {
    let problem = s.known ? suppressible(s.code) ? s.reason ? !s.used && severityOf(s.code) !== void 0 ? "unused" : void 0 : "noReason" : "notSuppressible" : "unknownRule";
    if (!problem) continue;
    let code = problem === "unused" ? "LP005" : "LP006", severity = severityOf(code);
    if (!severity) continue;
    let rule = findRule(code);
    out.push({
      code,
      rule: rule.meta.name,
      severity,
      messageId: problem,
      message: format(rule.meta.messages[problem], { rule: s.rawId, code: s.code, name: findRule(s.code)?.meta.name ?? s.rawId }),
      file: s.file,
      region: s.region,
      fingerprint: fingerprint([code, s.file, s.rawId, s.kind, s.object?.name])
    });
  }
  return out;
}

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
function parseBaseline(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${e.message}`);
  }
  let d = data;
  if (!d || typeof d != "object" || d.version !== BASELINE_VERSION || !Array.isArray(d.findings))
    throw new Error(`not a leastpriv baseline (expected { "version": ${BASELINE_VERSION}, "findings": [...] }; write one with --write-baseline)`);
  for (let [i, f] of d.findings.entries())
    if (!f || typeof f.fingerprint != "string") throw new Error(`findings[${i}] has no fingerprint`);
  return d;
}
function applyBaseline(findings, baseline, label) {
  let left = /* @__PURE__ */ new Map();
  for (let e of baseline.findings) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + 1);
  let matched = 0;
  for (let f of findings) {
    if (f.suppressed || !suppressible(f.code)) continue;
    let n = left.get(f.fingerprint) ?? 0;
    n !== 0 && (left.set(f.fingerprint, n - 1), f.suppressed = { kind: "baseline", justification: `recorded in the baseline ${label}` }, matched++);
  }
  return matched;
}

// src/engine/types.ts
var MODEL_FILE = "(model)", SEVERITY_RANK = { error: 3, warning: 2, note: 1 };

// src/input/go-chunks.ts
var SEPARATOR_REST = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*(?:#.*)?$/s, GO_SPACES = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;
function isJsonStream(text) {
  let ws = GO_SPACES.exec(text)[0].length;
  return text.charCodeAt(ws) !== 123 ? !1 : ws < 4096 && Buffer.byteLength(text.slice(0, ws), "utf8") < 4096;
}
function kubectlChunks(text, asYaml = !1) {
  if (!asYaml && isJsonStream(text)) return;
  let chunks = [], badSeparator, ambiguous = [];
  for (let b = text.indexOf("\uFEFF", 1); b !== -1; b = text.indexOf("\uFEFF", b + 1))
    ambiguous.push({ at: b, what: "a byte order mark (U+FEFF) after the start of the file: kubectl reads it as part of the text (`<BOM>apiVersion` is another key); remove it" });
  let textSeparators = [], start = 0, p = 0, n = text.length, bufferEmpty = !0, kept2 = !1;
  for (; p < n; ) {
    let nl2 = text.indexOf(`
`, p), next2 = nl2 === -1 ? n : nl2 + 1;
    if (text.charCodeAt(p) === 45 && text.startsWith("---", p)) {
      let rest = text.slice(p + 3, nl2 === -1 ? n : nl2);
      if (SEPARATOR_REST.test(rest)) {
        if (p > start && chunks.push({ start, end: p, ...kept2 ? { keptSeparator: !0 } : {} }), kept2 = !1, bufferEmpty && nl2 !== -1) {
          let r2 = rest.replace(/\r$/, "");
          r2 !== "" && !YAML11_BREAKS_IN_LINE.test(r2) && !/^[ \t]+(?:#.*)?$/.test(r2) && textSeparators.push(p), kept2 = !0;
        }
        bufferEmpty = !bufferEmpty, start = next2;
        let br = (nl2 !== -1 && rest.endsWith("\r") ? rest.slice(0, -1) : rest).search(YAML11_BREAKS_IN_LINE);
        br !== -1 && ambiguous.push({ at: p + 3 + br, what: "a line break other than `\\n` on a `---` line: kubectl reads what follows it as part of the next document" });
      } else badSeparator === void 0 && (badSeparator = p);
    } else bufferEmpty = !1;
    p = next2;
  }
  return n > start && chunks.push({ start, end: n, ...kept2 ? { keptSeparator: !0 } : {} }), { chunks, ...badSeparator !== void 0 ? { badSeparator } : {}, ...ambiguous.length ? { ambiguous } : {}, ...textSeparators.length ? { textSeparators } : {} };
}
var YAML11_BREAKS_IN_LINE = /[\r\u0085\u2028\u2029]/, YAML11_BREAKS = /\r(?!\n)|[\u0085\u2028\u2029]/, YAML11_BREAKS_G = /\r(?!\n)|[\u0085\u2028\u2029]/g;
function yaml11Breaks(text) {
  return YAML11_BREAKS.test(text) ? text.replace(YAML11_BREAKS_G, `
`) : text;
}

// src/input/go-json.ts
var isSpace2 = (c) => c === 32 || c === 9 || c === 10 || c === 13, isDigit = (c) => c >= 48 && c <= 57, isHex = (c) => isDigit(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70;
function quoteChar(text, at2) {
  let c = text.codePointAt(at2);
  if (c >= 128 && (c = Buffer.from(String.fromCodePoint(c), "utf8")[0]), c === 39) return "'\\''";
  if (c === 34) return `'"'`;
  let named = { 7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v", 92: "\\\\" };
  return named[c] ? `'${named[c]}'` : c < 32 || c === 127 ? `'\\x${c.toString(16).padStart(2, "0")}'` : c >= 128 && c <= 160 || c === 173 ? `'\\u00${c.toString(16).padStart(2, "0")}'` : `'${String.fromCharCode(c)}'`;
}
function scanJsonStream(text, from = 0, maxValues = 1 / 0, maxDepth = 1 / 0) {
  let out = { values: [] }, n = text.length, i = from, fail = (at2, context) => (out.error = at2 >= n ? { at: Math.max(0, n - 1), message: "unexpected EOF" } : { at: at2, message: `invalid character ${quoteChar(text, at2)} ${context}` }, out);
  for (; ; ) {
    for (; i < n && isSpace2(text.charCodeAt(i)); ) i++;
    if (i >= n) return out;
    if (out.values.length >= maxValues)
      return out.truncated = !0, out;
    let start = i, stack = [], expectValue = !0;
    for (; ; ) {
      if (expectValue) {
        for (; i < n && isSpace2(text.charCodeAt(i)); ) i++;
        if (i >= n) return fail(n, "");
        let c2 = text.charCodeAt(i);
        if (c2 === 123 || c2 === 91) {
          if (stack.length >= maxDepth)
            return out.tooDeep = i, out;
          for (i++; i < n && isSpace2(text.charCodeAt(i)); ) i++;
          if (c2 === 123)
            if (text.charCodeAt(i) === 125)
              i++, expectValue = !1;
            else {
              if (i >= n) return fail(n, "");
              if (text.charCodeAt(i) !== 34) return fail(i, "looking for beginning of object key string");
              stack.push("key");
              let e = scanString(text, i);
              if (typeof e != "number") return fail(e.at, e.context);
              i = e, expectValue = !1;
            }
          else if (text.charCodeAt(i) === 93)
            i++, expectValue = !1;
          else {
            stack.push("array");
            continue;
          }
        } else if (c2 === 34) {
          let e = scanString(text, i);
          if (typeof e != "number") return fail(e.at, e.context);
          i = e, expectValue = !1;
        } else if (c2 === 45 || isDigit(c2)) {
          let e = scanNumber(text, i);
          if (typeof e != "number") return fail(e.at, e.context);
          i = e, expectValue = !1;
        } else if (c2 === 116 || c2 === 102 || c2 === 110) {
          let word = c2 === 116 ? "true" : c2 === 102 ? "false" : "null";
          for (let k = 1; k < word.length; k++) {
            if (i + k >= n) return fail(n, "");
            if (text[i + k] !== word[k]) return fail(i + k, `in literal ${word} (expecting '${word[k]}')`);
          }
          i += word.length, expectValue = !1;
        } else
          return fail(i, "looking for beginning of value");
      }
      if (stack.length === 0) break;
      for (; i < n && isSpace2(text.charCodeAt(i)); ) i++;
      if (i >= n) return fail(n, "");
      let c = text.charCodeAt(i), top = stack[stack.length - 1];
      if (top === "key") {
        if (c !== 58) return fail(i, "after object key");
        stack[stack.length - 1] = "value", i++, expectValue = !0;
      } else if (top === "value")
        if (c === 44) {
          for (i++; i < n && isSpace2(text.charCodeAt(i)); ) i++;
          if (i >= n) return fail(n, "");
          if (text.charCodeAt(i) !== 34) return fail(i, "looking for beginning of object key string");
          let e = scanString(text, i);
          if (typeof e != "number") return fail(e.at, e.context);
          i = e, stack[stack.length - 1] = "key";
        } else if (c === 125)
          stack.pop(), i++;
        else return fail(i, "after object key:value pair");
      else if (c === 44)
        i++, expectValue = !0;
      else if (c === 93)
        stack.pop(), i++;
      else return fail(i, "after array element");
    }
    out.values.push({ start, end: i });
  }
}
function scanString(text, i) {
  let n = text.length;
  for (i++; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 32) return { at: i, context: "in string literal" };
    if (c !== 92) continue;
    if (i++, i >= n) break;
    if (text.charCodeAt(i) === 117) {
      for (let k = 1; k <= 4; k++) {
        if (i + k >= n) return { at: n, context: "" };
        if (!isHex(text.charCodeAt(i + k))) return { at: i + k, context: "in \\u hexadecimal character escape" };
      }
      i += 4;
    } else if (!'"\\/bfnrt'.includes(text[i])) return { at: i, context: "in string escape code" };
  }
  return { at: n, context: "" };
}
function scanNumber(text, i) {
  let n = text.length, at2 = (k) => k < n ? text.charCodeAt(k) : -1;
  if (at2(i) === 45) {
    if (i++, i >= n) return { at: n, context: "" };
    if (!isDigit(at2(i))) return { at: i, context: "in numeric literal" };
  }
  if (at2(i) === 48) i++;
  else for (; isDigit(at2(i)); ) i++;
  if (at2(i) === 46) {
    if (i++, i >= n) return { at: n, context: "" };
    if (!isDigit(at2(i))) return { at: i, context: "after decimal point in numeric literal" };
    for (; isDigit(at2(i)); ) i++;
  }
  if (at2(i) === 101 || at2(i) === 69) {
    if (i++, (at2(i) === 43 || at2(i) === 45) && i++, i >= n) return { at: n, context: "" };
    if (!isDigit(at2(i))) return { at: i, context: "in exponent of numeric literal" };
    for (; isDigit(at2(i)); ) i++;
  }
  return i;
}
function kubectlJsonError(text, error) {
  return error.message === "unexpected EOF" ? error.message : `json: offset ${Buffer.byteLength(text.slice(0, error.at), "utf8") + 1}: ${error.message}`;
}

// src/input/go-errors.ts
var DecodeError = class extends Error {
  constructor(message, at2) {
    super(message);
    this.at = at2;
  }
  at;
}, AmbiguousError = class extends Error {
  constructor(message, at2) {
    super(message);
    this.at = at2;
  }
  at;
}, LimitError = class extends Error {
  constructor(message, at2) {
    super(message);
    this.at = at2;
  }
  at;
};

// src/input/go-scalars.ts
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
var YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/, DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/, GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]+)|([0-9]+))$/, INT64_MAX = (1n << 63n) - 1n, UINT64_MAX = (1n << 64n) - 1n;
function goInt(plain) {
  let m = GO_INT.exec(plain);
  if (!m) return;
  let [, sign, hex, oct, bin, legacyOct, dec] = m, digits = hex ? "0x" + hex : oct ? "0o" + oct : bin ? "0b" + bin : legacyOct ? "0o" + legacyOct : dec, v = BigInt(digits);
  if (!(sign === "-" ? v > INT64_MAX + 1n : v > (sign === "+" ? INT64_MAX : UINT64_MAX)))
    return sign === "-" ? -Number(v) : Number(v);
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
function binary(s, at2) {
  let b64 = s.replace(/[\r\n]/g, "");
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(b64))
    throw new DecodeError("!!binary value contains invalid base64 data", at2);
  return new TextDecoder("utf-8").decode(Buffer.from(b64, "base64"));
}
function goScalar(source, tag, plain, at2 = 0) {
  return goScalarTagged(source, tag, plain, at2)[0];
}
function goScalarTagged(source, tag, plain, at2 = 0) {
  if (tag === void 0 || tag === "!") {
    if (tag === "!" || !plain) return [source, STR];
    let r2 = resolve("", source);
    return r2[1] === TIMESTAMP ? [source, STR] : r2;
  }
  if (tag === BINARY) return [binary(source, at2), STR];
  if (!RESOLVABLE.has(tag)) return [source, STR];
  let [v, rtag] = resolve(tag, source);
  if (tag === STR || rtag === TIMESTAMP) return [source, STR];
  if (rtag === tag) return [v, rtag];
  if (tag === FLOAT && rtag === INT) return [v, FLOAT];
  throw new DecodeError(`cannot decode ${short(rtag)} \`${source}\` as a ${short(tag)}`, at2);
}
function goResolvesToInt(s) {
  return resolve("", s)[1] === INT;
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
  if (s.length === 0) return null;
  if (!mayResolve(s.charCodeAt(0))) return s;
  s === "<<" && giveUp("merge key");
  let v = goResolvePlain(s);
  return typeof v == "number" && !Number.isFinite(v) && giveUp(".inf or .nan"), v;
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
    let nl2 = this.t.indexOf(`
`, p);
    return nl2 === -1 ? this.t.length : nl2 > 0 && this.t.charCodeAt(nl2 - 1) === CR ? nl2 - 1 : nl2;
  }
  /** Offset of the start of the line after the one holding `p`. */
  nextLine(p) {
    let nl2 = this.t.indexOf(`
`, p);
    return nl2 === -1 ? this.t.length : nl2 + 1;
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
    let next2 = this.nextLine(q);
    this.lastEnd = next2, this.seek(next2);
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
          let r2 = ESCAPES[e];
          r2 === void 0 && giveUp("unusual escape"), out += r2, i += 1;
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
    let lines = [], p = this.nextLine(h), indent = -1, contentEnd2 = -1, contentLines = 0, n = t.length;
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
      indent === 0 && giveUp("unindented block scalar"), lines.push(t.slice(p + indent, e)), contentLines = lines.length, contentEnd2 = p = this.nextLine(e);
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
    let end = chomp === 1 && trailing > 0 ? p : contentEnd2;
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
      c === TAB && giveUp("tab in flow"), c === 63 && giveUp("? in a flow plain scalar"), i++;
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
        let at2 = this.ls + this.ind, first = t.charCodeAt(at2);
        (first === 38 || first === 42 || first === 33) && giveUp("properties on the next line"), v = this.node(at2, this.ind, col);
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
      let s = q, v = c === DQ ? this.dquoted(q, parent) : this.squoted(q, parent), e = this.qEnd, r2 = e;
      for (; t.charCodeAt(r2) === SP; ) r2++;
      return t.charCodeAt(r2) === COLON && this.sepAfter(r2 + 1) ? this.map(q, col) : (this.scalarPos(s, e), this.endLine(e), v);
    }
    if (c === 91 || c === 123) {
      let s = q;
      this.flowParent = parent;
      let v = this.flow(q), e = this.qEnd, r2 = e;
      for (; t.charCodeAt(r2) === SP; ) r2++;
      return t.charCodeAt(r2) === COLON && giveUp("flow collection as key"), this.withPos && (this.np.s = s), this.endLine(e), v;
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
    let q = this.ls + this.ind, col = this.ind, parent = -1, key, i = 0, done = (root, at2) => ({ root, rest: path.slice(at2), ...key ? { key } : {} });
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

// src/input/yaml-lib.ts
import { createRequire as createRequire2 } from "node:module";
var load = createRequire2(import.meta.url), lib;
function yamlLib() {
  return lib ??= load("./yaml.cjs");
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
function lineStart(text, at2) {
  let nl2 = text.lastIndexOf(`
`, at2 - 1);
  return nl2 === -1 ? 0 : nl2 + 1;
}
function documentSlice(text, docRange) {
  let base = lineStart(text, docRange[0]), before = text.slice(base, docRange[0]), slice = text.slice(base, docRange[1]);
  return { base, slice: /^[ \t]*$/.test(before) ? slice : " ".repeat(before.length) + slice.slice(before.length) };
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
  let { base, slice } = documentSlice(file.text, obj.docRange), located = locatePath(slice, path);
  return located ? { located, base } : void 0;
}
function treeOf(obj) {
  let file = obj.file, byDoc = trees.get(file);
  byDoc || trees.set(file, byDoc = /* @__PURE__ */ new Map());
  let hit = byDoc.get(obj.documentIndex);
  if (hit !== void 0) return hit ?? void 0;
  tracked && (tracked.passes++, tracked.documents.add(`${file.path}\0${obj.documentIndex}`));
  let { base, slice } = documentSlice(file.text, obj.docRange), tree = null, firstFast = fastParse(slice, { withPos: !0, positionsOnly: !0 })?.find((d) => d.value !== null);
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
var isBreak2 = (c) => c === 10 || c === 13 || c === 8232 || c === 8233;
function lineEnd(text, i, end = text.length) {
  for (; i < end; i++) if (isBreak2(text.charCodeAt(i))) return i;
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
var isSpace3 = (c) => c === 32 || c === 9 || c === 65279 || c === 160 || c === 11 || c === 12;
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
      for (let k = 0, at2 = start; k <= spans.length && only; k += 2) {
        let upTo = k < spans.length ? spans[k] : end;
        for (let q = at2; q < upTo && only; q++) {
          let c = text.charCodeAt(q);
          !isSpace3(c) && !(c === 13 && k === spans.length) && (only = !1);
        }
        at2 = spans[k + 1];
      }
      if (only)
        out.push(text.slice(done, start), blanks(text, start, end));
      else {
        out.push(text.slice(done, start));
        for (let k = 0, at2 = start; k < spans.length; k += 2)
          out.push(text.slice(at2, spans[k]), "x".repeat(spans[k + 1] - spans[k])), at2 = spans[k + 1], k + 2 === spans.length && out.push(text.slice(at2, end));
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

// src/input/line-prefix.ts
var TAB_IN_PREFIX = /^(?: |[-?](?=[ \t]))*\t/gm, TAB_AFTER_VALUE_INDICATOR = /^(?: |[-?](?=[ \t]))*:(?=[ \t])[ ]*\t/gm, PROPERTY_BEFORE_KEY = /^[ ]*(?:-[ ]+)*(?:[!&][^ \t\r\n]*[ \t]+)+\?(?=[ \t\r\n]|$)/gm, REFUSED = [
  { re: TAB_IN_PREFIX, what: 'a tab at the start of a line, or after a `-` or `?` indicator: go-yaml (kubectl) refuses it there ("found character that cannot start any token"), where a tab is not white space. Use spaces' },
  { re: TAB_AFTER_VALUE_INDICATOR, what: 'a tab after a `:` that gives a `?` key its value: go-yaml (kubectl) refuses it there ("found character that cannot start any token"), where a tab is not white space. Use spaces' },
  { re: PROPERTY_BEFORE_KEY, what: 'a tag or an anchor before a `?` key indicator: go-yaml (kubectl) refuses it ("mapping keys are not allowed in this context"). Write it after the `?`' }
], FIRST_IS_DOCUMENT_END = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*\.\.\.(?:[ \t\r\n]|$)/, DOCUMENT_END = /^\.\.\.(?=[ \t\r\n]|$)/gm;
function mayRefuseLinePrefix(text) {
  return REFUSED.some(({ re }) => (re.lastIndex = 0, re.test(text)));
}
function refusedLinePrefix(text, docs) {
  let hits = [];
  for (let { re, what } of REFUSED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ at: m.index + m[0].length - 1, what });
  }
  if (hits.length === 0) return;
  hits.sort((a, b) => a.at - b.at);
  let { visit: visit2, isScalar } = yamlLib(), exempt = [], plain = [];
  for (let doc of docs)
    visit2(doc, (_key, n) => {
      let node = n, r2 = node?.range;
      r2 && (isScalar(n) && node.type === "PLAIN" ? plain.push([r2[0], r2[1]]) : (isScalar(n) || node.flow === !0) && exempt.push([r2[0], r2[2]]));
    });
  let inPlain = inside(plain), inExempt = inside(exempt);
  return hits.find((h) => inPlain(h.at) || !inExempt(h.at));
}
function inside(ranges) {
  ranges.sort((a, b) => a[0] - b[0]);
  let j = 0, maxEnd = -1;
  return (h) => {
    for (; j < ranges.length && ranges[j][0] < h; j++) maxEnd = Math.max(maxEnd, ranges[j][1]);
    return h < maxEnd;
  };
}
function documentEnds(pcs) {
  let inValues = [], inBroken = !1;
  for (let pc2 of pcs) {
    let broken2 = pc2.docs.some((d) => d.errors.length > 0);
    DOCUMENT_END.lastIndex = 0;
    let di = 0;
    for (let m = DOCUMENT_END.exec(pc2.text); m; m = DOCUMENT_END.exec(pc2.text)) {
      let h = m.index;
      for (broken2 && (inBroken = !0); di < pc2.docs.length && (pc2.docs[di].range?.[2] ?? 1 / 0) <= h; ) di++;
      let r2 = pc2.docs[di]?.contents?.range;
      if (r2 !== void 0 && r2[0] < h && h < r2[2]) {
        inValues.push(pc2.chunk.start + h);
        break;
      }
    }
  }
  return { inValues, inBroken };
}

// src/input/objects.ts
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
  return `the object "${name.slice(0, 80)}" has no ${lacks}: kubectl refuses it ("error validating data: ${lacks.includes("apiVersion") ? "apiVersion" : "kind"} not set"), so it never applies, and leastpriv cannot tell what to audit it as. Write its \`apiVersion\` and \`kind\`.`;
}
var tooManyDocuments = (limits) => `more than ${limits.maxDocuments} documents; the rest of the file is not audited (limit: maxDocuments)`;
function pushObjects(out, source, di, docRange, rec, rootStart) {
  let items = rec.items, listKind = strField(rec.kind);
  if (Array.isArray(items) && listKind) {
    let itemKind = listKind.endsWith("List") ? listKind.slice(0, -4) : listKind, listApiVersion = strField(rec.apiVersion) ?? "", refused = [];
    if (items.forEach((item, i) => {
      if (!item || typeof item != "object" || Array.isArray(item)) {
        refused.push(item === null ? `item ${i} is null ("Object 'Kind' is missing")` : `item ${i} is not an object (the list is "unable to decode": none of its items applies)`);
        return;
      }
      let value = item;
      !strField(value.kind) && !strField(value.apiVersion) && (value = { ...value, kind: itemKind, apiVersion: listApiVersion }), Array.isArray(value.items) && refused.push(`item ${i} is itself a list ("is not a list: no Items field": none of the list's items applies)`);
      let child = makeObject(source, di, docRange, ["items", i], value);
      child ? out.objects.push(child) : refused.push(`item ${i} has no ${strField(value.kind) ? "`apiVersion`" : "`kind`"} ("Object '${strField(value.kind) ? "apiVersion" : "Kind"}' is missing")`);
    }), refused.length > 0) {
      let at3 = keyOffset(source.text, docRange, "items") ?? rootStart ?? docRange[0];
      out.diagnostics.push({
        code: "object-without-type",
        file: source.path,
        message: `kubectl cannot apply ${refused.length === 1 ? "an item" : `${refused.length} items`} of this ${listKind.slice(0, 80)}: ${refused.slice(0, 3).join("; ")}${refused.length > 3 ? "; \u2026" : ""}. Give each item its own \`apiVersion\` and \`kind\` (and no \`items\`)`,
        range: [at3, at3 + 1]
      });
    }
    if (listKind.endsWith("List")) return;
    let at2 = keyOffset(source.text, docRange, "items") ?? rootStart ?? docRange[0];
    out.diagnostics.push({
      code: "yaml-decode-ambiguous",
      file: source.path,
      message: `\`items\` in a ${listKind.slice(0, 80)}: kubectl reads any object with an \`items\` list as a List, applies its items and drops the ${listKind.slice(0, 80)} itself; other tools may apply the ${listKind.slice(0, 80)}. Both are audited. Write the items as objects of their own (separated by \`---\`), or as a \`kind: List\``,
      range: [at2, at2 + 1]
    });
  }
  let obj = makeObject(source, di, docRange, [], rec);
  if (!obj) {
    let missing = missingType(rec);
    if (missing) {
      let at2 = rootStart ?? docRange[0];
      out.diagnostics.push({ code: "object-without-type", file: source.path, message: missing, range: [at2, at2 + 1] });
    }
    out.nonKubernetesDocuments++;
    return;
  }
  rootStart !== void 0 && (obj.rootStart = rootStart), out.objects.push(obj);
}
function keyOffset(text, docRange, key) {
  let { parseAllDocuments, isMap, isScalar } = yamlLib();
  try {
    let slice = text.slice(docRange[0], docRange[1]), docs = parseAllDocuments(yaml11Breaks(slice), GO_PARSE_OPTIONS), root = Array.isArray(docs) ? docs.find((d) => d.contents !== null)?.contents : void 0;
    if (!isMap(root)) return;
    let keys = root.items.map((p) => p.key).filter((k) => isScalar(k)), hit = keys.filter((k) => k.value === key).pop() ?? keys.find((k) => k.source === "<<");
    return hit?.range ? docRange[0] + hit.range[0] : void 0;
  } catch {
    return;
  }
}

// src/input/goyaml.ts
import { isDeepStrictEqual } from "node:util";
var GO_ESCAPES = /* @__PURE__ */ new Set(["0", "a", "b", "t", "	", "n", "v", "f", "r", "e", " ", '"', "'", "\\", "N", "_", "L", "P", "x", "u", "U", `
`, "\r"]);
function quotedToEnd(text, s, e) {
  let q = text.charCodeAt(s);
  if (e - s < 2 || text.charCodeAt(e - 1) !== q) return !1;
  for (let i = s + 1; i < e - 1; i++) {
    let c = text.charCodeAt(i);
    if (q === 39 && c === 39) {
      if (text.charCodeAt(i + 1) !== 39 || i + 1 >= e - 1) return !1;
      i++;
    } else if (q === 34 && (c === 92 || c === 34)) {
      if (c === 34 || i + 1 >= e - 1) return !1;
      i++;
    }
  }
  return !0;
}
var GO_ESCAPE_VALUES = {
  0: "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: `
`,
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "'": "'",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
}, HEX_LENGTH = { x: 2, u: 4, U: 8 };
function goDoubleQuoted(text, s, e, base) {
  let end = e - 1, blank = (c) => c === " " || c === "	", lineBreak = (c) => c === `
` || c === "\r", breakLength = (i2) => text[i2] === "\r" && text[i2 + 1] === `
` ? 2 : 1, out = "", i = s + 1;
  for (; ; ) {
    let leadingBlanks = !1;
    for (; i < end && !blank(text[i]) && !lineBreak(text[i]); ) {
      if (text[i] !== "\\") {
        let j = i + 1;
        for (; j < end && !blank(text[j]) && !lineBreak(text[j]) && text[j] !== "\\"; ) j++;
        out += text.slice(i, j), i = j;
        continue;
      }
      let x = text[i + 1];
      if (lineBreak(x)) {
        i += 1 + breakLength(i + 1), leadingBlanks = !0;
        break;
      }
      let len = HEX_LENGTH[x];
      if (len === void 0) {
        let v = GO_ESCAPE_VALUES[x];
        if (v === void 0) throw new DecodeError(`unknown escape \`\\${x}\` in a double-quoted string: go-yaml (kubectl) refuses it`, base + i);
        out += v, i += 2;
        continue;
      }
      let hex = text.slice(i + 2, i + 2 + len), cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
      if (!(cp <= 1114111) || cp >= 55296 && cp <= 57343) throw new DecodeError("invalid Unicode escape in a double-quoted string: go-yaml (kubectl) refuses it", base + i);
      out += String.fromCodePoint(cp), i += 2 + len;
    }
    if (i >= end) return out;
    let whitespace = "", leadingBreak = !1, trailingBreaks = "";
    for (; i < end && (blank(text[i]) || lineBreak(text[i])); ) {
      if (blank(text[i])) {
        leadingBlanks || (whitespace += text[i]), i++;
        continue;
      }
      leadingBlanks ? trailingBreaks += `
` : (whitespace = "", leadingBreak = !0, leadingBlanks = !0), i += breakLength(i);
    }
    leadingBlanks ? leadingBreak ? out += trailingBreaks === "" ? " " : trailingBreaks : out += trailingBreaks : out += whitespace;
  }
}
function hasEscapedBreak(text, s, e) {
  for (let i = s; i < e - 1; i++) {
    if (text.charCodeAt(i) !== 92) continue;
    let c = text.charCodeAt(i + 1);
    if (c === 10 || c === 13) return !0;
    i++;
  }
  return !1;
}
function goDocumentValue(doc, opts) {
  let { isAlias, isMap, isScalar, isSeq } = opts.lib ?? yamlLib(), duplicates = [], { text, base } = opts, aliases = 0, expanded = 0, open = /* @__PURE__ */ new Set(), at2 = (n) => base + (n?.range?.[0] ?? 0), checkEscapes = (n) => {
    let [s, e] = n.range;
    for (let i = s; i < e; i++) {
      if (text.charCodeAt(i) !== 92) continue;
      let c = text[i + 1];
      if (!GO_ESCAPES.has(c) && !(opts.json && c === "/")) throw new DecodeError(`unknown escape \`\\${c}\` in a double-quoted string: go-yaml (kubectl) refuses it`, base + i);
      if (!opts.json && (c === "u" || c === "U")) {
        let cp = parseInt(text.slice(i + 2, i + (c === "u" ? 6 : 10)), 16);
        if (cp >= 55296 && cp <= 57343 || cp > 1114111) throw new DecodeError('a Unicode escape of a surrogate or past U+10FFFF in a double-quoted string: go-yaml (kubectl) refuses it ("found invalid Unicode character escape code"). Write the character itself, or its \\U escape', base + i);
      }
      i++;
    }
  }, checkQuoted = (n) => {
    if (n.type === "QUOTE_DOUBLE") checkEscapes(n);
    else if (n.type !== "QUOTE_SINGLE") return;
    let [s, e] = n.range;
    if (!quotedToEnd(text, s, e))
      throw new AmbiguousError(
        "a quoted string whose next line is indented less than the string: kubectl (go-yaml) reads the string on to its closing quote, taking in the lines between, where the YAML parser used here ends it and reads those lines as keys. Indent its continuation lines more than its key, or write it on one line",
        base + s
      );
  }, checkBlockIndent = (n) => {
    let [s, e] = n.range, digit = /^[|>][-+]?([1-9])/.exec(text.slice(s, s + 3))?.[1];
    if (digit === void 0) return;
    let lineStart3 = text.lastIndexOf(`
`, s - 1) + 1, lineIndent = 0;
    for (; text.charCodeAt(lineStart3 + lineIndent) === 32; ) lineIndent++;
    let indent = lineIndent + Number(digit);
    for (let p = text.indexOf(`
`, s) + 1; p > 0 && p < text.length; p = text.indexOf(`
`, p) + 1) {
      let lineEnd3 = text.indexOf(`
`, p), line = text.slice(p, lineEnd3 === -1 ? text.length : lineEnd3).replace(/\r$/, ""), blankLine = /^[ \t]*$/.test(line);
      if (!blankLine && p >= e && /^ */.exec(line)[0].length < indent) break;
      if (blankLine && line.length > indent)
        throw new AmbiguousError(
          `a line of only white space, longer than the indentation, in a block scalar with an indentation indicator (\`${text.slice(s, s + 2)}\`): kubectl (go-yaml) keeps the white space past the indentation as a line of text, the YAML parser used here reads an empty line. Remove the white space at the end of the line`,
          base + p
        );
    }
  }, checkBlockTabs = (n) => {
    let [s] = n.range, digit = /^[|>][-+]?([1-9])/.exec(text.slice(s, s + 3))?.[1], lineStart3 = text.lastIndexOf(`
`, s - 1) + 1, parent = 0;
    for (; text.charCodeAt(lineStart3 + parent) === 32; ) parent++;
    let indent = digit === void 0 ? void 0 : parent + Number(digit), maxIndent = 0;
    for (let p = text.indexOf(`
`, s) + 1; p > 0 && p < text.length; p = text.indexOf(`
`, p) + 1) {
      let sp = 0;
      for (; text.charCodeAt(p + sp) === 32 && (indent === void 0 || sp < indent); ) sp++;
      let c = text.charCodeAt(p + sp), blank = Number.isNaN(c) || c === 10 || c === 13;
      if (c === 9 && (indent === void 0 || sp < indent))
        throw new DecodeError('a tab where a block scalar (`|`, `>`) is indented: go-yaml (kubectl) refuses it ("found a tab character where an indentation space is expected"). Indent with spaces', base + p + sp);
      if (indent === void 0) {
        if (maxIndent = Math.max(maxIndent, sp), blank) continue;
        if (indent = Math.max(maxIndent, parent + 1), sp < indent) return;
      } else if (sp < indent && !blank) return;
    }
  }, flowDepth = 0, scalarSource = (n) => {
    if (checkQuoted(n), flowDepth > 0 && n.type === "PLAIN" && n.range && text.charCodeAt(n.range[0]) === 63)
      throw new AmbiguousError(`\`${text.slice(n.range[0], n.range[1]).slice(0, 40)}\` in a flow collection: kubectl (go-yaml) reads the \`?\` as a key indicator (\`{?a: b}\` is \`{a: b}\` to it), not as text. Quote the string, or write \`? \` with a space for a key`, base + n.range[0]);
    if (flowDepth > 0 && n.type === "PLAIN" && n.range) {
      let q = text.indexOf("?", n.range[0] + 1);
      if (q !== -1 && q < n.range[1])
        throw new DecodeError(`a \`?\` inside the plain text \`${text.slice(n.range[0], n.range[1]).slice(0, 40)}\` in a flow collection: go-yaml (kubectl) ends the text there and refuses the file ("did not find expected ',' or '}'"). Quote the string`, base + q);
    }
    if ((n.type === "BLOCK_LITERAL" || n.type === "BLOCK_FOLDED") && (checkBlockIndent(n), checkBlockTabs(n)), n.type === "QUOTE_DOUBLE" && !opts.json) {
      let [s, e] = n.range;
      if (hasEscapedBreak(text, s, e)) return goDoubleQuoted(text, s, e, base);
    }
    return typeof n.source == "string" ? n.source : String(n.value ?? "");
  }, outerAlias, target = (n) => {
    if (!isAlias(n)) return n;
    if (++aliases > opts.maxAliasCount) throw new LimitError(`more than ${opts.maxAliasCount} alias expansions in the document`, outerAlias ?? at2(n));
    let t = n.resolve(doc);
    if (!t) throw new DecodeError(`unknown anchor \`${n.source}\``, at2(n));
    if (open.has(t)) throw new DecodeError(`anchor \`${n.source}\` contains itself`, at2(n));
    return t;
  }, value = (node, viaAlias) => {
    if (node == null) return null;
    if (!viaAlias && isAlias(node)) {
      outerAlias = at2(node);
      let v = value(node, !0);
      return outerAlias = void 0, v;
    }
    let n = target(node), aliased = viaAlias || n !== node;
    if (aliased && ++expanded > 1e6) throw new LimitError("alias expansions make the document too large", outerAlias ?? at2(node));
    if (isScalar(n)) {
      let src = scalarSource(n), v = goScalar(src, n.tag, n.type === "PLAIN" || n.type === void 0, at2(n));
      if (opts.json && typeof v == "string" && (v = wellFormed(v)), typeof v == "number" && !Number.isFinite(v)) throw new DecodeError(`\`${src.slice(0, 20)}\` is a float JSON cannot hold (infinity or not a number): sigs.k8s.io/yaml (kubectl) cannot convert the document ("json: unsupported value")`, at2(n));
      return v;
    }
    if (isSeq(n)) {
      open.add(n);
      let flow = n.flow === !0;
      flow && flowDepth++;
      let out = n.items.map((x) => value(x, aliased));
      return flow && flowDepth--, open.delete(n), out;
    }
    if (isMap(n)) {
      let out = /* @__PURE__ */ new Map();
      open.add(n), mapping(n, out, aliased, !0), open.delete(n);
      let obj = {};
      for (let [k, e] of out)
        k === "__proto__" ? Object.defineProperty(obj, k, { value: e.v, enumerable: !0, writable: !0, configurable: !0 }) : obj[k] = e.v;
      return obj;
    }
    throw new DecodeError("unsupported YAML node", at2(n));
  }, goKey = (k) => {
    let n = target(k);
    if (isScalar(n)) {
      let src = scalarSource(n), [v, rtag] = goScalarTagged(src, n.tag, n.type === "PLAIN" || n.type === void 0, at2(n));
      if (typeof v == "string") return { json: opts.json ? wellFormed(v) : v, type: "s" };
      if (typeof v == "boolean") return { json: String(v), type: "b" };
      if (typeof v == "number" && rtag === INT && Number.isSafeInteger(v)) return { json: String(v), type: "i" };
      throw v === null ? new DecodeError("a null key: sigs.k8s.io/yaml (kubectl) cannot turn it into JSON", at2(n)) : new AmbiguousError(`the key \`${src}\` is a float: kubectl writes it as Go's float32 text, not checked here`, at2(n));
    }
    throw new DecodeError("a mapping or sequence used as a key: kubectl cannot decode it", at2(n));
  }, isMerge = (k) => isScalar(k) && k.source === "<<" && (k.type === "PLAIN" && (k.tag === void 0 || k.tag === "!") || k.tag === MERGE), put = (out, key, v, keyAt, explicit) => {
    let prev = out.get(key.json);
    if (prev && prev.type !== key.type)
      throw new AmbiguousError(`the keys \`${key.json}\` (line of the earlier one differs in type: string, number or boolean) collide in JSON; kubectl keeps one of them at random`, keyAt);
    prev && explicit && prev.at >= 0 && duplicates.push({ key: key.json, at: keyAt, first: prev.at, sameValue: isDeepStrictEqual(prev.v, v) }), out.set(key.json, { v, type: key.type, at: explicit ? keyAt : -1 });
  }, checkFlowColon = (k) => {
    if (!isScalar(k) || k.type !== "PLAIN" || !k.range) return;
    let e = k.range[1];
    for (; text[e] === " " || text[e] === "	" || text[e] === `
` || text[e] === "\r"; ) e++;
    let next2 = text[e + 1];
    if (text.charCodeAt(e) === 58 && next2 !== void 0 && ",]}".includes(next2))
      throw new AmbiguousError(`\`${text.slice(k.range[0], e + 1).slice(0, 40)}\` right before \`${next2}\`: kubectl (go-yaml) reads the \`:\` as part of the text, not as a key with an empty value. Quote it, or write a space after the \`:\``, base + k.range[0]);
  }, mapping = (n, out, aliased, explicit) => {
    if (!isMap(n)) throw new DecodeError("map merge requires map or sequence of maps as the value", at2(n));
    let flow = n.flow === !0;
    flow && flowDepth++;
    for (let pair2 of n.items) {
      if (checkFlowColon(pair2.key), isMerge(pair2.key)) {
        merge(pair2.value, out, aliased);
        continue;
      }
      let key = goKey(pair2.key), v = value(pair2.value, aliased);
      put(out, key, v, at2(pair2.key), explicit && !aliased);
    }
    flow && flowDepth--;
  }, merge = (v, out, aliased) => {
    let n = target(v);
    if (isMap(n)) {
      open.add(n), mapping(n, out, aliased || n !== v, !1), open.delete(n);
      return;
    }
    if (isSeq(n) && n !== v) throw new DecodeError("map merge requires map or sequence of maps as the value (an alias must name a mapping: go-yaml takes a list of maps only written in place, `<<: [*a, *b]`)", at2(v));
    if (isSeq(n)) {
      for (let i = n.items.length - 1; i >= 0; i--) {
        let item = n.items[i], m = target(item);
        if (!isMap(m)) throw new DecodeError("map merge requires map or sequence of maps as the value", at2(item));
        open.add(m), mapping(m, out, !0, !1), open.delete(m);
      }
      return;
    }
    throw new DecodeError("map merge requires map or sequence of maps as the value", at2(v));
  };
  return { value: value(doc.contents, !1), duplicates };
}
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function wellFormed(s) {
  return s.replace(LONE_SURROGATE, "\uFFFD");
}
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
    let inside2 = inDouble || inSingle || depth > 0;
    inside2 && !blank && indent <= open && out.set(li, open + 1 - indent), inside2 || (open = indent);
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
      let valueStart = startsValue(prev, depth, line[i - 1]);
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
function startsValue(prev, depth, before) {
  if (prev === "") return !0;
  let spaced = before === " " || before === "	";
  return depth > 0 ? prev === "[" || prev === "{" || prev === "," || prev === ":" || prev === "?" && spaced : (prev === ":" || prev === "-" || prev === "?") && spaced;
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
function padFlowContinuationLines(text) {
  let p = pads(text);
  if (p.size === 0) return { text, padded: [] };
  let padded = [], at2 = 0;
  return { text: text.split(`
`).map((line, i) => {
    let n = p.get(i), out = n === void 0 ? line : " ".repeat(n) + line;
    return n !== void 0 && padded.push(at2 + /^ */.exec(out)[0].length), at2 += out.length + 1, out;
  }).join(`
`), padded };
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
function describeError(err, doc, source, all2 = doc.errors) {
  if (err.code === "DUPLICATE_KEY") {
    let d = duplicate(err, doc, source);
    if (d) {
      let where5 = d.firstLine !== void 0 ? ` (first set on line ${d.firstLine})` : "";
      return `duplicate key \`${d.key}\`${where5}: kustomize and Flux refuse the document, and kubectl silently keeps only one value. Remove one, or add the missing \`---\` if two objects ran together.`;
    }
  }
  let rest = all2.length - reportedErrors(all2).length;
  return firstLine(err.message) + (rest > 0 ? ` (${rest} more error${rest === 1 ? "" : "s"} in this document, probably caused by this one)` : "");
}

// src/input/parse-yaml.ts
var TOO_DEEP = "nested too deeply for the YAML parser (its stack ran out); not audited (limit: maxDepth)", templateSkip = (n, of) => n === of ? "Helm/Go template: not valid YAML as written (`{{ \u2026 }}` where YAML structure goes), so kubectl cannot apply it either: render it first (helm template) and audit the output" : `Helm/Go template in ${n} of ${of} documents: not valid YAML as written (\`{{ \u2026 }}\` where YAML structure goes), so kubectl cannot apply ${n === 1 ? "that one" : "those"} either; the other documents are audited. Render the file first (helm template) and audit the output`;
function parseChunks(text, chunks, json) {
  let { parseAllDocuments } = yamlLib();
  return chunks.map((chunk) => {
    let raw = text.slice(chunk.start, chunk.end), t = json ? raw : yaml11Breaks(raw), docs = parseAllDocuments(t, GO_PARSE_OPTIONS);
    return Array.isArray(docs) || (docs = [docs]), { chunk, text: t, raw, docs };
  });
}
var broken = (pcs) => pcs.reduce((n, pc2) => n + pc2.docs.filter((d) => d.errors.length > 0).length, 0), ok = (pcs) => pcs.reduce((n, pc2) => n + pc2.docs.filter((d) => d.errors.length === 0).length, 0);
function padChunks(text, chunks) {
  let outText = "", from = 0, outChunks = [], padded = [];
  for (let c of chunks) {
    outText += text.slice(from, c.start);
    let p = padFlowContinuationLines(text.slice(c.start, c.end));
    for (let at2 of p.padded) padded.push(outText.length + at2);
    outChunks.push({ ...c, start: outText.length, end: outText.length + p.text.length }), outText += p.text, from = c.end;
  }
  return outText += text.slice(from), padded.length > 0 ? { text: outText, chunks: outChunks, padded } : void 0;
}
function paddedInsideFlow(pcs, padded) {
  let { visit: visit2, isScalar } = yamlLib();
  return pcs.every((pc2) => {
    let mine = padded.filter((o) => o >= pc2.chunk.start && o < pc2.chunk.end).map((o) => o - pc2.chunk.start);
    if (mine.length === 0) return !0;
    let ranges = [];
    for (let doc of pc2.docs)
      visit2(doc, (_key, n) => {
        let r2 = n?.range;
        r2 && (isScalar(n) ? n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE" : n.flow === !0) && ranges.push([r2[0], r2[1]]);
      });
    ranges.sort((a, b) => a[0] - b[0]), mine.sort((a, b) => a - b);
    let j = 0, maxEnd = -1;
    return mine.every((o) => {
      for (; j < ranges.length && ranges[j][0] < o; j++) maxEnd = Math.max(maxEnd, ranges[j][1]);
      return maxEnd > o;
    });
  });
}
var DIRECTIVE2 = /^%/m;
function fromYaml(out, source, limits, jsonScan) {
  let { text } = source, diag = (code, message, range) => out.diagnostics.push({ code, file: source.path, message, range }), split = jsonScan ? void 0 : kubectlChunks(text, !0), json = split === void 0, chunks = split?.chunks ?? jsonScan.values.map((v) => ({ start: v.start, end: v.end })), parsed;
  try {
    parsed = parseChunks(text, chunks, json);
  } catch (e) {
    return e instanceof RangeError ? diag("input-not-auditable", TOO_DEEP, [0, 1]) : diag("yaml-syntax-error", `cannot parse: ${e.message}`, [0, 1]), out;
  }
  let docEnds = json ? { inValues: [], inBroken: !1 } : documentEnds(parsed);
  if (broken(parsed) > 0 && !docEnds.inBroken) {
    let padded = padChunks(text, chunks);
    if (padded) {
      let again = parseChunks(padded.text, padded.chunks, json);
      ok(again) > ok(parsed) && broken(again) <= broken(parsed) && paddedInsideFlow(again, padded.padded) && (source.text = text = padded.text, source.lineCounter = new LineIndex(text), chunks = padded.chunks, parsed = again);
    }
  }
  let templates = parsed.map((pc2) => templateDocuments(pc2.text, pc2.docs)), templateCount = templates.reduce((n, t) => n + t.size, 0);
  templateCount > 0 && (out.skipped = templateSkip(templateCount, parsed.reduce((n, pc2) => n + pc2.docs.length, 0)));
  for (let a of split?.ambiguous ?? []) diag("yaml-decode-ambiguous", a.what, [a.at, a.at + 1]);
  for (let at2 of docEnds.inValues)
    diag("yaml-syntax-error", 'a `...` line inside a value: go-yaml (kubectl) reads it as the end of the document, at the start of a line whatever comes before, and refuses the file ("found unexpected document indicator"). Indent it, or quote the value on one line', [at2, at2 + 3]);
  for (let at2 of split?.textSeparators ?? [])
    diag(
      "yaml-syntax-error",
      `\`${text.slice(at2, at2 + 4).replace(/\s$/, "")}\u2026\` at the start of the file or right after a \`---\` line: kubectl keeps this line in the document it reads, and YAML reads \`---\` followed by anything but a space or a tab as text, not as a separator, so kubectl refuses the file or reads something else. Write \`---\` alone, or \`--- # comment\``,
      [at2, at2 + 3]
    );
  if (split?.badSeparator !== void 0) {
    let at2 = split.badSeparator;
    diag(
      "yaml-syntax-error",
      'a `---` line with more than a comment after it: kubectl refuses the file from here on ("invalid Yaml document separator"); put what follows `---` on a line of its own',
      [at2, at2 + 3]
    );
  }
  let { isMap } = yamlLib(), di = -1;
  for (let [ci, pc2] of parsed.entries()) {
    let base = pc2.chunk.start, content = pc2.docs.filter((d) => !isEmptyDocument(d)), chunkBroken = pc2.docs.some((d) => d.errors.length > 0);
    if (!json && !chunkBroken && DIRECTIVE2.test(pc2.text)) {
      let at2 = base + pc2.text.search(DIRECTIVE2);
      diag("yaml-syntax-error", "a YAML directive (`%YAML`, `%TAG`): kubectl cannot read it (its `---` line ends the part of the file the directive is in). Remove it", [at2, at2 + 1]);
    }
    if (!json && !pc2.chunk.keptSeparator && FIRST_IS_DOCUMENT_END.test(pc2.text)) {
      let at2 = base + pc2.text.search(/^\.\.\./m);
      diag("yaml-syntax-error", 'a `...` line where a document should start (at the start of the file or right after `---`): go-yaml (kubectl) refuses it ("did not find expected node content"). Remove it', [at2, at2 + 3]);
    }
    if (!json && !chunkBroken) {
      let refused = refusedLinePrefix(pc2.text, pc2.docs);
      refused && diag("yaml-syntax-error", refused.what, [base + refused.at, base + refused.at + 1]);
    }
    let firstContent = pc2.docs.findIndex((d) => !isEmptyDocument(d)), bad = split?.badSeparator, hidesBad = bad !== void 0 && bad >= pc2.chunk.start && bad < pc2.chunk.end;
    if (!json && !hidesBad && (content.length > 1 || firstContent > 0)) {
      let second = content.length > 1 ? content[1] : content[0], at2 = base + (second.range?.[0] ?? 0);
      diag(
        "yaml-decode-ambiguous",
        "a second YAML document in one part of the file (after `...`, or a `---` that follows a line break other than `\\n`): kubectl reads only the first and ignores this one, other tools apply it. Separate documents with a `---` line",
        [at2, at2 + 1]
      );
    }
    for (let [i, doc] of pc2.docs.entries()) {
      if (di++, di >= limits.maxDocuments) {
        let at2 = base + (doc.range?.[0] ?? 0);
        return diag("input-not-auditable", tooManyDocuments(limits), [at2, at2 + 1]), out;
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
        let ls = breakInScalar(doc, pc2.raw);
        ls !== void 0 && diag("yaml-decode-ambiguous", "a line or paragraph separator (U+2028, U+2029) inside a value: YAML 1.1 (kubectl) reads it as a line break; write it escaped (`\\L`, `\\P`) in a double-quoted string", [base + ls, base + ls + 1]);
      }
      let decoded;
      try {
        decoded = goDocumentValue(doc, { maxAliasCount: limits.maxAliasCount, text: pc2.text, base, json });
      } catch (e) {
        let at2 = e instanceof DecodeError || e instanceof AmbiguousError || e instanceof LimitError ? e.at ?? rootAt : rootAt;
        if (e instanceof RangeError) diag("input-not-auditable", TOO_DEEP, [at2, at2 + 1]);
        else if (e instanceof LimitError) diag("input-not-auditable", `${e.message} (limit: maxAliasCount ${limits.maxAliasCount})`, [at2, at2 + 1]);
        else if (e instanceof AmbiguousError) diag("yaml-decode-ambiguous", `${e.message}; the document is not audited`, [at2, at2 + 1]);
        else if (e instanceof DecodeError) diag("yaml-syntax-error", `kubectl cannot decode this document: ${e.message}`, [at2, at2 + 1]);
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
      pushObjects(out, source, di, docRange, value);
    }
  }
  return out;
}
function isEmptyDocument(doc) {
  if (doc.errors.length > 0) return !1;
  let { isMap } = yamlLib(), contents = doc.contents;
  return contents === null || contents !== void 0 && "value" in contents && contents.value === null && !isMap(contents);
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
var GO_YAML_REFUSED = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;
function yamlControlCharacter(text) {
  let at2 = text.search(GO_YAML_REFUSED);
  return at2 === -1 || isJsonStream(text) ? void 0 : at2;
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
function fromFast(out, source, docs, limits) {
  for (let di = 0; di < docs.length; di++) {
    let doc = docs[di];
    if (di >= limits.maxDocuments) {
      let at2 = doc.range[0];
      out.diagnostics.push({ code: "input-not-auditable", file: source.path, message: tooManyDocuments(limits), range: [at2, at2 + 1] });
      break;
    }
    if (doc.value === null) continue;
    if (out.documents++, Array.isArray(doc.value)) {
      out.nonKubernetesDocuments++;
      continue;
    }
    let rec = doc.value;
    pushObjects(out, source, di, doc.range, rec, doc.rootStart);
  }
  return out;
}
function parseSource(source, limits, chart, onlyYaml = !1) {
  let out = { source, objects: [], diagnostics: [], documents: 0, nonKubernetesDocuments: 0 }, { text } = source;
  if (chart !== void 0 && hasTemplateSyntax(text))
    return out.skipped = `Helm/Go template: in the templates/ folder of the Helm chart ${chart}: render it first (helm template) and audit the output`, out;
  let diag = (code, message, range) => out.diagnostics.push({ code, file: source.path, message, range }), control = yamlControlCharacter(text);
  if (control !== void 0) {
    let code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, "0");
    diag(
      "yaml-syntax-error",
      `a control character (U+${code}) in YAML text: kubectl refuses the file from here on ("control characters are not allowed"). Remove it, or write it as an escape in a double-quoted string (\\u${code})`,
      [control, control + 1]
    );
  }
  let json = isJsonStream(text) && !startsWithTemplate(text) ? scanJsonStream(text, 0, limits.maxDocuments + 1, limits.maxDepth) : void 0;
  if (json) {
    if (json.tooDeep !== void 0 && diag("input-not-auditable", `nesting deeper than ${limits.maxDepth} levels; the rest of the file is not audited (limit: maxDepth)`, [json.tooDeep, json.tooDeep + 1]), json.error) {
      let { at: at2 } = json.error, k = json.values.length;
      diag(
        "yaml-syntax-error",
        `not JSON: kubectl reads this file as JSON (it starts with \`{\`), stops here and fails ("${kubectlJsonError(text, json.error)}"); ${k === 0 ? "nothing in it is applied" : `the ${k === 1 ? "value" : `${k} values`} before this point ${k === 1 ? "is" : "are"} applied`}, and nothing from here on is audited. Fix the JSON, or start the file with a \`---\` line to have it read as YAML`,
        [at2, at2 + 1]
      );
    }
    if (json.values.length === 0) return out;
    let end = json.values[json.values.length - 1].end;
    end < text.length && (json.error || json.tooDeep !== void 0) && (text = text.slice(0, end));
  }
  let fast = onlyYaml || ODD_SEPARATOR.test(text) || mayRefuseLinePrefix(text) || SURROGATE_ESCAPE.test(text) ? void 0 : fastParse(text, { maxAliases: Math.min(100, limits.maxAliasCount), maxFlowDepth: limits.maxDepth });
  if (fast) return fromFast(out, source, fast, limits);
  let many = fallbackNodesExceed(text, FALLBACK_MAX_NODES);
  if (many !== void 0)
    return diag("input-not-auditable", `more than ${FALLBACK_MAX_NODES} YAML nodes in a file the fast reader cannot take (tags, merge keys, errors, \u2026); the full YAML reader would need gigabytes of memory for it: file not audited (split it, or drop the tags and merge keys)`, [many, many + 1]), out;
  let deep = flowDepthExceeds(text, limits.maxDepth);
  return deep !== void 0 ? (diag("input-not-auditable", `nesting deeper than ${limits.maxDepth} levels; file not audited (limit: maxDepth)`, [deep, deep + 1]), out) : fromYaml(out, source, limits, json);
}
var SURROGATE_ESCAPE = /\\(?:u|U0000)[dD][89a-fA-F]/, ODD_SEPARATOR = /^---(?:[^ \t\r\n]|[ \t]+[^ \t\r\n#])/m;
function startsWithTemplate(text) {
  let at2 = text.search(/[^ \t\r\n]/);
  if (at2 === -1 || !text.startsWith("{{", at2)) return !1;
  let eol = text.indexOf(`
`, at2);
  return hasTemplateSyntax(text, at2, eol === -1 ? text.length : eol);
}
function newSource(path, text) {
  let t = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return { path, text: t, lineCounter: new LineIndex(t) };
}

// src/config/load.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve as resolve2 } from "node:path";

// src/config/config-validator.gen.js
var config_validator_gen_default = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://github.com/leastpriv/leastpriv/blob/main/schema/leastpriv-config.schema.json", title: "leastpriv configuration (.leastpriv.yaml)", type: "object", additionalProperties: !1, properties: { $schema: { type: "string" }, profile: { description: "Rule profile: which rules are on, at which severity. Config below still overrides single rules.", type: "string", enum: ["leastpriv", "pss-baseline", "pss-restricted"] }, kubeVersion: { description: "Kubernetes version whose Pod Security Admission rules the LP3xx controls follow, e.g. v1.35 (default: the newest verified policy version). Versions newer than it are evaluated as it, as Pod Security Admission does.", type: "string", pattern: "^(v?1\\.[0-9]{1,3}|latest)$" }, failOn: { description: "Lowest severity that makes the run fail (exit 1).", enum: ["error", "warning", "note", "none"] }, rules: { description: "Per rule, by code (LP201) or name (privileged-container): a severity, 'off', or { severity, options }.", type: "object", propertyNames: { pattern: "^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$" }, additionalProperties: { oneOf: [{ enum: ["error", "warning", "note", "off"] }, { type: "object", additionalProperties: !1, properties: { severity: { enum: ["error", "warning", "note", "off"] }, options: { type: "object" } } }] } }, exclude: { description: "Paths to skip, in .gitignore syntax, relative to the folder holding the config file.", type: "array", items: { type: "string" } }, gitignore: { description: "Honour .gitignore files (default true).", type: "boolean" }, render: { description: "Render kustomization roots and Flux Kustomizations with kustomize before auditing, and map findings back to the lines that set each value (default true).", type: "boolean" }, kustomizeCommand: { description: "The kustomize to run: `kubectl` (runs `kubectl kustomize`, the default) or a `kustomize` binary (runs `kustomize build`).", type: "string", minLength: 1 }, limits: { type: "object", additionalProperties: !1, properties: { maxFileSize: { description: "Bytes; larger files are reported and skipped (default 16 MiB).", type: "integer", minimum: 1 }, maxDocuments: { description: "YAML documents per file (default 10000).", type: "integer", minimum: 1 }, maxAliasCount: { description: "Alias expansions per document (default 10000).", type: "integer", minimum: 0 }, maxDepth: { description: "Nesting depth: flow collections deeper than this are refused before parsing; block nesting too deep for the parser is refused too (default 200).", type: "integer", minimum: 1 } } } } }, func2 = Object.prototype.hasOwnProperty, func3 = (function(s) {
  let n = 0;
  for (let _ of s) n++;
  return n;
}), pattern0 = new RegExp("^(v?1\\.[0-9]{1,3}|latest)$", "u"), pattern1 = new RegExp("^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema11.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.$schema !== void 0 && typeof data.$schema != "string") {
      let err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.profile !== void 0) {
      let data1 = data.profile;
      if (typeof data1 != "string") {
        let err2 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (!(data1 === "leastpriv" || data1 === "pss-baseline" || data1 === "pss-restricted")) {
        let err3 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/enum", keyword: "enum", params: { allowedValues: schema11.properties.profile.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.kubeVersion !== void 0) {
      let data2 = data.kubeVersion;
      if (typeof data2 == "string") {
        if (!pattern0.test(data2)) {
          let err4 = { instancePath: instancePath + "/kubeVersion", schemaPath: "#/properties/kubeVersion/pattern", keyword: "pattern", params: { pattern: "^(v?1\\.[0-9]{1,3}|latest)$" }, message: 'must match pattern "^(v?1\\.[0-9]{1,3}|latest)$"' };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/kubeVersion", schemaPath: "#/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data3 = data.failOn;
      if (!(data3 === "error" || data3 === "warning" || data3 === "note" || data3 === "none")) {
        let err6 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data4 = data.rules;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (let key1 in data4) {
          let _errs11 = errors;
          if (typeof key1 == "string" && !pattern1.test(key1)) {
            let err7 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$" }, message: 'must match pattern "^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$"', propertyName: key1 };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
          var valid1 = _errs11 === errors;
          if (!valid1) {
            let err8 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
        for (let key2 in data4) {
          let data5 = data4[key2], _errs14 = errors, valid3 = !1, passing0 = null, _errs15 = errors;
          if (!(data5 === "error" || data5 === "warning" || data5 === "note" || data5 === "off")) {
            let err9 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
          var _valid0 = _errs15 === errors;
          _valid0 && (valid3 = !0, passing0 = 0);
          let _errs16 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (let key3 in data5)
              if (!(key3 === "severity" || key3 === "options")) {
                let err10 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
            if (data5.severity !== void 0) {
              let data6 = data5.severity;
              if (!(data6 === "error" || data6 === "warning" || data6 === "note" || data6 === "off")) {
                let err11 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
            if (data5.options !== void 0) {
              let data7 = data5.options;
              if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                let err12 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
            }
          } else {
            let err13 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
          var _valid0 = _errs16 === errors;
          if (_valid0 && valid3 ? (valid3 = !1, passing0 = [passing0, 1]) : _valid0 && (valid3 = !0, passing0 = 1), valid3)
            errors = _errs14, vErrors !== null && (_errs14 ? vErrors.length = _errs14 : vErrors = null);
          else {
            let err14 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
      } else {
        let err15 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data8 = data.exclude;
      if (Array.isArray(data8)) {
        let len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++)
          if (typeof data8[i0] != "string") {
            let err16 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
      } else {
        let err17 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.gitignore !== void 0 && typeof data.gitignore != "boolean") {
      let err18 = { instancePath: instancePath + "/gitignore", schemaPath: "#/properties/gitignore/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
    }
    if (data.render !== void 0 && typeof data.render != "boolean") {
      let err19 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
    }
    if (data.kustomizeCommand !== void 0) {
      let data12 = data.kustomizeCommand;
      if (typeof data12 == "string") {
        if (func3(data12) < 1) {
          let err20 = { instancePath: instancePath + "/kustomizeCommand", schemaPath: "#/properties/kustomizeCommand/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
      } else {
        let err21 = { instancePath: instancePath + "/kustomizeCommand", schemaPath: "#/properties/kustomizeCommand/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.limits !== void 0) {
      let data13 = data.limits;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (let key4 in data13)
          if (!(key4 === "maxFileSize" || key4 === "maxDocuments" || key4 === "maxAliasCount" || key4 === "maxDepth")) {
            let err22 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data13.maxFileSize !== void 0) {
          let data14 = data13.maxFileSize;
          if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14))) {
            let err23 = { instancePath: instancePath + "/limits/maxFileSize", schemaPath: "#/properties/limits/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
          if (typeof data14 == "number" && (data14 < 1 || isNaN(data14))) {
            let err24 = { instancePath: instancePath + "/limits/maxFileSize", schemaPath: "#/properties/limits/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data13.maxDocuments !== void 0) {
          let data15 = data13.maxDocuments;
          if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15))) {
            let err25 = { instancePath: instancePath + "/limits/maxDocuments", schemaPath: "#/properties/limits/properties/maxDocuments/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
          if (typeof data15 == "number" && (data15 < 1 || isNaN(data15))) {
            let err26 = { instancePath: instancePath + "/limits/maxDocuments", schemaPath: "#/properties/limits/properties/maxDocuments/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        if (data13.maxAliasCount !== void 0) {
          let data16 = data13.maxAliasCount;
          if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16))) {
            let err27 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
          if (typeof data16 == "number" && (data16 < 0 || isNaN(data16))) {
            let err28 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data13.maxDepth !== void 0) {
          let data17 = data13.maxDepth;
          if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17))) {
            let err29 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
          if (typeof data17 == "number" && (data17 < 1 || isNaN(data17))) {
            let err30 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
      } else {
        let err31 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
  } else {
    let err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}

// src/input/types.ts
var DEFAULT_LIMITS = {
  maxFileSize: 16777216,
  maxDocuments: 1e4,
  maxAliasCount: 1e4,
  maxDepth: 200
};

// schema/leastpriv-config.schema.json
var leastpriv_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/leastpriv/leastpriv/blob/main/schema/leastpriv-config.schema.json",
  title: "leastpriv configuration (.leastpriv.yaml)",
  type: "object",
  additionalProperties: !1,
  properties: {
    $schema: { type: "string" },
    profile: {
      description: "Rule profile: which rules are on, at which severity. Config below still overrides single rules.",
      type: "string",
      enum: ["leastpriv", "pss-baseline", "pss-restricted"]
    },
    kubeVersion: {
      description: "Kubernetes version whose Pod Security Admission rules the LP3xx controls follow, e.g. v1.35 (default: the newest verified policy version). Versions newer than it are evaluated as it, as Pod Security Admission does.",
      type: "string",
      pattern: "^(v?1\\.[0-9]{1,3}|latest)$"
    },
    failOn: {
      description: "Lowest severity that makes the run fail (exit 1).",
      enum: ["error", "warning", "note", "none"]
    },
    rules: {
      description: "Per rule, by code (LP201) or name (privileged-container): a severity, 'off', or { severity, options }.",
      type: "object",
      propertyNames: { pattern: "^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$" },
      additionalProperties: {
        oneOf: [
          { enum: ["error", "warning", "note", "off"] },
          {
            type: "object",
            additionalProperties: !1,
            properties: {
              severity: { enum: ["error", "warning", "note", "off"] },
              options: { type: "object" }
            }
          }
        ]
      }
    },
    exclude: {
      description: "Paths to skip, in .gitignore syntax, relative to the folder holding the config file.",
      type: "array",
      items: { type: "string" }
    },
    gitignore: { description: "Honour .gitignore files (default true).", type: "boolean" },
    render: { description: "Render kustomization roots and Flux Kustomizations with kustomize before auditing, and map findings back to the lines that set each value (default true).", type: "boolean" },
    kustomizeCommand: { description: "The kustomize to run: `kubectl` (runs `kubectl kustomize`, the default) or a `kustomize` binary (runs `kustomize build`).", type: "string", minLength: 1 },
    limits: {
      type: "object",
      additionalProperties: !1,
      properties: {
        maxFileSize: { description: "Bytes; larger files are reported and skipped (default 16 MiB).", type: "integer", minimum: 1 },
        maxDocuments: { description: "YAML documents per file (default 10000).", type: "integer", minimum: 1 },
        maxAliasCount: { description: "Alias expansions per document (default 10000).", type: "integer", minimum: 0 },
        maxDepth: { description: "Nesting depth: flow collections deeper than this are refused before parsing; block nesting too deep for the parser is refused too (default 200).", type: "integer", minimum: 1 }
      }
    }
  }
};

// src/config/rule-options.ts
var KEYWORDS = /* @__PURE__ */ new Set(["type", "enum", "const", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "pattern", "minLength", "minimum", "maximum", "description", "default"]);
function unsupportedKeywords(schema) {
  let out = [];
  for (let [k, v] of Object.entries(schema)) {
    if (KEYWORDS.has(k) || out.push(k), k === "properties") for (let s of Object.values(v)) out.push(...unsupportedKeywords(s));
    (k === "items" || k === "additionalProperties") && typeof v == "object" && v !== null && out.push(...unsupportedKeywords(v));
  }
  return out;
}
var typeOf = (v) => v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v, typeMatches = (want, v) => typeOf(v) === want || want === "number" && typeof v == "number", shown = (v) => typeof v == "string" ? `'${v}'` : JSON.stringify(v);
function checkOptions(schema, value, path = "") {
  let bad = unsupportedKeywords(schema);
  if (bad.length) throw new Error(`rule options schema uses unsupported keyword(s): ${bad.join(", ")}`);
  let at2 = (p, k) => p ? `${p}.${k}` : String(k);
  if (typeof schema.type == "string" && !typeMatches(schema.type, value)) return { path, message: `must be ${schema.type === "array" ? "a list" : schema.type === "object" ? "a mapping" : `a ${schema.type}`}, not ${typeOf(value) === "array" ? "a list" : typeOf(value) === "object" ? "a mapping" : `${typeOf(value)} ${shown(value)}`}` };
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) return { path, message: `must be one of ${schema.enum.map(shown).join(", ")}, not ${shown(value)}` };
  if ("const" in schema && schema.const !== value) return { path, message: `must be ${shown(schema.const)}` };
  if (typeof value == "string") {
    if (typeof schema.minLength == "number" && [...value].length < schema.minLength) return { path, message: `must be at least ${schema.minLength} characters` };
    if (typeof schema.pattern == "string" && !new RegExp(schema.pattern, "u").test(value)) return { path, message: `must match ${schema.pattern}, not ${shown(value)}` };
  }
  if (typeof value == "number") {
    if (typeof schema.minimum == "number" && value < schema.minimum) return { path, message: `must be at least ${schema.minimum}` };
    if (typeof schema.maximum == "number" && value > schema.maximum) return { path, message: `must be at most ${schema.maximum}` };
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems == "number" && value.length < schema.minItems) return { path, message: `must have at least ${schema.minItems} item(s)` };
    if (typeof schema.maxItems == "number" && value.length > schema.maxItems) return { path, message: `must have at most ${schema.maxItems} item(s)` };
    if (schema.uniqueItems === !0) {
      let seen = /* @__PURE__ */ new Set();
      for (let v of value) {
        let k = JSON.stringify(v);
        if (seen.has(k)) return { path, message: `must not repeat ${shown(v)}` };
        seen.add(k);
      }
    }
    if (schema.items && typeof schema.items == "object")
      for (let i = 0; i < value.length; i++) {
        let p = checkOptions(schema.items, value[i], at2(path, i));
        if (p) return p;
      }
  }
  if (typeOf(value) === "object") {
    let obj = value, props = schema.properties ?? {};
    for (let r2 of schema.required ?? []) if (!(r2 in obj)) return { path, message: `needs the key '${r2}'` };
    for (let [k, v] of Object.entries(obj))
      if (k in props) {
        let p = checkOptions(props[k], v, at2(path, k));
        if (p) return p;
      } else {
        if (schema.additionalProperties === !1)
          return { path: at2(path, k), message: "is not an option of this rule", unknownKey: { key: k, allowed: Object.keys(props) } };
        if (typeof schema.additionalProperties == "object" && schema.additionalProperties !== null) {
          let p = checkOptions(schema.additionalProperties, v, at2(path, k));
          if (p) return p;
        }
      }
  }
}

// src/engine/did-you-mean.ts
function editDistance(a, b) {
  let d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = cur;
    }
  }
  return d[b.length];
}
function didYouMean(word, candidates) {
  let best, bestD = 1 / 0;
  for (let c of candidates) {
    let dist = editDistance(word.toLowerCase(), c.toLowerCase());
    dist < bestD && ([best, bestD] = [c, dist]);
  }
  if (best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3))) return best;
  let prefixed = candidates.filter((c) => c.startsWith(word) || word.startsWith(c));
  return prefixed.length === 1 ? prefixed[0] : void 0;
}

// src/config/load.ts
var ConfigError = class extends Error {
}, CONFIG_NAMES = [".leastpriv.yaml", ".leastpriv.yml"];
function findConfig(cwd) {
  let dir = resolve2(cwd);
  for (; ; ) {
    for (let n of CONFIG_NAMES) {
      let p = join(dir, n);
      if (existsSync(p)) return p;
    }
    let parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
var TOP_KEYS = () => Object.keys(leastpriv_config_schema_default.properties);
function validateConfig(data, whereArg, knownRule) {
  let at2 = (path) => typeof whereArg == "string" ? whereArg : whereArg(path), where5 = at2([]);
  if (data && typeof data == "object" && typeof data.kubeVersion == "number") {
    let n = data.kubeVersion;
    throw new ConfigError(`${at2(["kubeVersion"])}: kubeVersion: ${String(n)} is read by YAML as a number (1.30 would become 1.3): quote it, kubeVersion: "v${String(n)}"`);
  }
  if (!config_validator_gen_default(data)) {
    let e = config_validator_gen_default.errors[0], key = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top level)", extra = e.params && "additionalProperty" in e.params ? ` '${String(e.params.additionalProperty)}'${unknownKeyHint(String(e.params.additionalProperty), e.instancePath)}` : "", allowed = e.params && "allowedValues" in e.params ? ` (${e.params.allowedValues.join(", ")})` : "", path = e.instancePath ? e.instancePath.slice(1).split("/").map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~")) : [];
    throw e.params && "additionalProperty" in e.params && path.push(String(e.params.additionalProperty)), new ConfigError(`${at2(path)}: ${key}: ${e.message}${extra}${allowed}`);
  }
  let cfg = data;
  for (let [id, setting] of Object.entries(cfg.rules ?? {})) {
    if (!knownRule(id)) {
      let hint3 = knownRule.ids ? didYouMean(id, knownRule.ids()) : void 0;
      throw new ConfigError(`${at2(["rules", id])}: rules.${id}: no rule has this code or name${hint3 ? `; did you mean ${hint3}?` : ""} (see 'leastpriv rules')`);
    }
    if (typeof setting != "object" || setting.options === void 0 || !knownRule.optionsSchema) continue;
    let schema = knownRule.optionsSchema(id);
    if (!schema) throw new ConfigError(`${at2(["rules", id, "options"])}: rules.${id}.options: this rule takes no options`);
    let p = checkOptions(schema, setting.options);
    if (!p) continue;
    let key = `rules.${id}.options${p.path ? "." + p.path : ""}`, hint2 = p.unknownKey ? didYouMean(p.unknownKey.key, p.unknownKey.allowed) : void 0, allowed = p.unknownKey ? ` (options: ${p.unknownKey.allowed.join(", ") || "none"})` : "";
    throw new ConfigError(`${at2(["rules", id, "options", ...p.path ? p.path.split(".") : []])}: ${key}: ${p.message}${hint2 ? `; did you mean ${hint2}?` : allowed}`);
  }
  return cfg;
}
function unknownKeyHint(key, instancePath) {
  if (instancePath !== "") return "";
  let hint2 = didYouMean(key, TOP_KEYS());
  return hint2 ? `; did you mean ${hint2}?` : "";
}
function defaults() {
  return { profile: "leastpriv", kubeVersion: DEFAULT_KUBE_VERSION, failOn: "error", rules: {}, exclude: [], gitignore: !0, limits: { ...DEFAULT_LIMITS }, render: !0, kustomizeCommand: "kubectl" };
}
function resolveConfig(file, path) {
  let d = defaults(), cfg = {
    profile: file.profile ?? d.profile,
    kubeVersion: file.kubeVersion ?? d.kubeVersion,
    failOn: file.failOn ?? d.failOn,
    rules: file.rules ?? {},
    exclude: file.exclude ?? [],
    gitignore: file.gitignore ?? !0,
    render: file.render ?? !0,
    kustomizeCommand: file.kustomizeCommand ?? "kubectl",
    limits: { ...d.limits, ...file.limits ?? {} }
  };
  return path && (cfg.file = path), cfg;
}
function loadConfig(opts) {
  let path = opts.configPath ? resolve2(opts.cwd, opts.configPath) : findConfig(opts.cwd);
  if (!path) return defaults();
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError(`${path}: cannot read: ${e.code ?? e.message}`);
  }
  return configFromText(text, path, opts.knownRule);
}
function configFromText(text, path, knownRule, label = path) {
  let data, doc;
  try {
    if (doc = yamlLib().parseDocument(text, { prettyErrors: !1 }), doc.errors.length) throw doc.errors[0];
    data = doc.toJS() ?? {};
    let node = typeof (data && typeof data == "object" ? data.kubeVersion : void 0) == "number" ? doc.get("kubeVersion", !0) : void 0, written = node?.range ? text.slice(node.range[0], node.range[1]).trim() : "";
    /^1\.\d{1,3}$/.test(written) && (data.kubeVersion = `v${written}`);
  } catch (e) {
    throw new ConfigError(`${label}: not valid YAML: ${e.message.split(`
`)[0]}`);
  }
  return resolveConfig(validateConfig(data, (keyPath) => {
    for (let n = keyPath.length; n > 0; n--) {
      let node = doc.getIn(keyPath.slice(0, n).map((k) => typeof k == "string" && /^\d+$/.test(k) ? Number(k) : k), !0);
      if (node?.range) return `${label}:${text.slice(0, node.range[0]).split(`
`).length}`;
    }
    return label;
  }, knownRule), path);
}

// src/model/crd-extractors.ts
var fixed2 = (...paths) => () => paths;
function eachItem(obj, base, rest) {
  let arr = get(obj.value, base);
  return Array.isArray(arr) ? arr.map((_, i) => [...base, i, ...rest]) : [];
}
function eachKey(obj, base, rest) {
  let m = get(obj.value, base);
  return isRecord(m) ? Object.keys(m).map((k) => [...base, k, ...rest]) : [];
}
var rayCluster = (obj, base) => [[...base, "headGroupSpec", "template"], ...eachItem(obj, [...base, "workerGroupSpecs"], ["template"])];
for (let kind of ["Rollout"]) registerExtractor({ group: "argoproj.io", kind, templates: fixed2(["spec", "template"]) });
registerExtractor({ group: "jobset.x-k8s.io", kind: "JobSet", templates: (o) => eachItem(o, ["spec", "replicatedJobs"], ["template", "spec", "template"]) });
registerExtractor({
  group: "leaderworkerset.x-k8s.io",
  kind: "LeaderWorkerSet",
  templates: fixed2(["spec", "leaderWorkerTemplate", "leaderTemplate"], ["spec", "leaderWorkerTemplate", "workerTemplate"])
});
for (let [kind, field] of [
  ["MPIJob", "mpiReplicaSpecs"],
  ["PyTorchJob", "pytorchReplicaSpecs"],
  ["TFJob", "tfReplicaSpecs"],
  ["XGBoostJob", "xgbReplicaSpecs"],
  ["PaddleJob", "paddleReplicaSpecs"],
  ["JAXJob", "jaxReplicaSpecs"],
  ["MXJob", "mxReplicaSpecs"]
])
  registerExtractor({ group: "kubeflow.org", kind, templates: (o) => eachKey(o, ["spec", field], ["template"]) });
for (let kind of ["Service", "Configuration"]) registerExtractor({ group: "serving.knative.dev", kind, templates: fixed2(["spec", "template"]) });
registerExtractor({ group: "serving.knative.dev", kind: "Revision", specs: fixed2(["spec"]) });
registerExtractor({ group: "keda.sh", kind: "ScaledJob", templates: fixed2(["spec", "jobTargetRef", "template"]) });
for (let kind of ["CloneSet", "StatefulSet", "DaemonSet", "BroadcastJob"]) registerExtractor({ group: "apps.kruise.io", kind, templates: fixed2(["spec", "template"]) });
registerExtractor({
  group: "apps.kruise.io",
  kind: "AdvancedCronJob",
  templates: fixed2(["spec", "template", "jobTemplate", "spec", "template"], ["spec", "template", "broadcastJobTemplate", "spec", "template"])
});
registerExtractor({ group: "ray.io", kind: "RayCluster", templates: (o) => rayCluster(o, ["spec"]) });
registerExtractor({ group: "ray.io", kind: "RayJob", templates: (o) => [...rayCluster(o, ["spec", "rayClusterSpec"]), ["spec", "submitterPodTemplate"]] });
registerExtractor({ group: "ray.io", kind: "RayService", templates: (o) => rayCluster(o, ["spec", "rayClusterConfig"]) });
registerExtractor({ group: "postgresql.cnpg.io", kind: "Pooler", templates: fixed2(["spec", "template"]) });
for (let group of ["apps.openshift.io", ""]) registerExtractor({ group, kind: "DeploymentConfig", templates: fixed2(["spec", "template"]) });
function argoContainers(t, path) {
  let out = [], one = (v, list, p, name) => {
    isRecord(v) && out.push({ list, path: p, container: v, ...name ? { name } : {} });
  }, many = (v, list, p) => {
    Array.isArray(v) && v.forEach((c, i) => one(c, list, [...p, i]));
  };
  return many(t.initContainers, "initContainers", [...path, "initContainers"]), one(t.container, "containers", [...path, "container"], "main"), one(t.script, "containers", [...path, "script"], "main"), isRecord(t.containerSet) && many(t.containerSet.containers, "containers", [...path, "containerSet", "containers"]), many(t.sidecars, "containers", [...path, "sidecars"]), out;
}
function argoPods(obj, specPath) {
  let spec = get(obj.value, specPath);
  if (!isRecord(spec) || !Array.isArray(spec.templates)) return [];
  let out = [];
  return spec.templates.forEach((t, i) => {
    if (!isRecord(t)) return;
    let path = [...specPath, "templates", i], cs = argoContainers(t, path);
    if (cs.length === 0) return;
    let fields2 = {}, pod = {
      containers: cs.filter((c) => c.list === "containers").map((c) => c.container),
      initContainers: cs.filter((c) => c.list === "initContainers").map((c) => c.container)
    }, from = (field, ...sources) => {
      for (let [v, p] of sources)
        if (v != null) {
          pod[field] = v, fields2[field] = p;
          return;
        }
    };
    from("securityContext", [t.securityContext, [...path, "securityContext"]], [spec.securityContext, [...specPath, "securityContext"]]), from("hostNetwork", [spec.hostNetwork, [...specPath, "hostNetwork"]]), from("automountServiceAccountToken", [t.automountServiceAccountToken, [...path, "automountServiceAccountToken"]], [spec.automountServiceAccountToken, [...specPath, "automountServiceAccountToken"]]);
    let vols = [], volumePaths = [];
    for (let [v, p] of [[spec.volumes, [...specPath, "volumes"]], [t.volumes, [...path, "volumes"]]])
      Array.isArray(v) && v.forEach((x, j) => (vols.push(x), volumePaths.push([...p, j])));
    vols.length && (pod.volumes = vols);
    let ref = { object: obj, path, spec: pod, synthetic: { containers: cs, fields: fields2, volumePaths } }, meta = isRecord(t.metadata) ? t.metadata : isRecord(spec.podMetadata) ? spec.podMetadata : void 0;
    meta && (ref.metadata = meta, ref.metadataPath = isRecord(t.metadata) ? [...path, "metadata"] : [...specPath, "podMetadata"]), out.push(ref);
  }), out;
}
for (let kind of ["Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate"])
  registerExtractor({ group: "argoproj.io", kind, synthesize: (o) => argoPods(o, ["spec"]) });
registerExtractor({ group: "argoproj.io", kind: "CronWorkflow", synthesize: (o) => argoPods(o, ["spec", "workflowSpec"]) });

// src/model/infer.ts
var SKIP_KEYS = /* @__PURE__ */ new Set(["metadata", "status", "values", "valuesObject"]), KNOWN_NON_POD_GROUPS = [
  "auto.gke.io",
  "kyverno.io",
  "gatekeeper.sh",
  "policies.kubewarden.io",
  "autoscaling.k8s.io"
];
function knownNonPod(group) {
  return KNOWN_NON_POD_GROUPS.some((g) => group === g || group.endsWith(`.${g}`));
}
function podSpecPlace(path, parent) {
  let last = path[path.length - 1];
  if (typeof last != "string") return !1;
  if (last === "podSpec" || last.endsWith("PodSpec")) return !0;
  if (last !== "spec") return !1;
  let above = path[path.length - 2];
  return !!parent && isRecord(parent.metadata) || typeof above == "string" && (above === "template" || above.endsWith("Template"));
}
var MAX_DEPTH = 12;
function isBuiltinGroup(group) {
  return group === "" || !group.includes(".") || group.endsWith(".k8s.io") && !group.endsWith(".x-k8s.io");
}
var looksLikePodSpec = (v) => Array.isArray(v.containers) && v.containers.length > 0 && v.containers.every((c) => isRecord(c) && typeof c.name == "string" && typeof c.image == "string");
function inferPods2(obj) {
  let group = groupOf(obj.apiVersion);
  if (isBuiltinGroup(group) || knownNonPod(group) || obj.kind === "HelmRelease" && group.endsWith("fluxcd.io")) return [];
  let out = [], walk4 = (v, path, parent, depth) => {
    if (!(depth > MAX_DEPTH)) {
      if (Array.isArray(v)) {
        v.forEach((x, i) => walk4(x, [...path, i], void 0, depth + 1));
        return;
      }
      if (isRecord(v)) {
        if (path.length > 0 && looksLikePodSpec(v) && podSpecPlace(path, parent)) {
          let ref = { object: obj, path, spec: v, inferred: !0 };
          path[path.length - 1] === "spec" && parent && isRecord(parent.metadata) && (ref.metadata = parent.metadata, ref.metadataPath = [...path.slice(0, -1), "metadata"]), out.push(ref);
          return;
        }
        for (let [k, x] of Object.entries(v)) SKIP_KEYS.has(k) || walk4(x, [...path, k], v, depth + 1);
      }
    }
  };
  return walk4(obj.value, [], void 0, 0), out;
}
registerInference(inferPods2);

// src/model/model.ts
function inModel(obj) {
  return isRole(obj) || isBinding(obj) || podSpecs(obj).length > 0;
}
function buildModel(objects) {
  let kinds = /* @__PURE__ */ new Map();
  for (let o of objects) {
    let list = kinds.get(o.kind);
    list ? list.push(o) : kinds.set(o.kind, [o]);
  }
  let rbac;
  return {
    objects,
    byKind: (kind) => kinds.get(kind) ?? [],
    get rbac() {
      return rbac ??= new RbacGraph(objects), rbac;
    }
  };
}

// src/engine/locate.ts
function fastRange(root, path, lineEnd3, rootKey) {
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
  return target.k === 0 ? underKey ? [key[0], target.e] : [target.s, target.e] : underKey ? key : [target.s, lineEnd3(target.s, target.e)];
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
function relativeRange(root, doc, path, lineEnd3) {
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
    let r3 = target.range;
    if (isScalar(target)) return [r3[0], r3[1]];
    if (lastPair && isScalar(lastPair.key) && lastPair.value === node) {
      let k = lastPair.key.range;
      if (k) return [k[0], k[1]];
    }
    return [r3[0], lineEnd3(r3[0], r3[1])];
  }
  if (lastPair && isScalar(lastPair.key) && lastPair.key.range) {
    let k = lastPair.key.range;
    return [k[0], k[1]];
  }
  let r2 = deref(lastNode, doc)?.range ?? root?.range;
  return r2 ? [r2[0], lineEnd3(r2[0], r2[1])] : void 0;
}
function rangeOf(obj, path) {
  let text = obj.file.text, fallback = () => [obj.docRange[0], firstLineEnd(text, obj.docRange[0], obj.docRange[1])], walked = walkPath(obj, path);
  if (walked) {
    let { base: base2, located } = walked, r3 = fastRange(located.root, located.rest, (s, e) => firstLineEnd(text, s + base2, e + base2) - base2, located.key);
    return [r3[0] + base2, r3[1] + base2];
  }
  let tree = treeOf(obj);
  if (!tree) return fallback();
  let { base } = tree, lineEnd3 = (s, e) => firstLineEnd(text, s + base, e + base) - base, r2 = tree.kind === "fast" ? fastRange(tree.root, path, lineEnd3) : relativeRange(tree.doc.contents, tree.doc, path, lineEnd3);
  return r2 ? [r2[0] + base, r2[1] + base] : fallback();
}
function firstLineEnd(text, start, end) {
  let nl2 = text.indexOf(`
`, start), lineEnd3 = nl2 === -1 ? text.length : nl2, e = Math.min(end, lineEnd3);
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

// src/engine/positions.ts
var MAX_VIEWS = 64, pathKey = (path) => path.map((s) => typeof s == "number" ? `#${s}` : `.${s}`).join(""), Positions = class {
  regions = /* @__PURE__ */ new WeakMap();
  views = /* @__PURE__ */ new Map();
  /** Per file and document: does the document (and the line above it) hold a `#` at all? */
  hashes = /* @__PURE__ */ new WeakMap();
  /** Region of `path` (or its nearest parent) in the object's file, as `locate` finds it. */
  locate(obj, path) {
    return this.locateAt(obj, path).region;
  }
  /** Region of `path` and its file: the object's, or for a rendered object where the value was written. */
  locateAt(obj, path) {
    let byPath = this.regions.get(obj);
    byPath || this.regions.set(obj, byPath = /* @__PURE__ */ new Map());
    let key = pathKey(path), r2 = byPath.get(key);
    return r2 || byPath.set(key, r2 = this.find(obj, path)), r2;
  }
  find(obj, path) {
    if (!obj.render) return { file: obj.file, region: locate(this.viewOf(obj), path) };
    let t = obj.render.mapBack(path);
    return "object" in t ? { file: t.object.file, region: locate(this.viewOf(t.object), t.path) } : { file: t.source, region: offsetsToRegion({ file: t.source }, t.range) };
  }
  /** `file:line` of the node at `path`, for messages that point at another object (RuleContext.where). */
  where(obj, path) {
    if (!obj.render) return where(obj, path, (o, p) => this.locate(o, p));
    let { file, region } = this.locateAt(obj, path);
    return `${file.path === "-" ? "<stdin>" : file.path}:${region.start.line}`;
  }
  /** The comment written for the node at `path` (RuleContext.commentFor); no position is needed in a document without `#`. */
  commentFor(obj, path) {
    if (!obj.render && !this.mayHaveComment(obj)) return;
    let { file, region } = this.locateAt(obj, path);
    return commentForLine(file, region.start.line);
  }
  /** Let go of every view (and so of the trees parsed for positions). Memoised positions stay. */
  release() {
    this.views.clear(), this.focused = void 0;
  }
  focused;
  /** The engine works on this file now: the trees of other files are let go. */
  focus(file) {
    file !== this.focused && this.release(), this.focused = file;
  }
  /** Regions asked for with `place` while deferring, by file, found later by `placeDeferred`. */
  queued = /* @__PURE__ */ new Map();
  deferring = !1;
  /**
   * From now until `placeNow`, `place` queues. For cross-object rules: they report across files in
   * their own order, and placing each finding at once would parse a document again every time its
   * file's tree had been let go.
   */
  deferPlacement() {
    this.deferring = !0;
  }
  /** `place` finds regions at once again; what was queued stays queued. */
  placeNow() {
    this.deferring = !1;
  }
  /** Gives `set` the region of `path`: at once, or in `placeDeferred` while placement is deferred. */
  place(obj, path, set) {
    if (!this.deferring) {
      let at2 = this.locateAt(obj, path);
      return set(at2.region, at2.file);
    }
    let list = this.queued.get(obj.file);
    list || this.queued.set(obj.file, list = []), list.push({ obj, path, set });
  }
  /**
   * Finds the queued regions of `file` (with its tree open, as the engine works on it), or of every
   * file, file by file, with one tree open at a time.
   */
  placeDeferred(file) {
    let files = file ? [file] : [...this.queued.keys()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    for (let f of files) {
      let list = this.queued.get(f);
      if (list) {
        this.queued.delete(f), this.focus(f), list.sort((a, b) => a.obj.documentIndex - b.obj.documentIndex);
        for (let { obj, path, set } of list) {
          let at2 = this.locateAt(obj, path);
          set(at2.region, at2.file);
        }
      }
    }
    file || this.release();
  }
  viewOf(obj) {
    let view = this.views.get(obj.file);
    view ? this.views.delete(obj.file) : (view = { file: { ...obj.file }, objects: /* @__PURE__ */ new Map() }, this.views.size >= MAX_VIEWS && this.views.delete(this.views.keys().next().value)), this.views.set(obj.file, view);
    let copy = view.objects.get(obj);
    return copy || view.objects.set(obj, copy = { ...obj, file: view.file }), copy;
  }
  /**
   * A comment of a node is on its line or alone on the line above (comments.ts), and every node of a
   * document lies within the document's range: without a `#` from the line above the document to
   * the end of its last line, no node in it has a comment.
   */
  mayHaveComment(obj) {
    let { text } = obj.file, byDoc = this.hashes.get(obj.file);
    byDoc || this.hashes.set(obj.file, byDoc = /* @__PURE__ */ new Map());
    let has = byDoc.get(obj.documentIndex);
    if (has === void 0) {
      let lineStart3 = text.lastIndexOf(`
`, obj.docRange[0] - 1), from = lineStart3 <= 0 ? 0 : text.lastIndexOf(`
`, lineStart3 - 1) + 1, nl2 = text.indexOf(`
`, obj.docRange[1]), to = nl2 === -1 ? text.length : nl2, at2 = text.indexOf("#", from);
      has = at2 !== -1 && at2 < to, byDoc.set(obj.documentIndex, has);
    }
    return has;
  }
};

// src/engine/stable-text.ts
var WhereTexts = class {
  /** Each `file:line` text noted, with its stable form. */
  texts = /* @__PURE__ */ new Map();
  /** The lengths of the texts' file parts, longest first (a handful: a text is found by trying each). */
  lengths = [];
  /** `text` (`file:line`, as Positions.where wrote it) names a node of `obj`. */
  note(text, obj) {
    if (this.texts.has(text)) return;
    let colon = text.lastIndexOf(":");
    colon < 0 || (this.texts.set(text, `${text.slice(0, colon)}@${obj.apiVersion}/${obj.kind}/${obj.namespace ?? ""}/${obj.name}`), this.lengths.includes(colon) || (this.lengths = [...this.lengths, colon].sort((x, y) => y - x)));
  }
  /** `message` with every `where` text noted in it replaced by its stable form. */
  stable(message) {
    if (!this.texts.size || !message.includes(":")) return message;
    let out = "", last = 0;
    for (let m of message.matchAll(LINE_END)) {
      let end = m.index + m[0].length;
      for (let length of this.lengths) {
        let start = m.index - length;
        if (start < last) continue;
        let stable = this.texts.get(message.slice(start, end));
        if (stable !== void 0) {
          out += message.slice(last, start) + stable, last = end;
          break;
        }
      }
    }
    return last === 0 ? message : out + message.slice(last);
  }
}, LINE_END = /:\d+(?!\d)/g;
function withoutLines(message) {
  return message.replace(LINE_MENTION, "$1");
}
var LINE_MENTION = /\b(lines?) \d+(?:\s*[-–]\s*\d+)?/g;

// src/engine/finding.ts
function objectFinding(s) {
  let { object, path } = s, f = {
    code: s.code,
    rule: s.rule,
    severity: s.severity,
    messageId: s.messageId,
    message: s.message,
    file: object.file.path,
    region: s.region ?? locate(object, path),
    object: {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.name,
      ...object.namespace ? { namespace: object.namespace } : {},
      documentIndex: object.documentIndex
    },
    path,
    fingerprint: fingerprint([s.code, object.file.path, object.apiVersion, object.kind, object.namespace, object.name, path.join("."), s.fingerprintMessage ?? s.message])
  };
  return s.data && (f.data = s.data), f;
}

// src/engine/load.ts
import { dirname as dirname9, resolve as resolve13 } from "node:path";

// src/input/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync as existsSync2, lstatSync, readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import { basename, dirname as dirname2, isAbsolute, join as join2, normalize, relative, resolve as resolve3, sep } from "node:path";
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
function displayPath(abs, cwd, normal = !1) {
  if (abs.length > cwd.length + 1 && abs[cwd.length] === sep && abs.startsWith(cwd) && abs[cwd.length + 1] !== "." && normalisedCwd(cwd) && (normal || normalize(abs) === abs)) {
    let rel3 = abs.slice(cwd.length + 1);
    return sep === "/" ? rel3 : rel3.split(sep).join("/");
  }
  let rel2 = relative(cwd, abs);
  return rel2 === "" ? "." : rel2.startsWith("..") || resolve3(cwd, rel2) !== abs ? abs.split(sep).join("/") : rel2.split(sep).join("/");
}
function namedPath(abs, cwd, walked = cwd) {
  let shown2 = displayPath(abs, cwd);
  try {
    let down = relative(realpathSync.native(walked), realpathSync.native(abs));
    return down === "" || down === ".." || down.startsWith(`..${sep}`) || isAbsolute(down) ? shown2 : displayPath(resolve3(walked, down), cwd);
  } catch {
    return shown2;
  }
}
var lastCwd;
function normalisedCwd(cwd) {
  return cwd === lastCwd ? !0 : !isAbsolute(cwd) || normalize(cwd) !== cwd || cwd.endsWith(sep) ? !1 : (lastCwd = cwd, !0);
}
function hasManifestExtension(name) {
  let lower2 = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower2.endsWith(ext));
}
var trace;
function readGitignore(dir) {
  let text;
  try {
    let path = join2(dir, ".gitignore");
    if (trace?.look(path), !lstatSync(path).isFile()) return;
    text = readFileSync2(path, "utf8");
  } catch {
    return;
  }
  return { base: dir, ig: (0, import_ignore.default)().add(text) };
}
function workTreeOf(dir) {
  for (let cur = dir; ; ) {
    if (trace?.look(join2(cur, ".git")), existsSync2(join2(cur, ".git"))) return cur;
    let parent = dirname2(cur);
    if (parent === cur) return;
    cur = parent;
  }
}
function gitIndex(top) {
  let out;
  try {
    out = createRequire3(import.meta.url)("node:child_process").execFileSync("git", ["-c", "core.fsmonitor=false", "-c", `safe.directory=${top}`, "-C", top, "ls-files", "-z", "--cached", "--full-name"], {
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
    let abs = join2(top, ...rel2.split("/"));
    files.add(abs);
    for (let d = dirname2(abs); d.length > top.length && !dirs.has(d); d = dirname2(d)) dirs.add(d);
  }
  return { files, dirs };
}
function ancestorLayers(dir) {
  let layers = [];
  if (existsSync2(join2(dir, ".git"))) return layers;
  let cur = dir;
  for (; ; ) {
    let parent = resolve3(cur, "..");
    if (parent === cur) break;
    cur = parent;
    let layer = readGitignore(cur);
    if (layer && layers.unshift(layer), trace?.look(join2(cur, ".git")), existsSync2(join2(cur, ".git"))) break;
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
    let r2 = ig.test(rel2.split(sep).join("/") + (isDir ? "/" : ""));
    if (r2.ignored) return !0;
    if (r2.unignored) return !1;
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
    let base = resolve3(opts.cwd, e.base);
    bases.set(base, (bases.get(base) ?? (0, import_ignore.default)()).add(e.pattern));
  }
  let excludeLayers = [...bases].map(([base, ig]) => ({ base, ig })), excluded = (abs, isDir) => excludeLayers.length > 0 && ignoredBy(excludeLayers, abs, isDir), indexes = /* @__PURE__ */ new Map(), tracked2 = (top, abs, isDir) => {
    if (top === void 0) return !1;
    let index = indexes.get(top);
    if (index === void 0) {
      if (trace) {
        let plain = !1;
        try {
          plain = lstatSync(join2(top, ".git")).isDirectory();
        } catch {
        }
        let env = process.env;
        !plain || env.GIT_DIR || env.GIT_WORK_TREE || env.GIT_COMMON_DIR ? trace.unsound() : trace.look(env.GIT_INDEX_FILE ? resolve3(top, env.GIT_INDEX_FILE) : join2(top, ".git", "index"));
      }
      indexes.set(top, index = gitIndex(top) ?? null);
    }
    return index !== null && (isDir ? index.dirs.has(abs) : index.files.has(abs));
  }, gitignored = (layers, top, abs, isDir) => ignoredBy(layers, abs, isDir) && !tracked2(top, abs, isDir), outside2 = (abs, real, root) => {
    let where5 = within(real, root) ? "into a .git folder" : `to a path outside the audited root (${displayPath(root, opts.cwd)})`;
    problems.push({ file: displayPath(abs, opts.cwd), reason: `symbolic link ${where5}; not read`, code: "symlink-outside-root" });
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
  }, visitedDirs = /* @__PURE__ */ new Set(), walk4 = (dir, layers, root, top, knownReal) => {
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
      let abs = join2(dir, ent.name), isDir = ent.isDirectory(), isFile = ent.isFile(), linkReal;
      if (ent.isSymbolicLink()) {
        trace?.unsound();
        try {
          let st = statSync(abs);
          isDir = st.isDirectory(), isFile = st.isFile(), linkReal = realpathSync.native(abs);
        } catch {
          continue;
        }
        if ((isDir || isFile && hasManifestExtension(ent.name)) && !mayFollow(linkReal, root)) {
          !gitignored(here, top, abs, isDir) && !excluded(abs, isDir) && outside2(abs, linkReal, root);
          continue;
        }
      }
      if (isDir) {
        if (ent.name === ".git" || ent.name === "node_modules" && !tracked2(top ?? workTreeOf(dir), abs, !0) || gitignored(here, top, abs, !0) || excluded(abs, !0)) continue;
        walk4(abs, here, root, top, linkReal ?? join2(real, ent.name));
      } else if (isFile && hasManifestExtension(ent.name)) {
        if (gitignored(here, top, abs, !1) || excluded(abs, !1)) continue;
        addFile(abs, linkReal ?? join2(real, ent.name));
      }
    }
  };
  for (let p of paths) {
    if (p === "-") {
      files.push("-");
      continue;
    }
    let abs = resolve3(opts.cwd, p), st;
    try {
      st = statSync(abs);
    } catch {
      problems.push({ file: p, reason: "no such file or folder" });
      continue;
    }
    let folder = st.isDirectory() ? abs : dirname2(abs), top = workTreeOf(folder), rootPath = top ?? (within(abs, opts.cwd) ? opts.cwd : folder), root, real;
    try {
      root = realpathSync.native(rootPath), real = realpathSync.native(abs);
    } catch (e) {
      problems.push({ file: p, reason: `cannot resolve path: ${e.code ?? e.message}` });
      continue;
    }
    if (trace && (real !== abs || root !== rootPath) && trace.unsound(), st.isDirectory() || trace?.look(folder), !mayFollow(real, root)) {
      excluded(abs, st.isDirectory()) || outside2(abs, real, root);
      continue;
    }
    if (st.isDirectory()) {
      if (excluded(abs, !0)) continue;
      walk4(abs, opts.gitignore ? ancestorLayers(abs) : [], root, opts.gitignore ? top : void 0);
    } else {
      if (excluded(abs, !1)) continue;
      addFile(abs, real);
    }
  }
  return { files, problems };
}
function helmChartOf(abs, cache2 = /* @__PURE__ */ new Map()) {
  let dirs = [], found = null;
  for (let dir = dirname2(abs); ; ) {
    let known = cache2.get(dir);
    if (known !== void 0) {
      found = known;
      break;
    }
    if (dirs.push(dir), basename(dir) === "templates" && existsSync2(join2(dirname2(dir), "Chart.yaml"))) {
      found = join2(dirname2(dir), "Chart.yaml");
      break;
    }
    let parent = dirname2(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (let d of dirs) cache2.set(d, found);
  return found ?? void 0;
}

// src/input/read.ts
import { openSync, readSync as readSync2, fstatSync, closeSync } from "node:fs";
import { resolve as resolve4 } from "node:path";
import { isUtf8 } from "node:buffer";

// src/input/read-bounded.ts
import { readSync } from "node:fs";
var pause = new Int32Array(new SharedArrayBuffer(4));
function readBounded(fd, max) {
  let chunks = [], total = 0, chunk = Buffer.allocUnsafe(64 * 1024);
  for (; total <= max; ) {
    let n;
    try {
      n = readSync(fd, chunk, 0, Math.min(chunk.length, max + 1 - total), null);
    } catch (e) {
      let code = e.code;
      if (code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      if (code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n))), total += n;
  }
  return Buffer.concat(chunks, total);
}

// src/input/read.ts
function tooLarge(path, size, max, exact2 = !0) {
  let message = `${exact2 ? `file is ${size} bytes` : `input is more than ${max} bytes`}, over the ${max}-byte limit; not audited (limit: maxFileSize)`;
  return { diagnostic: { code: "input-not-auditable", file: path, message, range: [0, 1] } };
}
function decode(path, bytes, maxFileSize, stream = !1) {
  let fail = (message, at2 = 0, text2) => ({
    diagnostic: { code: "input-not-auditable", file: path, message, range: [at2, at2 + 1] },
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
  if (!isUtf8(bytes))
    return { source: newSource(path, new TextDecoder("utf-8").decode(bytes)) };
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
    fd = openSync(resolve4(cwd, path), "r");
    let st = fstatSync(fd);
    if (!st.isFile()) return decode(path, readBounded(fd, maxFileSize), maxFileSize, !0);
    let size = st.size;
    if (size > maxFileSize) return tooLarge(path, size, maxFileSize);
    let buf = readBuffer(size), off = 0;
    for (; off < size; ) {
      let n = readSync2(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return decode(path, buf.subarray(0, off), maxFileSize);
  } catch (e) {
    let code = e.code;
    return {
      diagnostic: { code: "input-not-auditable", file: path, message: `cannot read file: ${code ?? e.message}`, range: [0, 1] }
    };
  } finally {
    fd !== void 0 && closeSync(fd);
  }
}

// src/render/index.ts
import { appendFileSync, mkdtempSync, realpathSync as realpathSync3, rmSync as rmSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { basename as basename3, dirname as dirname7, join as join7, resolve as resolve12 } from "node:path";

// src/render/kustomization.ts
import { existsSync as existsSync3, statSync as statSync3 } from "node:fs";

// src/render/read.ts
import { realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { relative as relative2, sep as sep2 } from "node:path";
function readRegularText(abs, maxBytes = DEFAULT_LIMITS.maxFileSize) {
  try {
    let st = statSync2(abs);
    if (!st.isFile() || st.size > maxBytes) return;
  } catch {
    return;
  }
  let r2 = readInput(abs, "/", maxBytes);
  return "source" in r2 ? r2.source.text : void 0;
}
function safeRealpath(p) {
  try {
    return realpathSync2(p);
  } catch {
    return p;
  }
}
var rel = (from, to) => relative2(from, to).split(sep2).join("/") || ".";

// src/render/kustomization.ts
import { dirname as dirname3, join as join3, resolve as resolve5 } from "node:path";
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function kustomizationFileIn(dir) {
  for (let n of KUSTOMIZATION_FILES) {
    let p = join3(dir, n);
    try {
      if (statSync3(p).isFile()) return p;
    } catch {
    }
  }
}
function isRemote(ref) {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git::|gh:|git@|github\.com[:/])/i.test(ref);
}
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x == "string") : typeof v == "string" ? [v] : [];
function looksJson6902(text) {
  for (let line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    let l = line.trim();
    if (/^---(?:\s|$)/.test(l) && (l = l.slice(3).trim()), !(!l || l.startsWith("#") || l.startsWith("%")))
      return l.startsWith("-") || l.startsWith("[");
  }
  return !1;
}
function levelFrom(dir, source, anchor, value, namespaceKey) {
  let lvl = { dir, source, anchor, value, isComponent: !1, namespaceKey, children: [], resourceFiles: [], patches: [], dataFiles: [], remote: [], missing: [] }, ref = (r2, field, index) => {
    if (isRemote(r2)) return void lvl.remote.push(r2);
    let abs = resolve5(dir, r2), st;
    try {
      st = statSync3(abs);
    } catch {
      return void lvl.missing.push(r2);
    }
    if (st.isDirectory()) {
      if (field === "crds") return;
      lvl.children.push({ dir: abs, field: field === "components" ? "components" : field === "bases" ? "bases" : "resources", index });
    } else lvl.resourceFiles.push(abs);
  };
  strings(value.resources).forEach((r2, i) => ref(r2, "resources", i)), strings(value.bases).forEach((r2, i) => ref(r2, "bases", i)), strings(value.components).forEach((r2, i) => ref(r2, "components", i)), strings(value.crds).forEach((r2, i) => ref(r2, "crds", i));
  let file = (p) => resolve5(dir, p);
  Array.isArray(value.patches) && value.patches.forEach((p, i) => {
    if (typeof p == "string" && !p.includes(`
`) && existsSync3(file(p))) return void lvl.patches.push({ at: ["patches", i], file: file(p) });
    if (!isRecord(p)) return;
    let target = isRecord(p.target) ? p.target : void 0;
    typeof p.path == "string" ? lvl.patches.push({ at: ["patches", i], file: file(p.path), ...target ? { target } : {} }) : typeof p.patch == "string" && lvl.patches.push({ at: ["patches", i], inline: { text: p.patch, at: ["patches", i, "patch"] }, ...target ? { target } : {} });
  }), Array.isArray(value.patchesStrategicMerge) && value.patchesStrategicMerge.forEach((p, i) => {
    typeof p == "string" && (!p.includes(`
`) && existsSync3(file(p)) ? lvl.patches.push({ at: ["patchesStrategicMerge", i], file: file(p) }) : lvl.patches.push({ at: ["patchesStrategicMerge", i], inline: { text: p, at: ["patchesStrategicMerge", i] } }));
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
    for (let r2 of strings(value[key])) {
      if (isRemote(r2)) continue;
      let abs = file(r2);
      try {
        if (statSync3(abs).isDirectory()) continue;
      } catch {
        continue;
      }
      lvl.dataFiles.push(abs);
    }
  if (Array.isArray(value.replacements)) for (let r2 of value.replacements) isRecord(r2) && typeof r2.path == "string" && lvl.dataFiles.push(file(r2.path));
  return isRecord(value.openapi) && typeof value.openapi.path == "string" && lvl.dataFiles.push(file(value.openapi.path)), lvl;
}
function readKustomization(file, show, text = readRegularText(file)) {
  if (text === void 0) return;
  let source = newSource(show(file), text), { parseAllDocuments, isMap } = yamlLib(), docs;
  try {
    docs = parseAllDocuments(source.text, PARSE_OPTIONS);
  } catch {
    return;
  }
  if (!Array.isArray(docs)) return;
  let di = docs.findIndex((d) => isMap(d.contents)), doc = docs[di];
  if (!doc) return;
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 1e3 });
  } catch {
    return;
  }
  if (!value || typeof value != "object" || Array.isArray(value)) return;
  let anchor = pseudoObject(source, di, [doc.range[0], doc.range[2]], []), lvl = levelFrom(dirname3(file), source, anchor, value, "namespace");
  return lvl.isComponent = value.kind === "Component", transformerPatches(lvl, show), lvl.replacements = replacementsOf(lvl, show), lvl;
}
function transformerPatches(lvl, show) {
  let { parseAllDocuments } = yamlLib();
  strings(lvl.value.transformers).forEach((r2, i) => {
    if (isRemote(r2)) return;
    let written = r2.includes(`
`), abs = resolve5(lvl.dir, r2), text = written ? r2 : readRegularText(abs);
    if (text === void 0) return;
    let source = newSource(written ? lvl.source.path : show(abs), text), docs;
    try {
      docs = parseAllDocuments(text, PARSE_OPTIONS);
    } catch {
      return;
    }
    Array.isArray(docs) && docs.forEach((d, di) => {
      if (d.errors.length) return;
      let v;
      try {
        v = d.toJS({ maxAliasCount: 1e3 });
      } catch {
        return;
      }
      if (!isRecord(v) || typeof v.kind != "string") return;
      let anchor = pseudoObject(source, di, [d.range[0], d.range[2]], []), at2 = ["transformers", i], target = isRecord(v.target) ? { target: v.target } : {}, inline = (t, key) => ({ text: t, at: [key], in: { source, anchor, ...written ? { nested: at2 } : {} } });
      if (v.kind === "PatchTransformer")
        typeof v.path == "string" ? lvl.patches.push({ at: at2, file: resolve5(lvl.dir, v.path), ...target }) : typeof v.patch == "string" && lvl.patches.push({ at: at2, inline: inline(v.patch, "patch"), ...target });
      else if (v.kind === "PatchStrategicMergeTransformer") {
        for (let f of strings(v.paths)) lvl.patches.push({ at: at2, file: resolve5(lvl.dir, f), json6902: !1 });
        typeof v.patches == "string" && lvl.patches.push({ at: at2, inline: inline(v.patches, "patches"), json6902: !1 });
      } else v.kind === "PatchJson6902Transformer" && (typeof v.path == "string" ? lvl.patches.push({ at: at2, file: resolve5(lvl.dir, v.path), json6902: !0, ...target }) : typeof v.jsonOp == "string" && lvl.patches.push({ at: at2, inline: inline(v.jsonOp, "jsonOp"), json6902: !0, ...target }));
    });
  });
}
function replacementsOf(lvl, show) {
  let list = lvl.value.replacements;
  return Array.isArray(list) ? list.flatMap((r2, i) => {
    if (!isRecord(r2)) return [];
    if (typeof r2.path != "string") return [{ value: r2, anchor: lvl.anchor, at: ["replacements", i] }];
    let abs = resolve5(lvl.dir, r2.path), text = readRegularText(abs);
    if (text === void 0) return [];
    let { parseAllDocuments } = yamlLib();
    try {
      let docs = parseAllDocuments(text, PARSE_OPTIONS);
      if (!Array.isArray(docs) || !docs[0] || docs[0].errors.length) return [];
      let d = docs[0], anchor = pseudoObject(newSource(show(abs), text), 0, [d.range[0], d.range[2]], []), v = d.toJS({ maxAliasCount: 1e3 });
      return Array.isArray(v) ? v.flatMap((x, k) => isRecord(x) ? [{ value: x, anchor, at: [k] }] : []) : isRecord(v) ? [{ value: v, anchor, at: [] }] : [];
    } catch {
      return [];
    }
  }) : [];
}
function pseudoObject(file, documentIndex, docRange, rootPath) {
  return { file, documentIndex, docRange, rootPath, value: {}, apiVersion: "", kind: "", name: "" };
}

// src/render/run.ts
import { createRequire as createRequire4 } from "node:module";
var load2 = createRequire4(import.meta.url), threads = () => load2("node:worker_threads"), RENDER_TIMEOUT_MS = 3e5, WORKER = `
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
`, defaultParallel = () => Math.max(1, Math.min(4, load2("node:os").availableParallelism()));
function runQueue(initial, onDone, parallel = defaultParallel(), timeout = RENDER_TIMEOUT_MS) {
  if (initial.length === 0) return;
  let flag = new Int32Array(new SharedArrayBuffer(4)), { MessageChannel, receiveMessageOnPort, Worker } = threads(), { port1, port2 } = new MessageChannel(), worker = new Worker(WORKER, { eval: !0, workerData: { port: port2, parallel, flag, timeout }, transferList: [port2] }), byId3 = /* @__PURE__ */ new Map(), nextId = 0, submit = (jobs) => {
    let batch = jobs.map((job) => {
      let id = nextId++;
      return byId3.set(id, job), { id, job };
    });
    batch.length && port1.postMessage(batch);
  };
  try {
    submit(initial);
    let seen = 0;
    for (; byId3.size > 0; ) {
      if (Atomics.wait(flag, 0, seen, timeout * 2) === "timed-out" && Atomics.load(flag, 0) === seen) {
        for (let [id, job] of byId3)
          byId3.delete(id), onDone(job, { ok: !1, stdout: "", stderr: "kustomize did not answer in time", ms: timeout * 2 });
        break;
      }
      for (let msg = receiveMessageOnPort(port1); msg; msg = receiveMessageOnPort(port1)) {
        seen++;
        let { id, result } = msg.message, job = byId3.get(id);
        byId3.delete(id), submit(onDone(job, result) ?? []);
      }
    }
  } finally {
    worker.terminate(), port1.close();
  }
}

// src/render/failure.ts
import { resolve as resolve6, sep as sep3 } from "node:path";
function cleanError(stderr, wrapperDir, tmp, cwd, real) {
  let msg = stderr.trim() || "kustomize failed", m = /err="((?:[^"\\]|\\.)*)"/.exec(msg), block = /err=<\n([\s\S]*?)\n\s*>\s*$/.exec(msg), panic = /^panic: (.*)$/m.exec(msg);
  m ? msg = m[1].replace(/\\"/g, '"').replace(/\\\\/g, "\\") : block ? msg = block[1].replace(/^\t/gm, "") : panic && (msg = `kustomize crashed: ${panic[1]}`), msg = msg.replace(/^Error:\s*/, "").replace(/\\n/g, " ").replace(/\s+/g, " ").trim();
  let entry2 = /accumulating (?:resources|components) from '(\.\.\/[^']*)'/.exec(msg)?.[1];
  if (entry2 !== void 0) {
    let abs = resolve6(wrapperDir, entry2);
    abs.startsWith(`${tmp}/`) || (msg = msg.split(`'${entry2}'`).join(`'${abs}'`).split(`'${entry2}/`).join(`'${abs}/`));
  }
  let mirror = resolve6(wrapperDir, "mirror"), onDisk = real?.(mirror);
  onDisk !== void 0 && onDisk !== mirror && (msg = msg.split(mirror).join(onDisk).split("'mirror/").join(`'${rel(wrapperDir, onDisk)}/`).split("'mirror'").join(`'${rel(wrapperDir, onDisk)}'`));
  let roots = [.../* @__PURE__ */ new Set([cwd, safeRealpath(cwd)])];
  for (let r2 of roots) msg = msg.split(`${rel(wrapperDir, r2)}/`).join("");
  for (let r2 of roots) msg = msg.split(`${r2}/`).join("");
  return msg.split(wrapperDir).join("(root)").split(tmp).join("(tmp)");
}
function withoutWrapper(message) {
  let m = /^accumulating resources: accumulation err='accumulating resources from '([^']*)': (?:'[^']*' must resolve to a file|read [^']*: is a directory)': (?:recursed accumulation of path '[^']*': )?(?=\S)/.exec(message);
  return m ? message.slice(m[0].length) : message;
}
function failingEntry(top, message, cwd) {
  let refs = refsIn(message), ref = refs[1], unmatched = refs.length <= 1 ? unmatchedPatch(top, message) : void 0;
  if (unmatched) return unmatched;
  if (ref === void 0 && /HelmChartInflationGenerator|--enable-helm/.test(message) && top.value.helmCharts !== void 0) return ["helmCharts"];
  if (ref === void 0) return failingComponent(top, message, cwd) ?? missingFile(top, message, cwd) ?? invalidField(top, message);
  for (let field of ["resources", "bases", "components"]) {
    let list = top.value[field], i = Array.isArray(list) ? list.findIndex((x) => x === ref) : -1;
    if (i !== -1) return [field, i];
  }
}
var refsIn = (message) => [...message.matchAll(/accumulating (?:resources|components) from '([^']*)'/g)].map((m) => m[1]);
function unmatchedPatch(top, message) {
  let unmatched = /(?:matches strategic merge patch "|unique target for patch )[^/"\s]*\/([^"\s;]+?)\.\[[^\]]*\]/.exec(message)?.[1];
  if (unmatched === void 0) return;
  let named = (text) => text !== void 0 && new RegExp(`^\\s*name:\\s*["']?${unmatched.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*(?:#.*)?$`, "m").test(text);
  return top.patches.find((x) => x.target?.name === unmatched || named(x.inline?.text) || x.file !== void 0 && named(readRegularText(x.file)))?.at;
}
function failingFluxEntry(top, message, cwd) {
  let inSpec = failingComponent(top, message, cwd) ?? (refsIn(message).length === 0 ? unmatchedPatch(top, message) : void 0);
  if (inSpec) return ["spec", ...inSpec];
  let first = refsIn(message)[0];
  if (first === void 0 || typeof top.value.path != "string") return;
  let dir = safeRealpath(top.dir), abs = safeRealpath(resolve6(cwd, first));
  return abs === dir || abs.startsWith(`${dir}${sep3}`) ? ["spec", "path"] : void 0;
}
function invalidField(top, message) {
  if (typeof top.value.apiVersion == "string" && top.value.apiVersion.startsWith("kustomize.toolkit.fluxcd.io/")) return;
  let field = /Go struct field Kustomization\.(\w+)/.exec(message)?.[1] ?? /invalid Kustomization: json: unknown field "([^"]+)"/.exec(message)?.[1];
  return field !== void 0 && field in top.value ? [field] : void 0;
}
function failingComponent(top, message, cwd) {
  let named = /expected kind 'Component' for path '([^']*)'/.exec(message)?.[1] ?? /accumulating components: loader\.New .*?evalsymlink failure on '([^']*)'/.exec(message)?.[1];
  if (named === void 0 || !Array.isArray(top.value.components)) return;
  let want = resolve6(cwd, named), i = top.value.components.findIndex((x) => typeof x == "string" && (resolve6(top.dir, x) === want || safeRealpath(resolve6(top.dir, x)) === safeRealpath(want)));
  return i === -1 ? void 0 : ["components", i];
}
function missingFile(top, message, cwd) {
  let named = /evalsymlink failure on '([^']*)'/.exec(message)?.[1] ?? /security; file '([^']*)' is not in or below/.exec(message)?.[1];
  if (named === void 0) return;
  let want = resolve6(cwd, named), walk4 = (v, at2, depth) => {
    if (typeof v == "string") return resolve6(top.dir, v.includes("=") ? v.slice(v.indexOf("=") + 1) : v) === want ? at2 : void 0;
    if (!(depth > 6)) {
      if (Array.isArray(v))
        for (let i = 0; i < v.length; i++) {
          let hit = walk4(v[i], [...at2, i], depth + 1);
          if (hit) return hit;
        }
      else if (isRecord(v))
        for (let [k, x] of Object.entries(v)) {
          let hit = walk4(x, [...at2, k], depth + 1);
          if (hit) return hit;
        }
    }
  };
  return walk4(top.value, [], 0);
}

// src/render/flux.ts
import { existsSync as existsSync4, lstatSync as lstatSync2, readdirSync as readdirSync2, statSync as statSync4 } from "node:fs";
import { dirname as dirname4, extname, isAbsolute as isAbsolute2, join as join4, relative as relative3, resolve as resolve7, sep as sep4 } from "node:path";

// src/render/substitute.ts
var DISABLED = "kustomize.toolkit.fluxcd.io/substitute", EXPR = /\$(\$)?\{([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[=-])([^}]*))?\}|\$\{[^}]*\}/g;
function substituteString(s, vars) {
  if (!s.includes("${")) return s;
  let unknown = !1, out = s.replace(EXPR, (whole, escaped, name, op, def) => {
    if (escaped) return whole.slice(1);
    if (name === void 0)
      return unknown = !0, whole;
    let v = vars.values.get(name);
    return op === ":=" || op === ":-" ? v !== void 0 && v !== "" ? v : vars.complete ? def ?? "" : (unknown = !0, whole) : op === "=" || op === "-" ? v !== void 0 ? v : vars.complete ? def ?? "" : (unknown = !0, whole) : v !== void 0 ? v : vars.complete ? "" : (unknown = !0, whole);
  });
  return unknown && !vars.complete ? partial(s, vars) : unknown ? void 0 : out;
}
function partial(s, vars) {
  return s.replace(EXPR, (whole, escaped, name) => {
    if (escaped || name === void 0) return whole;
    let v = vars.values.get(name);
    return v !== void 0 && v !== "" ? v : whole;
  });
}
function typed(before, after) {
  return /^\$\{[^}]*\}$/.test(before) ? after === "true" || after === "false" ? after === "true" : /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(after) ? Number(after) : after : after;
}
function walk2(v, vars, depth) {
  if (depth > 100) return v;
  if (typeof v == "string") {
    let s = substituteString(v, vars);
    return s === void 0 || s === v ? v : typed(v, s);
  }
  if (Array.isArray(v)) return v.map((x) => walk2(x, vars, depth + 1));
  if (isRecord(v)) {
    let out = {};
    for (let [k, x] of Object.entries(v)) out[substituteString(k, vars) ?? k] = walk2(x, vars, depth + 1);
    return out;
  }
  return v;
}
function substituteObject(value, vars) {
  let meta = isRecord(value.metadata) ? value.metadata : {};
  for (let m of [meta.labels, meta.annotations]) if (isRecord(m) && m[DISABLED] === "disabled") return;
  if (JSON.stringify(value).includes("${"))
    return walk2(value, vars, 0);
}
function variablesOf(postBuild) {
  if (!isRecord(postBuild)) return;
  let inline = isRecord(postBuild.substitute) ? postBuild.substitute : {}, from = Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : [];
  if (!Object.keys(inline).length && !from.length) return;
  let values = /* @__PURE__ */ new Map();
  for (let [k, v] of Object.entries(inline)) v !== null && typeof v != "object" && values.set(k, String(v));
  return { values, complete: from.length === 0 };
}

// src/render/flux.ts
var FLUX_KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";
function isFluxKustomization(o) {
  return o.kind === "Kustomization" && o.apiVersion.startsWith(`${FLUX_KUSTOMIZE_GROUP}/`);
}
function gitRoot(from) {
  for (let d = from; ; d = dirname4(d)) {
    if (existsSync4(join4(d, ".git"))) return d;
    if (dirname4(d) === d) return;
  }
}
function gitRemotes(root) {
  try {
    let cfg = readRegularText(join4(root, ".git", "config")) ?? "", urls = [];
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
  }, git2 = gitRoot(dirname4(fileAbs));
  if (git2 && isDir(resolve7(git2, specPath))) return resolve7(git2, specPath);
  for (let d = dirname4(fileAbs); ; d = dirname4(d)) {
    if (isDir(resolve7(d, specPath))) return resolve7(d, specPath);
    if (dirname4(d) === d) return;
  }
}
var FLUX_DROPS_LINKS = "source-controller leaves symbolic links out of the artifact Flux builds from";
function linksOnTheWay(top, abs) {
  let rel2 = relative3(top, abs);
  if (rel2 === "" || rel2.startsWith("..") || isAbsolute2(rel2)) return [];
  let out = [], d = top;
  for (let seg of rel2.split(sep4)) {
    d = join4(d, seg);
    try {
      lstatSync2(d).isSymbolicLink() && out.push(d);
    } catch {
      break;
    }
  }
  return out;
}
var SOURCE_IGNORED_FILES = /* @__PURE__ */ new Set([".travis.yml", ".gitlab-ci.yml", "appveyor.yml", ".drone.yml", "cloudbuild.yaml", "codeship-services.yml", "codeship-steps.yml", ".goreleaser.yml", ".goreleaser.brew.yml", ".sops.yaml", ".flux.yaml", ".golangci.yaml"]), SOURCE_IGNORED_DIRS = /* @__PURE__ */ new Set([".git", ".github", ".circleci"]);
function fluxGeneratedResources(dir, lenient = !0, links = []) {
  let out = [], walk4 = (d) => {
    let entries;
    try {
      entries = readdirSync2(d, { withFileTypes: !0 }).sort((a, b) => a.name < b.name ? -1 : 1);
    } catch {
      return;
    }
    for (let e of entries) {
      let p = join4(d, e.name);
      if (e.isSymbolicLink()) {
        !SOURCE_IGNORED_DIRS.has(e.name) && !SOURCE_IGNORED_FILES.has(e.name) && links.push(p);
        continue;
      }
      if (e.isDirectory()) {
        if (SOURCE_IGNORED_DIRS.has(e.name)) continue;
        kustomizationFileIn(p) ? out.push(p) : walk4(p);
      } else if (e.isFile() && (extname(e.name) === ".yaml" || extname(e.name) === ".yml") && !SOURCE_IGNORED_FILES.has(e.name)) {
        if (!lenient) {
          out.push(p);
          continue;
        }
        let text = readRegularText(p);
        if (text === void 0) continue;
        /^[ \t]*kind[ \t]*:/m.test(text) && /^[ \t]*apiVersion[ \t]*:/m.test(text) && out.push(p);
      }
    }
  };
  return walk4(dir), out;
}
function sourceIgnoreAround(dir, top) {
  for (let d = dir; ; d = dirname4(d)) {
    if (existsSync4(join4(d, ".sourceignore"))) return !0;
    if (d === top || dirname4(d) === d) break;
  }
  let below = (d, depth) => {
    if (depth > 64) return !1;
    let entries;
    try {
      entries = readdirSync2(d, { withFileTypes: !0 });
    } catch {
      return !1;
    }
    return entries.some((e) => e.isFile() && e.name === ".sourceignore" || e.isDirectory() && !SOURCE_IGNORED_DIRS.has(e.name) && below(join4(d, e.name), depth + 1));
  };
  return below(dir, 0);
}
function fluxRoots(objects, gitRepos, absOf) {
  let roots = [], skipped = [];
  for (let o of objects) {
    if (!isFluxKustomization(o)) continue;
    let spec = isRecord(o.value.spec) ? o.value.spec : {}, ref = isRecord(spec.sourceRef) ? spec.sourceRef : {}, fileAbs = absOf(o);
    if (ref.kind !== "GitRepository") {
      skipped.push({ object: o, reason: `its source is a ${String(ref.kind ?? "source")} (${String(ref.name ?? "?")}), not this repository: not rendered`, path: ["spec", "sourceRef"] });
      continue;
    }
    let ns = typeof ref.namespace == "string" ? ref.namespace : o.namespace, named = gitRepos.filter((g) => g.name === ref.name), repo = named.find((g) => g.namespace === ns) ?? named.find((g) => g.namespace === void 0) ?? (named.length === 1 ? named[0] : void 0), url = repo && isRecord(repo.value.spec) ? String(repo.value.spec.url ?? "") : "", git2 = gitRoot(dirname4(fileAbs));
    if (!(ref.name === "flux-system" || url !== "" && git2 !== void 0 && gitRemotes(git2).some((r2) => normalUrl(r2) === normalUrl(url)))) {
      skipped.push({ object: o, reason: `its source GitRepository ${String(ref.name)} is not this repository: not rendered`, path: ["spec", "sourceRef"] });
      continue;
    }
    let specPath = typeof spec.path == "string" ? spec.path : "./", dir = resolveSpecPath(fileAbs, specPath), through = dir && git2 ? linksOnTheWay(git2, dir) : [];
    if (dir && through.length) {
      skipped.push({ object: o, reason: `spec.path ${specPath} goes through the symbolic link ${relative3(git2, through[0])}, and ${FLUX_DROPS_LINKS}: Flux finds no such folder and applies nothing (not rendered)`, path: ["spec", "path"] });
      continue;
    }
    if (!dir) {
      skipped.push({ object: o, reason: `spec.path ${specPath} is not a folder of this repository: not rendered`, path: typeof spec.path == "string" ? ["spec", "path"] : ["spec"] });
      continue;
    }
    let anchor = pseudoObject(o.file, o.documentIndex, o.docRange, [...o.rootPath, "spec"]), level = levelFrom(dir, o.file, anchor, spec, "targetNamespace");
    level.children = level.children.filter((c) => c.field === "components"), level.resourceFiles = [];
    let notes = [], vars = variablesOf(spec.postBuild);
    vars && !vars.complete && notes.push({ text: "postBuild.substituteFrom is not read (its ConfigMaps and Secrets are in the cluster): `${VAR}` expressions only it defines are audited as written; spec.postBuild.substitute is applied", path: ["spec", "postBuild", "substituteFrom"] });
    for (let k of ["patchesStrategicMerge", "patchesJson6902"])
      Array.isArray(spec[k]) && spec[k].length && notes.push({ text: `spec.${k} (Flux's v1beta2 API; Flux 2.0's v1 has only spec.patches) is not applied: the objects are audited without these patches, which older Flux versions applied`, path: ["spec", k] });
    isRecord(spec.decryption) && notes.push({ text: "decryption (SOPS) is not applied: encrypted Secrets are audited as written", path: ["spec", "decryption"] });
    let root = { object: o, dir, level, notes, ...vars ? { vars } : {}, ...git2 ? { gitTop: git2 } : {} };
    if (!kustomizationFileIn(dir)) {
      let ignores = repo && isRecord(repo.value.spec) && repo.value.spec.ignore !== void 0 || sourceIgnoreAround(dir, git2), links = [];
      root.generated = fluxGeneratedResources(dir, ignores, links), links.length && notes.push({ text: `${FLUX_DROPS_LINKS}, so Flux does not apply what these links lead to: ${links.map((l) => relative3(dir, l).split(sep4).join("/")).join(", ")} (left out here too)`, path: typeof spec.path == "string" ? ["spec", "path"] : ["spec"] });
    }
    roots.push(root);
  }
  return { roots, skipped };
}
function fluxMergedKustomization(inner, spec) {
  let has = (k) => inner[k] !== void 0 && inner[k] !== null && !(Array.isArray(inner[k]) && inner[k].length === 0) && inner[k] !== "", sets = (k) => spec[k] !== void 0 && spec[k] !== null && !(Array.isArray(spec[k]) && spec[k].length === 0) && spec[k] !== "", transformers = ["patches", "patchesStrategicMerge", "patchesJson6902", "namespace", "namePrefix", "nameSuffix", "commonLabels", "labels", "commonAnnotations", "images", "replicas", "replacements", "vars", "transformers"], afterPatches = transformers.filter((k) => !["patches", "patchesStrategicMerge"].includes(k));
  if (!(sets("components") && transformers.some(has) || sets("patches") && afterPatches.some(has) || (sets("namePrefix") || sets("nameSuffix")) && ["namePrefix", "nameSuffix", "replacements", "vars", "transformers"].some(has) || typeof spec.targetNamespace == "string" && ["replacements", "vars", "transformers"].some(has) || sets("images") && ["images", "replacements", "vars", "transformers"].some(has))) return;
  let out = { ...inner };
  typeof spec.targetNamespace == "string" && (out.namespace = spec.targetNamespace);
  for (let k of ["namePrefix", "nameSuffix"]) typeof spec[k] == "string" && (out[k] = spec[k]);
  let list = (v) => Array.isArray(v) ? v : [];
  if (Array.isArray(spec.patches) && (out.patches = [...list(inner.patches), ...spec.patches]), Array.isArray(spec.components) && (out.components = [...list(inner.components), ...spec.components]), Array.isArray(spec.images)) {
    let images = [...list(inner.images)];
    for (let im of spec.images) {
      let i = isRecord(im) ? images.findIndex((x) => isRecord(x) && x.name === im.name) : -1;
      i !== -1 ? images[i] = im : images.push(im);
    }
    out.images = images;
  }
  return out;
}

// src/render/crd-stubs.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";
var STUB_MIN_BYTES = 64 * 1024, STUB_BLOCKING_FIELDS = ["replacements", "vars", "transformers", "generators", "validators", "openapi", "crds", "configurations", "helmCharts", "helmChartInflationGenerator", "helmGlobals"];
function stubbingOn() {
  return process.env.LEASTPRIV_RENDER_STUB !== "0";
}
function stubsAllowed(levels2) {
  return levels2.every((l) => !STUB_BLOCKING_FIELDS.some((k) => l.value[k] !== void 0));
}
var isCrd = (o) => o.kind === "CustomResourceDefinition" && o.apiVersion.startsWith("apiextensions.k8s.io/");
function entry(m, key) {
  if (m?.k !== 1) return;
  let i = m.keys.indexOf(key);
  return i === -1 ? void 0 : m.vals[i];
}
function schemaRanges(text, o) {
  let nl2 = text.lastIndexOf(`
`, o.docRange[0] - 1), base = nl2 === -1 ? 0 : nl2 + 1, docs = fastParse(text.slice(base, o.docRange[1]), { withPos: !0, positionsOnly: !0 }), root = docs?.find((d) => d.value !== null)?.pos;
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
    let r2 = schemaRanges(text, o);
    if (r2 === void 0) return;
    ranges.push(...r2);
  }
  if (!ranges.length) return;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "", at2 = 0;
  for (let [s, e] of ranges) {
    if (s < at2) return;
    let t = e;
    for (; t > s && /\s/.test(text[t - 1]); ) t--;
    let tail = text.slice(t, e);
    out += `${text.slice(at2, s)}{}${tail}`, at2 = e;
  }
  out += text.slice(at2);
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
import { constants, copyFileSync, mkdirSync, readdirSync as readdirSync3, readlinkSync, rmSync, statSync as statSync5, symlinkSync, writeFileSync } from "node:fs";
import { dirname as dirname5, isAbsolute as isAbsolute3, join as join5, relative as relative4, resolve as resolve8, sep as sep5 } from "node:path";
var MIRROR_MAX_FILES = 2e4, MIRROR_MAX_BYTES = 256 * 1024 * 1024, SAME = { place: (a) => a, real: (a) => a, edited: !1, omitted: [], stubbed: !1, rewritten: !1 };
function mirrorFor(ctx, wrapperDir, c, extraDir, stubs, rewritten = /* @__PURE__ */ new Map(), noLinks = !1) {
  let fixed3 = ctx.settings.overrides ?? /* @__PURE__ */ new Map(), overrides = new Map(fixed3), omitted = [...c.ownerOf.keys()].map((f) => ctx.show(f)).filter((f) => ctx.settings.omit?.has(f)).sort();
  for (let f of omitted) overrides.set(f, "");
  for (let l of c.levels)
    l.anchor.rootPath.length !== 0 || !ctx.settings.omit?.has(ctx.show(resolve8(ctx.cwd, l.source.path))) || (overrides.set(ctx.show(resolve8(ctx.cwd, l.source.path)), l.isComponent ? `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
resources: []
` : `resources: []
`), omitted.push(ctx.show(resolve8(ctx.cwd, l.source.path))));
  let rewrote = /* @__PURE__ */ new Set();
  for (let l of c.levels) {
    let file = resolve8(ctx.cwd, l.source.path), shown2 = ctx.show(file), own = rewritten.get(file), taken = overrides.has(shown2) && (own === void 0 || overrides.get(shown2) !== fixed3.get(shown2));
    if (l.anchor.rootPath.length !== 0 || taken) continue;
    let gone = l.patches.filter((p) => p.file !== void 0 && ctx.settings.omit?.has(ctx.show(p.file)) && p.at.length === 2 && PATCH_FIELDS.has(String(p.at[0])));
    gone.length && (overrides.set(shown2, JSON.stringify(withoutEntries(own !== void 0 ? JSON.parse(own) : l.value, gone.map((p) => p.at)))), own !== void 0 && rewrote.add(shown2), omitted.push(...gone.map((p) => ctx.show(p.file))));
  }
  for (let [f, t] of rewritten) {
    let shown2 = ctx.show(f);
    !rewrote.has(shown2) && (!overrides.has(shown2) || overrides.get(shown2) === fixed3.get(shown2)) && (overrides.set(shown2, t), rewrote.add(shown2));
  }
  for (let f of stubs.keys()) overrides.get(ctx.show(f)) === "" && stubs.delete(f);
  if (!overrides.size && !stubs.size && !noLinks) return SAME;
  let levelFiles = c.levels.filter((l) => l.anchor.rootPath.length === 0 || l.anchor.rootPath[0] !== "spec").map((l) => resolve8(ctx.cwd, l.source.path)), involved = [...c.files, ...c.patchFiles, ...levelFiles], edited = involved.filter((f) => overrides.has(ctx.show(f)));
  if (!edited.length && !stubs.size && !noLinks) return SAME;
  let dirs = [.../* @__PURE__ */ new Set([...c.levels.map((l) => l.dir), ...involved.map((f) => dirname5(f)), ...extraDir ? [extraDir] : []])].sort(), tops = dirs.filter((d) => !dirs.some((o) => o !== d && (d + sep5).startsWith(o.endsWith(sep5) ? o : o + sep5))), base = tops[0];
  for (let d of tops) for (; !(d + sep5).startsWith(base.endsWith(sep5) ? base : base + sep5); ) base = dirname5(base);
  let mroot = join5(wrapperDir, "mirror"), place = (abs) => {
    let r2 = relative4(base, abs);
    return r2.startsWith("..") || isAbsolute3(r2) ? abs : join5(mroot, r2);
  }, real = (abs) => {
    let r2 = relative4(mroot, abs);
    return r2.startsWith("..") || isAbsolute3(r2) ? abs : join5(base, r2);
  }, files = 0, bytes = 0, copyDir = (from, to) => {
    mkdirSync(to, { recursive: !0 });
    for (let e of readdirSync3(from, { withFileTypes: !0 })) {
      if (e.name === ".git") continue;
      let a = join5(from, e.name), b = join5(to, e.name);
      if (e.isDirectory()) {
        if (!copyDir(a, b)) return !1;
      } else if (e.isSymbolicLink()) {
        if (noLinks) continue;
        let to2 = readlinkSync(a), abs = resolve8(dirname5(a), to2), inside2 = !relative4(base, abs).startsWith("..") && !isAbsolute3(relative4(base, abs));
        symlinkSync(isAbsolute3(to2) || inside2 ? to2 : abs, b);
      } else if (e.isFile()) {
        if (++files > MIRROR_MAX_FILES || (bytes += statSync5(a).size, bytes > MIRROR_MAX_BYTES)) return !1;
        copyFileSync(a, b, constants.COPYFILE_FICLONE);
      }
    }
    return !0;
  };
  try {
    for (let d of tops) if (!copyDir(d, place(d))) return SAME;
    for (let f of /* @__PURE__ */ new Set([...edited, ...stubs.keys()])) {
      let m = place(f);
      rmSync(m, { force: !0 }), mkdirSync(dirname5(m), { recursive: !0 }), writeFileSync(m, stubs.get(f) ?? overrides.get(ctx.show(f)));
    }
  } catch {
    return SAME;
  }
  return { place, real, edited: edited.some((f) => fixed3.has(ctx.show(f))), omitted, stubbed: stubs.size > 0, rewritten: rewrote.size > 0, ...noLinks ? { noLinks } : {} };
}
var PATCH_FIELDS = /* @__PURE__ */ new Set(["patches", "patchesStrategicMerge", "patchesJson6902"]);
function withoutEntries(value, at2) {
  let out = { ...value };
  for (let field of new Set(at2.map(([f]) => f))) {
    let list = value[field];
    if (!Array.isArray(list)) continue;
    let drop = new Set(at2.filter(([f]) => f === field).map(([, i]) => i));
    out[field] = list.filter((_, i) => !drop.has(i));
  }
  return out;
}

// src/render/closure.ts
import { relative as relative5, resolve as resolve9 } from "node:path";
function levelOf(ctx, dir) {
  if (ctx.levels.has(dir)) return ctx.levels.get(dir) ?? void 0;
  let real = safeRealpath(dir);
  if (real !== dir && ctx.levels.has(real)) {
    let known = ctx.levels.get(real);
    return ctx.levels.set(dir, known), known ?? void 0;
  }
  let file = kustomizationFileIn(real), lvl = file ? readKustomization(file, ctx.show, ctx.settings.overrides?.get(ctx.show(file))) : void 0;
  return ctx.levels.set(real, lvl ?? null), ctx.levels.set(dir, lvl ?? null), lvl;
}
function parsedFile(ctx, abs) {
  let shown2 = ctx.show(abs), hit = ctx.parsed.get(shown2);
  if (hit) return hit;
  let text = ctx.settings.overrides?.get(shown2) ?? readRegularText(abs, ctx.settings.limits.maxFileSize);
  if (text === void 0) return;
  let p = parseSource(newSource(shown2, text), ctx.settings.limits);
  return ctx.parsed.set(shown2, p), p;
}
function closure(ctx, top, extraFiles = []) {
  let c = { levels: [], parents: /* @__PURE__ */ new Map(), components: /* @__PURE__ */ new Map(), ownerOf: /* @__PURE__ */ new Map(), owners: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Set(), patchFiles: /* @__PURE__ */ new Set(), textual: /* @__PURE__ */ new Map() }, seen = /* @__PURE__ */ new Set(), visit2 = (l) => {
    if (!seen.has(l)) {
      seen.add(l), c.levels.push(l), l.anchor.rootPath.length === 0 && c.files.add(resolve9(ctx.cwd, l.source.path));
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
  let walked = /* @__PURE__ */ new Set(), onTheWay = /* @__PURE__ */ new Set(), walk4 = (l, at2) => {
    if (walked.size > 4096 || walked.has(`${l.dir}\0${at2}`) || onTheWay.has(l)) return;
    walked.add(`${l.dir}\0${at2}`), onTheWay.add(l);
    let named = (f) => {
      let t = resolve9(at2, relative5(l.dir, f));
      t !== f && c.textual.set(t, f);
    };
    l.anchor.rootPath.length === 0 && named(resolve9(ctx.cwd, l.source.path));
    for (let f of l.resourceFiles) named(f);
    for (let p of l.patches) p.file && named(p.file);
    for (let ch of l.children) {
      let child = levelOf(ctx, ch.dir);
      child && walk4(child, resolve9(at2, relative5(l.dir, ch.dir)));
    }
    onTheWay.delete(l);
  };
  walk4(top, top.dir);
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

// src/render/origins.ts
import { dirname as dirname6, isAbsolute as isAbsolute4, resolve as resolve10 } from "node:path";

// src/render/value-paths.ts
var MERGE_KEYS = ["name", "mountPath", "devicePath", "containerPort", "ip"];
function get2(v, path) {
  let cur = v;
  for (let seg of path)
    if (Array.isArray(cur) && typeof seg == "number" && seg < cur.length) cur = cur[seg];
    else if (isRecord(cur) && typeof seg == "string" && seg in cur) cur = cur[seg];
    else return { found: !1 };
  return { found: !0, value: cur };
}
function translate(from, to, path, loose = !1) {
  let out = [], a = from, b = to;
  for (let seg of path)
    if (typeof seg == "number") {
      if (!Array.isArray(a) || !Array.isArray(b)) return { path: out, complete: !1 };
      let item = a[seg], j = -1, key = isRecord(item) ? MERGE_KEYS.find((k) => k in item && (typeof item[k] == "string" || typeof item[k] == "number")) : void 0;
      if (key ? j = b.findIndex((x) => isRecord(x) && x[key] === item[key]) : seg < b.length && (j = seg), j === -1 && key === "name" && out[out.length - 1] === "subjects") {
        let rendered = String(item.name), all2 = a, best = "";
        b.forEach((x, k) => {
          let n = isRecord(x) && typeof x.name == "string" ? x.name : "";
          n && rendered.includes(n) && n.length > best.length && !all2.some((y) => isRecord(y) && y.name === n) && (best = n, j = k);
        });
      }
      if (j === -1 && loose && key === "name" && out[out.length - 1] === "subjects" && a.length === b.length) {
        let w = b[seg], all2 = a;
        isRecord(w) && w.kind === item.kind && !all2.some((y) => isRecord(y) && y.name === w.name) && (j = seg);
      }
      if (j === -1) return { path: out, complete: !1 };
      out.push(j), a = item, b = b[j];
    } else {
      if (!isRecord(a) || !isRecord(b) || !(seg in b)) return { path: out, complete: !1 };
      out.push(seg), a = a[seg], b = b[seg];
    }
  return { path: out, complete: !0 };
}
function equal(a, b) {
  return a === b ? !0 : typeof a != typeof b || a === null || b === null || typeof a != "object" ? String(a) === String(b) && typeof a != "object" : JSON.stringify(a) === JSON.stringify(b);
}

// src/render/patch-view.ts
var PHASES = ["patches", "fields", "json6902", "transformers", "meta"], phaseOf = (p) => p.at[0] === "patchesJson6902" ? "json6902" : p.at[0] === "transformers" ? "transformers" : "patches", record = (v) => isRecord(v) ? v : {};
function metaSet(step) {
  let v = step.level.value;
  if (step.phase === "meta") {
    let common = record(v.commonMetadata);
    return { labels: record(common.labels), annotations: record(common.annotations) };
  }
  if (step.phase !== "fields") return { labels: {}, annotations: {} };
  let labels = {};
  if (Array.isArray(v.labels)) for (let l of v.labels) Object.assign(labels, record(record(l).pairs));
  return Object.assign(labels, record(v.commonLabels)), { labels, annotations: record(v.commonAnnotations) };
}
var isFluxOver = (flux, folder) => flux.namespaceKey === "targetNamespace" && flux.dir === folder.dir && !folder.isComponent;
function patchViews(s, originValue, chain, componentsOf) {
  let steps = [], outer = [...chain].reverse();
  for (let i = 0; i < outer.length; i++) {
    let level = outer[i], flux = outer[i + 1];
    if (flux && isFluxOver(flux, level)) {
      for (let l of [...componentsOf(level), ...componentsOf(flux)]) for (let phase of PHASES) steps.push({ level: l, phase });
      for (let phase of PHASES) for (let l of [level, flux]) steps.push({ level: l, phase });
      i++;
      continue;
    }
    for (let l of [...componentsOf(level), level]) for (let phase of PHASES) steps.push({ level: l, phase });
  }
  let meta = record(record(s.value).metadata), origin = record(record(originValue).metadata), originNs = typeof origin.namespace == "string" ? origin.namespace : void 0, cache2 = /* @__PURE__ */ new Map();
  return (level, p) => {
    let phase = typeof p == "string" ? p : phaseOf(p), at2 = steps.findIndex((x) => x.level === level && x.phase === phase);
    if (at2 === -1) return { name: s.name, namespaces: [originNs, s.namespace], labels: record(meta.labels), annotations: record(meta.annotations) };
    let hit = cache2.get(at2);
    if (hit) return hit;
    let before = steps.slice(0, at2), after = steps.slice(at2 + 1), view = (key) => {
      let later = new Set(after.flatMap((x) => Object.keys(metaSet(x)[key])));
      if (!later.size) return record(meta[key]);
      let earlier = { ...record(origin[key]) };
      for (let x of before) Object.assign(earlier, metaSet(x)[key]);
      let out = { ...record(meta[key]) };
      for (let k of later)
        k in earlier ? out[k] = earlier[k] : delete out[k];
      return out;
    }, name = s.name;
    for (let x of [...after].reverse()) {
      if (x.phase !== "fields") continue;
      let { namePrefix: pre, nameSuffix: suf } = x.level.value;
      typeof suf == "string" && suf && name.endsWith(suf) && name.length > suf.length && (name = name.slice(0, -suf.length)), typeof pre == "string" && pre && name.startsWith(pre) && name.length > pre.length && (name = name.slice(pre.length));
    }
    let sets = (x) => x.phase === "fields" && typeof x.level.value[x.level.namespaceKey] == "string" && x.level.value[x.level.namespaceKey] !== "", ns = s.namespace;
    if (s.namespace !== void 0 && after.some(sets)) {
      ns = originNs;
      for (let x of before) sets(x) && (ns = x.level.value[x.level.namespaceKey]);
    }
    let seen = { name, namespaces: [originNs, ns], labels: view("labels"), annotations: view("annotations") };
    return cache2.set(at2, seen), seen;
  };
}

// src/render/patch-writes.ts
var patchCache = /* @__PURE__ */ new WeakMap();
function parseDocs(source) {
  let { parseAllDocuments } = yamlLib();
  try {
    let docs = parseAllDocuments(source.text, PARSE_OPTIONS);
    return Array.isArray(docs) ? docs.flatMap((d, i) => {
      if (d.errors.length || d.contents === null) return [];
      let value = d.toJS({ maxAliasCount: 1e3 }), range = [d.range[0], d.range[2]];
      return isRecord(value) && typeof value.kind == "string" && value.kind.endsWith("List") && Array.isArray(value.items) ? value.items.map((item, k) => ({ value: item, anchor: pseudoObject(source, i, range, ["items", k]) })) : [{ value, anchor: pseudoObject(source, i, range, []) }];
    }) : [];
  } catch {
    return [];
  }
}
function inlineMapping(level, at2) {
  let { parseAllDocuments, isScalar } = yamlLib(), src = level.source, docs = parseAllDocuments(src.text, PARSE_OPTIONS);
  if (!Array.isArray(docs)) return;
  let node = docs[level.anchor.documentIndex]?.getIn([...level.anchor.rootPath, ...at2], !0);
  if (!isScalar(node) || !node.range || typeof node.value != "string") return;
  let text = src.text, value = node.value, block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED", quote2 = node.type === "QUOTE_SINGLE" ? "'" : node.type === "QUOTE_DOUBLE" ? '"' : void 0, j = block ? text.indexOf(`
`, node.range[0]) + 1 : node.range[0] + (quote2 ? 1 : 0);
  if (block && j === 0) return;
  let end = node.range[1], map = new Array(value.length + 1), blank = (c) => c === " " || c === "	" || c === `
` || c === "\r";
  for (let i = 0; i < value.length; i++) {
    let c = value[i];
    if (node.type === "QUOTE_DOUBLE") {
      for (; text[j] === "\\" && (text[j + 1] === `
` || text[j + 1] === "\r"); )
        for (j += 2; j < end && blank(text[j]); ) j++;
      if (text[j] === "\\") {
        let e = text[j + 1];
        map[i] = j, j += e === "x" ? 4 : e === "u" ? 6 : e === "U" ? 10 : 2;
        continue;
      }
    }
    if (quote2 === "'" && c === "'" && text[j] === "'" && text[j + 1] === "'") {
      map[i] = j, j += 2;
      continue;
    }
    let k = j;
    for (; k < end && text[k] !== c && blank(text[k]); ) k++;
    if (text[k] === c)
      map[i] = k, j = k + 1;
    else if (blank(c)) map[i] = j;
    else return;
  }
  return map[value.length] = value.length ? map[value.length - 1] + 1 : j, (offset) => map[Math.max(0, Math.min(offset, value.length))];
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
      let written = p.inline.in ?? level, virtual = newSource(written.source.path, p.inline.text), toFile = inlineMapping(written, p.inline.at), source = written.source, nested = p.inline.in?.nested;
      if (nested) {
        let outer = inlineMapping(level, nested), inner = toFile;
        toFile = outer && inner ? (o) => outer(inner(o)) : void 0, source = level.source;
      }
      out = { docs: parseDocs(virtual), json6902: p.json6902 ?? looksJson6902(p.inline.text), source, ...toFile ? { toFile } : {} };
    }
  } catch {
    out = null;
  }
  return patchCache.set(p, out), out ?? void 0;
}
function targetIn(level, p, loaded, doc, path, sourceOf) {
  if (p.inline) {
    let written = p.inline.in ?? level;
    if (!loaded.toFile) return p.inline.in?.nested ? { object: level.anchor, path: p.inline.in.nested } : { object: written.anchor, path: p.inline.at };
    let r2 = rangeOf(doc.anchor, path);
    return { source: loaded.source, range: [loaded.toFile(r2[0]), loaded.toFile(r2[1])] };
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
  if (!full(target.kind, s.kind) || !full(target.group, group) || !full(target.version, version)) return !1;
  let seen = s.seen;
  if (typeof target.name == "string" && !full(target.name, s.originName) && !full(target.name, seen?.name ?? s.name)) return !1;
  let namespaces = seen?.namespaces ?? [s.namespace];
  if (typeof target.namespace == "string" && target.namespace && !namespaces.some((ns) => full(target.namespace, ns))) return !1;
  let meta = isRecord(s.value.metadata) ? s.value.metadata : {};
  return matchesSelector(target.labelSelector, seen?.labels ?? meta.labels) && matchesSelector(target.annotationSelector, seen?.annotations ?? meta.annotations);
}
function matchesSelector(selector, m) {
  if (typeof selector != "string" || !selector.trim()) return !0;
  let have = isRecord(m) ? m : {}, terms = [], depth = 0, cur = "";
  for (let ch of selector)
    ch === "(" ? depth++ : ch === ")" && (depth = Math.max(0, depth - 1)), ch === "," && depth === 0 ? (terms.push(cur), cur = "") : cur += ch;
  return terms.push(cur), terms.every((term) => {
    let t = term.trim();
    if (!t) return !0;
    let set = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(t);
    if (set) {
      let values = set[3].split(",").map((v2) => v2.trim()), v = have[set[1]], inSet = v !== void 0 && values.includes(String(v));
      return set[2] === "in" ? inSet : !inSet;
    }
    if (t.startsWith("!")) return !(t.slice(1).trim() in have);
    let ne = t.split("!=");
    if (ne.length === 2) return String(have[ne[0].trim()] ?? "") !== ne[1].trim();
    let eq = t.split(/==?/);
    return eq.length === 2 ? String(have[eq[0].trim()] ?? "") === eq[1].trim() : t in have;
  });
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
      if (!isRecord(op) || op.op !== "remove" || typeof op.path != "string") continue;
      let segs = pointer(op.path);
      if (segs.length > kept2 && opPrefix(segs, path)) return targetIn(level, p, loaded, ops, [j], sourceOf);
    }
}
function within2(part, whole, depth = 0) {
  return depth > 100 ? !1 : Array.isArray(part) ? Array.isArray(whole) && part.length === whole.length && part.every((x, i) => within2(x, whole[i], depth + 1)) : isRecord(part) ? isRecord(whole) && Object.keys(part).every((k) => within2(part[k], whole[k], depth + 1)) : equal(part, whole);
}
function appendedIndex(ops, listPath, list, index) {
  if (!Array.isArray(list) || typeof index != "number") return !0;
  let n = ops.filter((op) => isRecord(op) && op.op === "add" && typeof op.path == "string" && equal(pointer(op.path), [...listPath, "-"])).length;
  return index >= list.length - n;
}
function patchSets(level, p, s, path, leaf, scalar, sourceOf) {
  if (!selects(p.target, s)) return;
  let loaded = loadPatch(level, p, sourceOf);
  if (loaded) {
    if (loaded.json6902) {
      let ops = loaded.docs[0];
      if (!ops || !Array.isArray(ops.value)) return;
      let appended, below;
      for (let j = ops.value.length - 1; j >= 0; j--) {
        let op = ops.value[j];
        if (!isRecord(op) || typeof op.path != "string" || !["add", "replace", "copy", "move"].includes(String(op.op))) continue;
        let segs = pointer(op.path);
        if (!scalar && !below && (op.op === "add" || op.op === "replace") && segs.length > path.length && opPrefix(segs.slice(0, path.length), path)) {
          let last = segs[segs.length - 1], parent = get2(s.value, [...path, ...segs.slice(path.length, -1).map((x) => /^\d+$/.test(x) ? Number(x) : x)]).value;
          (last === "-" ? Array.isArray(parent) && parent.some((x) => within2(op.value, x)) : (isRecord(parent) || Array.isArray(parent)) && within2(op.value, parent[last])) && (below = targetIn(level, p, loaded, ops, [j, "value"], sourceOf));
        }
        if (!opPrefix(segs, path)) continue;
        let rest = path.slice(segs.length);
        if (op.op === "copy" || op.op === "move") return targetIn(level, p, loaded, ops, [j], sourceOf);
        if (rest.length === 0 && scalar && !equal(op.value, leaf) || rest.length === 0 && isRecord(leaf) && isRecord(op.value) && MERGE_KEYS.some((k) => k in leaf && k in op.value && !equal(leaf[k], op.value[k]))) continue;
        if (rest.length > 0) {
          let inOp = get2(op.value, rest);
          if (!inOp.found || scalar && !equal(inOp.value, leaf)) continue;
        }
        let dash = segs.indexOf("-");
        if (dash !== -1 && !within2(op.value, get2(s.value, path.slice(0, dash + 1)).value)) {
          appendedIndex(ops.value, segs.slice(0, dash), get2(s.value, path.slice(0, dash)).value, path[dash]) && (appended ??= targetIn(level, p, loaded, ops, [j, "value", ...rest], sourceOf));
          continue;
        }
        return targetIn(level, p, loaded, ops, [j, "value", ...rest], sourceOf);
      }
      return appended ?? below;
    }
    for (let doc of docsFor(loaded, p, s)) {
      let v = doc.value, t = translate(s.value, v, path);
      if (t.complete && !(scalar && !equal(get2(v, t.path).value, leaf)))
        return targetIn(level, p, loaded, doc, t.path, sourceOf);
    }
  }
}
function docsFor(loaded, p, s) {
  let nameOf = (v) => isRecord(v.metadata) && typeof v.metadata.name == "string" ? v.metadata.name : void 0, docs = [...loaded.docs].reverse().filter((doc) => isRecord(doc.value) && (doc.value.kind === void 0 || doc.value.kind === s.kind));
  if (p.target) return docs;
  if (s.seen) {
    let now = s.seen.name;
    return docs.filter((d) => {
      let n = nameOf(d.value);
      return n === void 0 || n === s.originName || n === now;
    });
  }
  let held = docs.map((d) => nameOf(d.value)).filter((n) => n !== void 0 && (n === s.originName || n === s.name || s.name.includes(n))), best = held.find((n) => n === s.originName || n === s.name) ?? held.reduce((a, n) => n.length > a.length ? n : a, "");
  return docs.filter((d) => {
    let n = nameOf(d.value);
    return n === void 0 || best !== "" && n === best;
  });
}
function patchReplaces(level, p, s, path, sourceOf) {
  if (!selects(p.target, s)) return !1;
  let loaded = loadPatch(level, p, sourceOf);
  if (!loaded) return !1;
  if (loaded.json6902) {
    let ops = loaded.docs[0]?.value;
    return Array.isArray(ops) && ops.some((op) => isRecord(op) && typeof op.path == "string" && ["add", "replace", "copy", "move"].includes(String(op.op)) && !pointer(op.path).includes("-") && opPrefix(pointer(op.path), path));
  }
  for (let doc of docsFor(loaded, p, s))
    for (let i = 0; i <= path.length; i++) {
      let t = translate(s.value, doc.value, path.slice(0, i));
      if (!t.complete) break;
      let v = get2(doc.value, t.path).value;
      if (Array.isArray(v) ? v.some((x) => isRecord(x) && x.$patch === "replace") : isRecord(v) && v.$patch === "replace") return !0;
    }
  return !1;
}

// src/render/mapback.ts
var isContainerImage = (path) => path.length >= 2 && path[path.length - 1] === "image" && typeof path[path.length - 2] == "number" && /ontainers$/.test(String(path[path.length - 3]));
function fieldPathNames(fieldPath, value, path) {
  let segs = fieldPath.match(/\[[^\]]*\]|[^.[\]]+/g) ?? [];
  if (segs.length !== path.length) return !1;
  let cur = value;
  return segs.every((seg, i) => {
    let p = path[i], m = /^\[([^=\]]*)=([^\]]*)\]$/.exec(seg), ok2;
    return m ? ok2 = typeof p == "number" && Array.isArray(cur) && isRecord(cur[p]) && String(cur[p][m[1]]) === m[2] : ok2 = seg === "*" || seg === String(p), cur = Array.isArray(cur) && typeof p == "number" ? cur[p] : isRecord(cur) ? cur[String(p)] : void 0, ok2;
  });
}
function replacementSets(level, s, path, as) {
  as && (s = as(level, "transformers"));
  let list = level.replacements ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    let { value: r2, anchor, at: at2 } = list[i];
    if (Array.isArray(r2.targets))
      for (let t = r2.targets.length - 1; t >= 0; t--) {
        let target = r2.targets[t];
        if (!isRecord(target) || !Array.isArray(target.fieldPaths) || isRecord(target.select) && !selects(target.select, s) || Array.isArray(target.reject) && target.reject.some((x) => isRecord(x) && Object.keys(x).length > 0 && selects(x, s))) continue;
        let k = target.fieldPaths.findIndex((fp) => typeof fp == "string" && fieldPathNames(fp, s.value, path));
        if (k !== -1) return { object: anchor, path: [...at2, "targets", t, "fieldPaths", k] };
      }
  }
}
function fieldSets(chain, s, path, leaf, as) {
  let key = path.join("."), at2 = (level, p) => ({ object: level.anchor, path: p }), isNamespace = key === "metadata.namespace" || /^subjects\.\d+\.namespace$/.test(key) && s.kind.endsWith("Binding");
  for (let level of chain) {
    let v = level.value, own = /^metadata\.(labels|annotations)\.(.+)$/.exec(key);
    if (own && isRecord(v.commonMetadata)) {
      let m = v.commonMetadata[own[1]];
      if (isRecord(m) && own[2] in m) return at2(level, ["commonMetadata", own[1], own[2]]);
    }
    let replaced = replacementSets(level, s, path, as);
    if (replaced) return replaced;
    if (isNamespace && typeof v[level.namespaceKey] == "string" && v[level.namespaceKey] === leaf) return at2(level, [level.namespaceKey]);
    if (key === "metadata.name" || /^subjects\.\d+\.name$/.test(key) || key === "roleRef.name" || /serviceAccountName$/.test(key)) {
      if (typeof v.namePrefix == "string" && v.namePrefix && String(leaf).startsWith(v.namePrefix)) return at2(level, ["namePrefix"]);
      if (typeof v.nameSuffix == "string" && v.nameSuffix && String(leaf).endsWith(v.nameSuffix)) return at2(level, ["nameSuffix"]);
    }
    if (isContainerImage(path) && Array.isArray(v.images)) {
      let image = String(leaf), i = v.images.findIndex((im) => isRecord(im) && typeof im.name == "string" && (image === im.name || image.startsWith(`${im.newName ?? im.name}:`) || image.startsWith(`${im.newName ?? im.name}@`) || image === im.newName));
      if (i !== -1) return at2(level, ["images", i]);
    }
    if (key === "spec.replicas" && Array.isArray(v.replicas)) {
      let i = v.replicas.findIndex((r2) => isRecord(r2) && (r2.name === s.originName || r2.name === s.name));
      if (i !== -1) return at2(level, ["replicas", i]);
    }
    let label = /^(?:metadata|spec\.template\.metadata|spec\.selector)\.(?:labels|matchLabels)\.(.+)$/.exec(key)?.[1];
    if (label !== void 0) {
      if (isRecord(v.commonLabels) && label in v.commonLabels) return at2(level, ["commonLabels", label]);
      if (Array.isArray(v.labels)) {
        let i = v.labels.findIndex((l) => isRecord(l) && isRecord(l.pairs) && label in l.pairs);
        if (i !== -1) return at2(level, ["labels", i, "pairs", label]);
      }
    }
    let ann = /^(?:metadata|spec\.template\.metadata)\.annotations\.(.+)$/.exec(key)?.[1];
    if (ann !== void 0 && isRecord(v.commonAnnotations) && ann in v.commonAnnotations) return at2(level, ["commonAnnotations", ann]);
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
        if (!isRecord(g) || g.name !== s.originName) continue;
        let at2 = (p) => ({ object: level.anchor, path: [field, i, ...p] }), lits = Array.isArray(g.literals) ? g.literals : [];
        for (let k = lits.length - 1; k >= 0; k--) if (typeof lits[k] == "string" && lits[k].split("=")[0].trim() === key) return at2(["literals", k]);
        let files = Array.isArray(g.files) ? g.files : [];
        for (let k = files.length - 1; k >= 0; k--) {
          let f = files[k];
          if (typeof f != "string") continue;
          let eq = f.indexOf("=");
          if ((eq > 0 ? f.slice(0, eq) : base(f)) === key) return at2(["files", k]);
        }
        let envs = [...Array.isArray(g.envs) ? g.envs.map((e, k) => [e, ["envs", k]]) : [], ...typeof g.env == "string" ? [[g.env, ["env"]]] : []];
        for (let [e, p] of envs.reverse()) {
          let text = typeof e == "string" ? readRegularText(`${level.dir}/${e}`) : void 0;
          if (text !== void 0 && text.split(/\r?\n/).some((l) => l.split("=")[0].trim() === key)) return at2([...p]);
        }
        if (g.behavior === "replace") return at2([]);
      }
  }
}
function seenBy(s, originValue, chain, componentsOf) {
  let view = patchViews(s, originValue, chain, componentsOf);
  return (l, p) => ({ ...s, seen: view(l, p) });
}
function mapBackFor(s, origin, originValue, chain, componentsOf, sourceOf) {
  let as = seenBy(s, originValue, chain, componentsOf);
  return (path) => {
    let k = path.length;
    for (; k > 0 && !get2(s.value, path.slice(0, k)).found; ) k--;
    let near = path.slice(0, k), leaf = get2(s.value, near).value, scalar = leaf === null || typeof leaf != "object";
    if (k < path.length)
      for (let level of chain)
        for (let l of [level, ...[...componentsOf(level)].reverse()])
          for (let p of [...l.patches].reverse()) {
            let t = patchRemoves(l, p, as(l, p), path, k, sourceOf);
            if (t) return t;
          }
    let inOrigin = translate(s.value, originValue, near), full = () => ({ object: origin, path: inOrigin.complete ? [...inOrigin.path, ...path.slice(k)] : inOrigin.path }), written = (scalar ? equal(get2(originValue, inOrigin.path).value, leaf) : !0) && listsAsInOrigin(s, originValue, near, chain) && !chain.some((level) => [level, ...componentsOf(level)].some((l) => l.patches.some((p) => patchReplaces(l, p, as(l, p), near, sourceOf))));
    if (inOrigin.complete && written) return full();
    for (let level of chain) {
      let levels2 = [level, ...[...componentsOf(level)].reverse()];
      for (let l of levels2)
        for (let p of [...l.patches].reverse()) {
          let t = patchSets(l, p, as(l, p), near, leaf, scalar, sourceOf);
          if (t) return t;
        }
    }
    if (scalar) {
      let levels2 = chain.flatMap((l) => [l, ...[...componentsOf(l)].reverse()]), f = fieldSets(levels2, s, near, leaf, as) ?? (isRecord(originValue) && originValue.kind === void 0 ? generatorSets(levels2, s, near) : void 0);
      if (f) return f;
    }
    if (!inOrigin.complete) {
      let loose = translate(s.value, originValue, near, !0);
      if (loose.complete) return { object: origin, path: [...loose.path, ...path.slice(k)] };
    }
    return inOrigin.complete || inOrigin.path.length > 0 ? full() : { object: origin, path: originValue && isRecord(originValue) && "metadata" in originValue ? ["metadata"] : [] };
  };
}
function listsAsInOrigin(s, originValue, path, chain) {
  let schema = builtinKind(s.apiVersion) || chain.some((l) => l.value.openapi !== void 0 || l.value.crds !== void 0);
  for (let i = 0; i <= path.length; i++) {
    let v = get2(s.value, path.slice(0, i)).value;
    if (!Array.isArray(v)) continue;
    let field = path[i - 1];
    if (schema && typeof field == "string" && MERGED_LISTS.has(field) && v.some((x) => isRecord(x) && MERGE_KEYS.some((k) => k in x))) continue;
    let t = translate(s.value, originValue, path.slice(0, i));
    if (!t.complete || !same(get2(originValue, t.path).value, v)) return !1;
  }
  return !0;
}
var MERGED_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers", "volumes", "imagePullSecrets", "hostAliases", "resourceClaims", "schedulingGates", "env", "ports", "volumeMounts", "volumeDevices", "webhooks"]), builtinKind = (apiVersion) => {
  let group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.lastIndexOf("/")) : "";
  return group === "" || !group.includes(".") || group.endsWith(".k8s.io");
};
function same(a, b) {
  let canon = (v) => Array.isArray(v) ? v.map(canon) : isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v;
  return equal(canon(a), canon(b));
}
function hasDirective(v, depth = 0) {
  return depth > 100 ? !0 : Array.isArray(v) ? v.some((x) => hasDirective(x, depth + 1)) : isRecord(v) ? Object.keys(v).some((k) => k.startsWith("$") || hasDirective(v[k], depth + 1)) : !1;
}
var where2 = (t) => {
  if ("source" in t) return `${t.source.path}:${t.source.lineCounter.linePos(t.range[0]).line}`;
  let r2 = rangeOf(t.object, t.path);
  return `${t.object.file.path}:${t.object.file.lineCounter.linePos(r2[0]).line}`;
};
function patchWrites(level, p, s, near, whole, sourceOf) {
  if (!selects(p.target, s)) return;
  let loaded = loadPatch(level, p, sourceOf);
  if (!loaded) return;
  let kind = p.inline ? `an inline patch in ${(p.inline.in ?? level).source.path}` : "a JSON6902 patch";
  if (loaded.json6902) {
    let ops = loaded.docs[0];
    if (!ops || !Array.isArray(ops.value)) return;
    for (let j = ops.value.length - 1; j >= 0; j--) {
      let op = ops.value[j];
      if (!isRecord(op) || typeof op.path != "string" || op.op === "test") continue;
      let segs = pointer(op.path), from = typeof op.from == "string" ? pointer(op.from) : void 0, above = opPrefix(segs, near), below = whole && segs.length > near.length && near.every((x, i) => segs[i] === "-" || segs[i] === String(x)), moved = from !== void 0 && opPrefix(from, near);
      if (above || below || moved) return { refused: `the value is set by ${kind} (${where2(targetIn(level, p, loaded, ops, [j], sourceOf))}): edit that op by hand` };
    }
    return;
  }
  for (let doc of docsFor(loaded, p, s)) {
    let v = doc.value, t = translate(s.value, v, near);
    if (!t.complete) {
      if (t.path.length && hasDirective(get2(v, t.path).value)) return { refused: `a strategic-merge patch with \`$patch\` directives (${where2(targetIn(level, p, loaded, doc, t.path, sourceOf))}) rewrites this part of the object: edit it by hand` };
      continue;
    }
    if (hasDirective(get2(v, t.path).value)) return { refused: "the patch uses `$patch` directives here: edit it by hand" };
    if (p.inline) return { inline: `the value is set by ${kind} (${where2(targetIn(level, p, loaded, doc, t.path, sourceOf))}): edit it by hand` };
    let at2 = targetIn(level, p, loaded, doc, t.path, sourceOf);
    return "source" in at2 ? { refused: "the patch is not in a file of its own" } : { object: at2.object, path: at2.path, value: get2(v, t.path).value };
  }
}
function editTargetFor(s, origin, originValue, chain, componentsOf, sourceOf) {
  let as = seenBy(s, originValue, chain, componentsOf);
  return (path) => {
    if (!isRecord(originValue) || originValue.kind === void 0) return { refused: "the object is made by kustomize (a generator), not written in a file: edit the generator by hand" };
    let k = path.length;
    for (; k > 0 && !get2(s.value, path.slice(0, k)).found; ) k--;
    let near = path.slice(0, k), rest = path.slice(k), leaf = get2(s.value, near).value, scalar = leaf === null || typeof leaf != "object", whole = rest.length === 0;
    if (!whole)
      for (let level of chain)
        for (let l of [level, ...[...componentsOf(level)].reverse()])
          for (let p of [...l.patches].reverse()) {
            let t2 = patchRemoves(l, p, as(l, p), path, k, sourceOf);
            if (t2) return { refused: `a JSON6902 patch removes this field (${where2(t2)}): edit it by hand` };
          }
    let addTo;
    for (let level of chain)
      for (let l of [level, ...[...componentsOf(level)].reverse()])
        for (let p of [...l.patches].reverse()) {
          let w = patchWrites(l, p, as(l, p), near, whole, sourceOf);
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
      let f = fieldSets(chain.flatMap((l) => [l, ...[...componentsOf(l)].reverse()]), s, near, leaf, as);
      if (f) return { refused: `the value is set by a kustomization field (${where2(f)}): edit it by hand` };
    }
    let t = translate(s.value, originValue, near);
    return !t.complete && addTo ? { object: addTo.object, path: [...addTo.path, ...rest], via: "patch" } : t.complete ? whole && !same(get2(originValue, t.path).value, leaf) ? { refused: "kustomize changes this value after the origin file (a transformer or replacement): edit it by hand" } : { object: origin, path: [...t.path, ...rest], via: "origin" } : { refused: "the value is not written in the origin file or a strategic-merge patch file: edit it by hand" };
  };
}

// src/render/origins.ts
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
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
  for (let r2 of rendered) {
    let meta = isRecord(r2.value.metadata) ? r2.value.metadata : {}, ann = isRecord(meta.annotations) ? meta.annotations : {}, origin = parseOrigin(ann[ORIGIN_ANNOTATION]);
    delete ann[ORIGIN_ANNOTATION], isRecord(meta.annotations) && Object.keys(ann).length === 0 && delete meta.annotations;
    let found = findOrigin(ctx, j, r2, origin, dir), subject = { value: r2.value, kind: r2.kind, apiVersion: r2.apiVersion, name: r2.name, originName: found.originName, ...r2.namespace ? { namespace: r2.namespace } : {} }, componentsOf = (l) => componentsIn(j.closure, l), sourceOf = (a) => parsedFile(ctx, a)?.source, mapBack = mapBackFor(subject, found.object, found.value, found.chain, componentsOf, sourceOf), editTarget = editTargetFor(subject, found.object, found.value, found.chain, componentsOf, sourceOf), from = outsideEntry(ctx, found), info = { root: j.name, ...j.flux ? { flux: !0 } : {}, ...from ? { from } : {}, mapBack, editTarget }, applied = j.vars ? substituteObject(r2.value, j.vars) : void 0, value = applied ?? r2.value, appliedMeta = isRecord(value.metadata) ? value.metadata : {}, name = applied && typeof appliedMeta.name == "string" ? appliedMeta.name : r2.name, namespace = applied ? typeof appliedMeta.namespace == "string" && appliedMeta.namespace ? appliedMeta.namespace : void 0 : r2.namespace, obj = { ...found.object, value, apiVersion: r2.apiVersion, kind: r2.kind, name, render: info };
    delete obj.invalid, namespace ? obj.namespace = namespace : delete obj.namespace, out.push(obj);
  }
  return out;
}
function outsideEntry(ctx, found) {
  let inside2 = (shown2) => !isAbsolute4(shown2) && !shown2.startsWith("../");
  if (inside2(found.object.file.path)) return;
  let chain = found.chain;
  for (let i = chain.length - 1; i >= 0; i--) {
    let l = chain[i];
    if (!inside2(l.source.path)) continue;
    let next2 = chain[i + 1], want = next2 ? next2.dir : resolve10(ctx.cwd, found.object.file.path), entry2 = next2 ? l.children.find((c) => c.dir === want || safeRealpath(c.dir) === want) : void 0, listed = entry2 ? [entry2.field, entry2.index] : fileEntry(l, want);
    if (!listed) return `${l.source.path}`;
    let [start] = rangeOf(l.anchor, [...listed]);
    return `${l.source.path}:${l.source.lineCounter.linePos(start).line}`;
  }
}
function fileEntry(l, abs) {
  for (let field of ["resources", "bases"]) {
    let list = l.value[field], i = Array.isArray(list) ? list.findIndex((x) => typeof x == "string" && resolve10(l.dir, x) === abs) : -1;
    if (i !== -1) return [field, i];
  }
}
function likeliest(objects, r2) {
  let fields2 = (v) => Object.keys(v).filter((k) => k !== "apiVersion" && k !== "kind" && k !== "metadata"), score = (o) => {
    let own = fields2(o.value);
    return [own.filter((k) => JSON.stringify(o.value[k]) === JSON.stringify(r2.value[k])).length, own.filter((k) => k in r2.value).length, o.kind === r2.kind ? 1 : 0];
  }, best = objects[0], top = score(best);
  for (let o of objects.slice(1)) {
    let sc = score(o), i = sc.findIndex((x, k) => x !== top[k]);
    i !== -1 && sc[i] > top[i] && (best = o, top = sc);
  }
  return best;
}
function findOrigin(ctx, j, r2, origin, dir) {
  let fallback = () => ({ object: j.top.anchor, value: {}, chain: [j.top], originName: r2.name });
  if (!origin) return fallback();
  if (typeof origin.path == "string" && typeof origin.repo != "string") {
    let named = j.real(resolve10(dir, origin.path)), file = j.closure.textual.get(named) ?? named, p = parsedFile(ctx, file), chains = (j.closure.owners.get(file) ?? [j.top]).flatMap((o) => chainsTo(j.closure, o));
    if (!p || p.objects.length === 0) return { ...fallback(), chain: pickChain(chains, r2.name, r2.name, r2.namespace) };
    let sameKind = p.objects.filter((o) => o.kind === r2.kind), score = (o) => (o.apiVersion === r2.apiVersion ? 2 : 0) + ((o.namespace ?? "") === (r2.namespace ?? "") ? 1 : 0), pick = sameKind.filter((o) => o.name === r2.name).sort((a, b) => score(b) - score(a))[0] ?? sameKind.filter((o) => o.name && r2.name.includes(o.name)).sort((a, b) => b.name.length - a.name.length)[0] ?? likeliest(p.objects, r2);
    return { object: pick, value: pick.value, chain: pickChain(chains, pick.name, r2.name, r2.namespace), originName: pick.name };
  }
  if (typeof origin.repo == "string" && origin.repo) {
    let repo = origin.repo.replace(/\.git$/, "");
    for (let level of j.closure.levels)
      for (let field of ["resources", "bases", "components"]) {
        let list = level.value[field], i = Array.isArray(list) ? list.findIndex((x) => typeof x == "string" && x.includes(repo)) : -1;
        if (i === -1) continue;
        return { object: pseudoObject(level.source, level.anchor.documentIndex, level.anchor.docRange, [...level.anchor.rootPath, field, i]), value: {}, chain: pickChain(chainsTo(j.closure, level), r2.name, r2.name, r2.namespace), originName: r2.name };
      }
    return fallback();
  }
  if (typeof origin.configuredIn == "string") {
    let named = j.real(resolve10(dir, origin.configuredIn)), file = j.closure.textual.get(named) ?? named, level = j.closure.levels.find((l) => resolve10(ctx.cwd, l.source.path) === file && l.anchor.rootPath.length === 0) ?? levelOf(ctx, dirname6(file));
    if (!level) return fallback();
    let by = isRecord(origin.configuredBy) ? String(origin.configuredBy.kind ?? "") : "", field = by === "ConfigMapGenerator" ? "configMapGenerator" : by === "SecretGenerator" ? "secretGenerator" : by === "HelmChartInflationGenerator" ? "helmCharts" : void 0, list = field ? level.value[field] : void 0, at2 = [], value = {}, originName = r2.name;
    if (Array.isArray(list)) {
      let i = -1;
      list.forEach((g, k) => {
        isRecord(g) && typeof g.name == "string" && g.name && r2.name.includes(g.name) && (i === -1 || g.name.length > String(list[i].name).length) && (i = k);
      }), i !== -1 && (at2 = [field, i], value = {}, originName = String(list[i].name));
    }
    return { object: at2.length ? pseudoObject(level.source, level.anchor.documentIndex, level.anchor.docRange, [...level.anchor.rootPath, ...at2]) : level.anchor, value, chain: pickChain(chainsTo(j.closure, level), originName, r2.name, r2.namespace), originName };
  }
  return fallback();
}

// src/render/jobs.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { basename as basename2, join as join6, relative as relative6, resolve as resolve11 } from "node:path";

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

// src/render/jobs.ts
function kustomizeArgs(command, dir, noRestrictions) {
  return [.../^kubectl(?:\.exe)?$/i.test(basename2(command)) ? ["kustomize", dir] : ["build", dir], ...noRestrictions ? ["--load-restrictor", "LoadRestrictionsNone"] : []];
}
function wrapperFor(tmp, at2, body) {
  let dir = typeof at2 == "string" ? at2 : join6(tmp, `root-${at2}`);
  return mkdirSync2(dir, { recursive: !0 }), writeFileSync2(join6(dir, "kustomization.yaml"), JSON.stringify({ ...body, buildMetadata: ["originAnnotations"] }, null, 1)), dir;
}
function storeKey(store, j) {
  if (!j.keyed) return store.key(j.wrapperDir, j.job.command, j.job.args);
  let k = store.key(j.keyed.wrapperDir, j.job.command, j.keyed.args);
  return "key" in k ? { key: sha256Hex([k.key, ...j.keyed.marks].join("\0")) } : k;
}
function batchCandidate(ctx, j, index) {
  if (j.real !== SAME.real) return;
  for (let l of j.closure.levels) {
    if (l.remote.length || l.missing.length || NOT_BATCHED_FIELDS.some((k) => l.value[k] !== void 0)) return;
    let outside2 = (f) => !j.flux && relative6(l.dir, f).startsWith("..");
    if (l.resourceFiles.some(outside2) || l.dataFiles.some(outside2) || l.patches.some((p) => p.file && outside2(p.file))) return;
    for (let ch of l.children) if (!levelOf(ctx, ch.dir)) return;
  }
  let ids2 = /* @__PURE__ */ new Set(), names = /* @__PURE__ */ new Set(), weight = 0, texts = [];
  for (let f of j.closure.files) {
    let p = parsedFile(ctx, f);
    if (!p || (weight += p.source.text.length, weight > BATCH_MAX_ROOT_BYTES)) return;
    if (texts.push(p.source.text), j.closure.ownerOf.has(f))
      for (let o of p.objects)
        ids2.add(`${o.kind}/${o.name}`), names.add(o.name);
  }
  let renames = j.closure.levels.some((l) => RENAMING_FIELDS.some((k) => l.value[k] !== void 0));
  for (let l of j.closure.levels)
    for (let [field, kind] of [["configMapGenerator", "ConfigMap"], ["secretGenerator", "Secret"]])
      for (let g of Array.isArray(l.value[field]) ? l.value[field] : []) {
        let name = isRecord(g) && typeof g.name == "string" ? g.name : void 0;
        if (name === void 0) return;
        ids2.add(`${kind}/${name}`), names.add(name);
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
    ids: ids2,
    weight,
    texts: patchTexts.every((t) => t !== void 0) ? [...texts, ...patchTexts, ...fluxLevels.map((v) => stringsIn(v, []).join(`
`))] : void 0,
    scalars: scalarsOfRoot,
    ...renames ? { renames: [...names].filter((n) => n !== "") } : {}
  };
}
function stringsIn(v, out) {
  if (Array.isArray(v)) for (let x of v) stringsIn(x, out);
  else if (isRecord(v))
    for (let [k, x] of Object.entries(v))
      out.push(k), stringsIn(x, out);
  else v != null && out.push(String(v));
  return out;
}
function renderJobs(ctx, tmp, jobs) {
  let out = new Array(jobs.length), batching = ctx.settings.batch ?? process.env.LEASTPRIV_RENDER_BATCH !== "0", candidates = [], alone = [], cache2 = ctx.settings.cache, cacheKey = (j2) => `${j2.flux ? "flux" : "kustomize"}\0${j2.name}`, copy = (r2) => ({ stdout: r2.stdout, ...r2.rendered ? { rendered: r2.rendered.map((o) => ({ ...o, value: structuredClone(o.value) })) } : {}, ...r2.batch ? { batch: r2.batch } : {} }), fromDisk = (j2) => !j2.edited, keepable = (j2) => fromDisk(j2) && !j2.keyed?.marks.some((m) => m.startsWith("omit:")), j = (i) => jobs[i], store = ctx.settings.store, storeKeys = /* @__PURE__ */ new Map();
  jobs.forEach((j2, i) => {
    let kept2 = cache2 && keepable(j2) ? cache2.get(cacheKey(j2)) : void 0;
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
    let dir = join6(tmp, `batch-${nBatches++}`), refs = members.map((m) => rel(dir, m.dir));
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
  }, void 0, ctx.settings.timeoutMs), store) {
    for (let [i, key] of storeKeys) {
      let r2 = out[i];
      r2 && (r2.ok ? store.put(key, { ok: !0, stdout: r2.stdout }) : !r2.ok && r2.exitCode !== void 0 && !r2.killed && !r2.missing ? store.put(key, { ok: !1, stderr: placed(r2.stderr, j(i).wrapperDir, tmp) }) : store.transient++);
    }
    store.done();
  }
  return cache2 && jobs.forEach((j2, i) => {
    let r2 = out[i];
    r2?.ok && keepable(j2) && !cache2.has(cacheKey(j2)) && cache2.set(cacheKey(j2), copy({ stdout: r2.stdout, ...r2.rendered ? { rendered: r2.rendered } : {}, ...r2.batch ? { batch: r2.batch } : {} }));
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
  for (let r2 of rendered) {
    let meta = isRecord(r2.value.metadata) ? r2.value.metadata : {}, origin = parseOrigin(isRecord(meta.annotations) ? meta.annotations[ORIGIN_ANNOTATION] : void 0);
    if (!origin || typeof origin.repo == "string") return;
    if (typeof origin.path != "string") {
      let by = isRecord(origin.configuredBy) ? origin.configuredBy.kind : void 0, n2 = typeof origin.configuredIn == "string" ? owner.get(resolve11(dir, origin.configuredIn)) : void 0, m = n2 === void 0 ? void 0 : members[n2];
      if (!m?.renames || !(by === "ConfigMapGenerator" && r2.kind === "ConfigMap" || by === "SecretGenerator" && r2.kind === "Secret") || !m.renames.some((g) => m.ids.has(`${r2.kind}/${g}`) && r2.name.includes(g))) return;
      out[n2].push(r2);
      continue;
    }
    let file = resolve11(dir, origin.path), n = owner.get(file);
    if (n === void 0) return;
    let renames = members[n].renames !== void 0, written = (o) => o.kind === r2.kind && (o.name === r2.name || r2.kind === "Namespace" || renames && r2.name.includes(o.name));
    if (!parsedFile(ctx, file)?.objects.some(written)) return;
    out[n].push(r2);
  }
  return out;
}

// src/render/index.ts
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
      renderJobs(ctx, tmp, plain).forEach((r2, n) => results[again[n]] = r2);
    }
    jobs.forEach((j, i) => {
      let res = results[i], root = { name: j.name, at: j.at, objects: [], notes: j.notes, ms: res.ms, ...res.batch ? { batch: res.batch } : {}, ...j.plain ? { stubbed: !0 } : {} };
      for (let f of j.closure.patchFiles) plan.members.add(ctx.show(f));
      if (!res.ok) {
        root.error = res.missing ? `${settings.command} is not installed (needed to render kustomizations; --no-render audits files as written)` : res.killed ? `kustomize did not finish in ${Math.round((settings.timeoutMs ?? RENDER_TIMEOUT_MS) / 1e3)} s and was stopped (kustomize builds a base once for each way a root includes it: bases shared through many levels multiply its work)` : cleanError(res.stderr, j.wrapperDir, tmp, cwd, j.real);
        let entry2 = res.missing ? void 0 : j.flux ? failingFluxEntry(j.top, root.error, cwd) : failingEntry(j.top, root.error, cwd);
        entry2 && (root.errorAt = entry2), res.missing || (root.error = withoutWrapper(root.error)), /must specify --enable-helm/.test(root.error) && (root.error += " (leastpriv runs kustomize without Helm: audit `kustomize build --enable-helm <folder>` through stdin, `leastpriv audit -`)");
        let v = j.flux ? void 0 : j.top.value;
        typeof v?.apiVersion == "string" && v.apiVersion.startsWith(`${FLUX_KUSTOMIZE_GROUP}/`) && (root.error += ` (${j.top.source.path} is a Flux Kustomization, not a kustomization: Flux fails on this folder too; give the file another name)`), plan.roots.push(root);
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
  return times && appendFileSync(times, plan.roots.map((r2) => `${JSON.stringify({ root: r2.name, ms: r2.ms ?? 0, objects: r2.objects.length, failed: r2.error !== void 0, ...r2.batch ? { batch: r2.batch } : {}, ...r2.stubbed ? { stubbed: !0 } : {} })}
`).join("")), plan;
}
var kept, Scratch = class {
  #dir;
  get dir() {
    return this.#dir ??= realpathSync3(mkdtempSync(join7(tmpdir(), "leastpriv-render-")));
  }
  remove() {
    this.#dir !== void 0 && rmSync2(this.#dir, { recursive: !0, force: !0 }), this.#dir = void 0;
  }
}, planId = (files, cwd, settings) => JSON.stringify([files, cwd, settings.command, settings.limits, [...settings.omit ?? []].sort()]);
function dropKeptPlan() {
  kept?.scratch.remove(), kept = void 0;
}
function kustomizeIncluded(ctx, candidates) {
  let includers = /* @__PURE__ */ new Map(), visited = /* @__PURE__ */ new Set(), walk4 = (l) => {
    if (!visited.has(l)) {
      visited.add(l);
      for (let ch of l.children) {
        let child = levelOf(ctx, ch.dir);
        if (!child) continue;
        let s = includers.get(child);
        s || includers.set(child, s = /* @__PURE__ */ new Set()), s.add(l), walk4(child);
      }
    }
  };
  candidates.forEach(walk4);
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
    cycleRoots.some((r2) => inCycle.has(r2)) ? included.add(l) : cycleRoots.push(l);
  }
  return included;
}
function planJobs(files, cwd, settings, scratch) {
  let ctx = { cwd, settings, levels: /* @__PURE__ */ new Map(), parsed: /* @__PURE__ */ new Map(), show: (abs2) => displayPath(abs2, cwd), stubs: /* @__PURE__ */ new Map() }, plan = { members: /* @__PURE__ */ new Set(), parsed: ctx.parsed, roots: [], skipped: [] }, abs = (f) => resolve12(cwd, f), omit = settings.omit;
  omit?.size && (files = files.filter((f) => !omit.has(f)));
  let candidates = [];
  for (let f of files) {
    if (f === "-" || !KUSTOMIZATION_FILES.includes(basename3(f))) continue;
    let l = levelOf(ctx, dirname7(abs(f)));
    l && !candidates.includes(l) && candidates.push(l);
  }
  let included = kustomizeIncluded(ctx, candidates), fluxObjects = [], gitRepos = [], notObjects = /* @__PURE__ */ new Set();
  for (let l of ctx.levels.values())
    if (l) {
      for (let pf of l.patches) pf.file && notObjects.add(pf.file);
      for (let d of l.dataFiles) notObjects.add(d);
    }
  for (let f of files) {
    if (f === "-" || notObjects.has(abs(f))) continue;
    let text = settings.overrides?.get(f) ?? readRegularText(abs(f), settings.limits.maxFileSize);
    if (text === void 0 || !text.includes(FLUX_KUSTOMIZE_GROUP) && !text.includes("source.toolkit.fluxcd.io")) continue;
    let p = parsedFile(ctx, abs(f));
    for (let o of p?.objects ?? [])
      o.kind === "GitRepository" && o.apiVersion.startsWith("source.toolkit.fluxcd.io/") ? gitRepos.push(o) : fluxObjects.push(o);
  }
  let flux = fluxRoots(fluxObjects, gitRepos, (o) => abs(o.file.path)), fluxName = (o) => `Kustomization ${o.namespace ? `${o.namespace}/` : ""}${o.name}`, fluxNames = /* @__PURE__ */ new Map();
  for (let o of [...flux.skipped.map((s) => s.object), ...flux.roots.map((r2) => r2.object)]) fluxNames.set(fluxName(o), (fluxNames.get(fluxName(o)) ?? 0) + 1);
  let fluxLabel = (o) => fluxNames.get(fluxName(o)) > 1 ? `${fluxName(o)} (${ctx.show(abs(o.file.path))})` : fluxName(o);
  for (let s of flux.skipped)
    plan.skipped.push({ at: s.object, reason: s.reason }), plan.roots.push({ name: fluxLabel(s.object), at: s.object, objects: [], notes: [{ text: s.reason, path: s.path }] });
  for (let r2 of flux.roots) {
    let l = levelOf(ctx, r2.dir);
    l && included.add(l);
    for (let g of r2.generated ?? []) {
      let gl = levelOf(ctx, g);
      gl && included.add(gl);
    }
  }
  for (let l of candidates) if (l.isComponent) for (let p of l.patches) p.file && plan.members.add(ctx.show(p.file));
  let jobs = [];
  for (let l of candidates) {
    if (included.has(l) || l.isComponent) continue;
    let i = jobs.length, c = closure(ctx, l), make = (stub, tag) => {
      let tmp = scratch.dir, wdir = join7(tmp, `root-${tag}`), m = mirrorFor(ctx, wdir, c, void 0, stub ? stubsFor(ctx, c) : /* @__PURE__ */ new Map()), body = (m2) => ({ resources: [rel(wdir, m2.place(l.dir))] }), wrapperDir = wrapperFor(tmp, wdir, body(m));
      return { name: ctx.show(l.dir), at: l.anchor, top: l, closure: c, notes: [], wrapperDir, job: { command: settings.command, args: kustomizeArgs(settings.command, wrapperDir, !1) }, real: m.real, edited: m.edited, ...keyedBy(ctx, tmp, tag, m, body, !1), ...m.stubbed ? { plain: make(!1, `${tag}-plain`) } : {} };
    };
    jobs.push(make(!0, String(i)));
  }
  for (let r2 of flux.roots) jobs.push(fluxJob(ctx, scratch.dir, jobs.length, r2, fluxLabel(r2.object)));
  return { ctx, plan, jobs };
}
function fluxJob(ctx, tmp, i, r2, name) {
  let spec = r2.level.value, inner = levelOf(ctx, r2.dir), merged = inner && !inner.isComponent && inner.anchor.rootPath.length === 0 ? fluxMergedKustomization(inner.value, spec) : void 0, rewritten = new Map(merged && inner ? [[resolve12(ctx.cwd, inner.source.path), JSON.stringify(merged, null, 1)]] : []), generatedFiles = (r2.generated ?? []).filter((g) => !kustomizationFileIn(g));
  if (inner) r2.level.children.unshift({ dir: r2.dir, field: "resources", index: 0 });
  else for (let g of r2.generated ?? []) kustomizationFileIn(g) && r2.level.children.push({ dir: g, field: "resources", index: 0 });
  let c = closure(ctx, r2.level, generatedFiles), o = r2.object, links = linksNamed(c, r2.gitTop ?? r2.dir);
  links.length && r2.notes.push({ text: `${FLUX_DROPS_LINKS}; this root names ${links.map((l) => ctx.show(l)).join(", ")}, a symbolic link: rendered without it, as Flux builds`, path: typeof spec.path == "string" ? ["spec", "path"] : ["spec"] });
  let make = (stub, tag) => {
    let wdir = join7(tmp, `root-${tag}`), m = mirrorFor(ctx, wdir, c, r2.dir, stub ? stubsFor(ctx, c) : /* @__PURE__ */ new Map(), rewritten, links.length > 0), body = (m2) => {
      let out = { resources: r2.generated ? r2.generated.map((g) => rel(wdir, m2.place(g))) : [rel(wdir, m2.place(r2.dir))] };
      if (!m2.rewritten) {
        for (let k of ["namePrefix", "nameSuffix", "images", "patches"]) spec[k] !== void 0 && (out[k] = spec[k]);
        typeof spec.targetNamespace == "string" && (out.namespace = spec.targetNamespace), Array.isArray(spec.components) && (out.components = spec.components.filter((x) => typeof x == "string").map((x) => rel(wdir, m2.place(resolve12(r2.dir, x)))));
      }
      let common = commonMetadataPatch(spec.commonMetadata);
      return common && (out.patches = [...Array.isArray(out.patches) ? out.patches : [], common]), out;
    }, wrapperDir = wrapperFor(tmp, wdir, body(m));
    return { name, flux: !0, ...r2.vars ? { vars: r2.vars } : {}, at: o, top: r2.level, closure: c, notes: r2.notes, wrapperDir, job: { command: ctx.settings.command, args: kustomizeArgs(ctx.settings.command, wrapperDir, !0) }, real: m.real, edited: m.edited, rewritten: m.rewritten, ...keyedBy(ctx, tmp, tag, m, body, !0), ...m.stubbed ? { plain: make(!1, `${tag}-plain`) } : {} };
  }, job = make(!0, String(i));
  for (let k of ["namePrefix", "nameSuffix"])
    !job.rewritten && typeof spec[k] == "string" && spec[k] && typeof inner?.value[k] == "string" && inner.value[k] && r2.notes.push({ text: `spec.${k} replaces the ${k} of ${inner.source.path} when Flux builds; here both are applied, so rendered names carry both`, path: ["spec", k] });
  return job;
}
function linksNamed(c, top) {
  let out = /* @__PURE__ */ new Set();
  for (let l of c.levels) {
    let named = [...l.children.map((ch) => ch.dir), ...l.resourceFiles, ...l.patches.flatMap((p) => p.file ? [p.file] : []), ...l.dataFiles];
    for (let abs of named) for (let link of linksOnTheWay(top, abs)) out.add(link);
  }
  return [...out].sort();
}
function commonMetadataPatch(common) {
  if (!isRecord(common)) return;
  let metadata = { name: "flux-common-metadata" };
  for (let k of ["labels", "annotations"]) isRecord(common[k]) && Object.keys(common[k]).length && (metadata[k] = common[k]);
  if (Object.keys(metadata).length !== 1)
    return { target: { name: ".*" }, patch: JSON.stringify({ apiVersion: "v1", kind: "CommonMetadata", metadata }) };
}
function keyedBy(ctx, tmp, tag, m, body, flux) {
  let marks = [...m.stubbed ? ["crd-stubs"] : [], ...m.rewritten ? ["flux-merged"] : [], ...m.noLinks ? ["flux-no-links"] : [], ...m.omitted.map((f) => `omit:${f}`)];
  if (!marks.length || m.edited) return {};
  let dir = wrapperFor(tmp, join7(tmp, `root-${tag}-key`), body(SAME));
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

// src/engine/bundles.ts
import { dirname as dirname8 } from "node:path";
var FLUX_KUSTOMIZE = "kustomize.toolkit.fluxcd.io/", isFluxKustomizationObject = (o) => o.kind === "Kustomization" && o.apiVersion.startsWith(FLUX_KUSTOMIZE), originKey = (o) => `${o.file.path}\0${o.documentIndex}\0${o.rootPath.join(".")}`;
function bundlesOf(roots) {
  let parent = new Map(roots.map((r2) => [r2.name, r2.name])), find = (n) => {
    let p = parent.get(n) ?? n;
    for (; p !== (parent.get(p) ?? p); ) p = parent.get(p);
    return parent.set(n, p), p;
  }, union = (a, b) => {
    let [x, y] = [find(a), find(b)];
    x !== y && parent.set(y < x ? x : y, y < x ? y : x);
  }, byAt = /* @__PURE__ */ new Map();
  for (let r2 of roots) isFluxKustomizationObject(r2.at) && byAt.set(originKey(r2.at), r2.name);
  let rendered = /* @__PURE__ */ new Set();
  for (let r2 of roots)
    for (let f of r2.flux) {
      let child = byAt.get(originKey(f));
      child === void 0 || child === r2.name || (rendered.add(child), union(r2.name, child));
    }
  let byFolder = /* @__PURE__ */ new Map();
  for (let r2 of roots) {
    if (!isFluxKustomizationObject(r2.at) || rendered.has(r2.name)) continue;
    let folder = dirname8(r2.at.file.path), first = byFolder.get(folder);
    first === void 0 ? byFolder.set(folder, r2.name) : union(first, r2.name);
  }
  return new Map(roots.map((r2) => [r2.name, find(r2.name)]));
}
var LOOSE = "";
function scopesOf(kept2, roots, whole) {
  let scopeOf = scopeOfIn(roots), members = /* @__PURE__ */ new Map();
  for (let o of kept2) {
    let s = scopeOf(o), l = members.get(s);
    l ? l.push(o) : members.set(s, [o]);
  }
  if (members.size <= 1) return;
  let loose = members.get(LOOSE) ?? [], models = /* @__PURE__ */ new Map();
  loose.length && models.set(LOOSE, whole);
  for (let [s, objs] of members) s !== LOOSE && models.set(s, buildModel(loose.length ? [...objs, ...loose] : objs));
  return { models, scopeOf, together: togetherIn(scopeOf) };
}
function scopeOfIn(roots) {
  let bundle = bundlesOf(roots);
  return (o) => o.render ? bundle.get(o.render.root) ?? o.render.root : LOOSE;
}
function togetherIn(scopeOf) {
  return (a, b) => {
    let [x, y] = [scopeOf(a), scopeOf(b)];
    return x === LOOSE || y === LOOSE || x === y;
  };
}

// src/engine/load.ts
function discoverInputs(input, config, trace2) {
  return stdinStandsFor(discover(input.paths ?? [], discoverOptions(input, config), trace2), input);
}
function stdinStandsFor(found, input) {
  let name = input.stdinName;
  if (name === void 0 || name === "-" || !found.files.includes("-")) return found;
  let cwd = input.cwd ?? process.cwd(), targets = /* @__PURE__ */ new Set([resolve13(cwd, name), resolve13(cwd, namedPath(resolve13(cwd, name), cwd))]), files = found.files.filter((f) => f === "-" || !targets.has(resolve13(cwd, f)));
  return files.length === found.files.length ? found : { ...found, files, stdinFor: found.files.find((f) => f !== "-" && targets.has(resolve13(cwd, f))) };
}
function renderInputs(found, input, stdin) {
  let name = found.stdinFor;
  if (name === void 0) return { files: found.files, overrides: input.overrides, omit: input.omit };
  let files = found.files.map((f) => f === "-" ? name : f), omit = input.omit?.has("-") ? /* @__PURE__ */ new Set([...input.omit, name]) : input.omit, overrides = stdin !== void 0 ? new Map([...input.overrides ?? [], [name, stdin]]) : input.overrides;
  return { files, overrides, omit };
}
function discoverOptions(input, config) {
  let cwd = input.cwd ?? process.cwd(), excludes = [...config.exclude.map((p) => ({ base: config.file ? dirname9(config.file) : cwd, pattern: p })), ...(input.exclude ?? []).map((p) => ({ base: cwd, pattern: p }))];
  return { cwd, exclude: excludes, gitignore: config.gitignore };
}
var SHAPE_CHECKED = /* @__PURE__ */ new WeakMap(), LAYER_KEY = /* @__PURE__ */ new WeakMap();
function eachFile(input, config, visit2) {
  let cwd = input.cwd ?? process.cwd(), files = [], plan, stdinRead;
  if (input.paths?.length) {
    let found = input.discovered ?? discoverInputs(input, config);
    files.push(...found.files);
    for (let p of found.problems) {
      let skipped = { file: p.file, reason: p.reason };
      visit2({ read: !1, skipped, diagnostic: { code: p.code ?? "input-not-auditable", file: p.file, message: p.reason, range: [0, 1] } });
    }
    if (input.render ?? config.render) {
      found.stdinFor !== void 0 && !input.omit?.has("-") && !input.overrides?.has(found.stdinFor) && (stdinRead = readInput("-", cwd, config.limits.maxFileSize, input.readStdin, found.stdinFor));
      let r2 = renderInputs(found, input, stdinRead && !("diagnostic" in stdinRead) ? stdinRead.source.text : void 0);
      plan = renderRoots(r2.files, cwd, { command: input.kustomizeCommand ?? config.kustomizeCommand, limits: config.limits, ...r2.overrides?.size ? { overrides: r2.overrides } : {}, ...r2.omit?.size ? { omit: r2.omit } : {}, ...input.renderCache ? { cache: input.renderCache } : {}, ...input.cache?.renders ? { store: input.cache.renders } : {} });
    }
  }
  let check3 = (objects) => {
    let errors = /* @__PURE__ */ new Map();
    for (let o of objects) {
      let errs = shapeErrors(o);
      errs.length !== 0 && (errors.set(o, errs), dropFields(o.value, errs.map((e) => e.path)) ? markDropped(o, errs.map((e) => e.path)) : o.invalid = !0);
    }
    return errors;
  }, parsed = (source, p) => {
    let member = plan?.members.has(source.path) ?? !1;
    visit2({ read: !0, source, parsed: p, shapeErrors: member ? /* @__PURE__ */ new Map() : checkedOnce(p), ...member ? { member } : {} });
  }, checkedOnce = (p) => {
    let errors = SHAPE_CHECKED.get(p);
    return errors || SHAPE_CHECKED.set(p, errors = check3(p.objects)), errors;
  };
  for (let s of input.sources ?? []) {
    let src = newSource(s.path, s.text);
    parsed(src, parseSource(src, config.limits));
  }
  let charts = /* @__PURE__ */ new Map();
  for (let f of files) {
    if (input.omit?.has(f)) continue;
    let shownAs = f === "-" ? input.stdinName ?? "-" : f, override = input.overrides?.get(shownAs), prefetched = f === "-" || override !== void 0 ? void 0 : input.readBytes?.(f), r2 = override !== void 0 ? { source: newSource(shownAs, override) } : f === "-" && stdinRead ? stdinRead : prefetched ? decode(shownAs, prefetched, config.limits.maxFileSize) : readInput(f, cwd, config.limits.maxFileSize, input.readStdin, shownAs);
    if ("diagnostic" in r2) {
      let partial2 = r2.text !== void 0 ? newSource(shownAs, r2.text) : void 0;
      visit2({ read: !1, skipped: { file: shownAs, reason: r2.diagnostic.message }, diagnostic: r2.diagnostic, ...partial2 ? { source: partial2 } : {} });
      continue;
    }
    let early = plan?.parsed.get(r2.source.path);
    if (early && early.source.text === r2.source.text) {
      parsed(early.source, early);
      continue;
    }
    let cached = input.parseCache?.get(r2.source.path);
    if (cached && cached.source.text === r2.source.text) {
      parsed(cached.source, cached);
      continue;
    }
    let chart = f === "-" ? void 0 : helmChartOf(resolve13(cwd, f), charts), chartShown = chart === void 0 ? void 0 : displayPath(chart, cwd), key = (f !== "-" && !plan ? input.cache?.parsed : void 0)?.keyOf(r2.source, chartShown, config.limits), text = r2.source.text, p = parseSource(r2.source, config.limits, chartShown);
    input.parseCache?.set(r2.source.path, p), key !== void 0 && r2.source.text === text && LAYER_KEY.set(p, key), parsed(r2.source, p);
  }
  for (let root of plan?.roots ?? []) visit2({ read: "root", root, shapeErrors: check3(root.objects) });
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

// src/pss/report.ts
function pssReport(objects, findings, objectOf, active, profile2, kubeVersion) {
  if (active.length === 0) return;
  let version = effectiveVersion(kubeVersion), failed = /* @__PURE__ */ new Set();
  for (let f of findings) {
    if (f.suppressed || !f.data?.control || f.data.pod === void 0) continue;
    let o = objectOf(f);
    if (o)
      for (let pod of f.data.pod.split(",")) failed.add(`${f.data.control}\0${pod}\0${objectKey2(o)}`);
  }
  let pods = [];
  for (let o of objects)
    for (let pod of podSpecs(o)) {
      let path = pod.path.join("."), controls = {};
      for (let a of active)
        controls[a.control] = applicability(a.control, a.level, version).applies ? failed.has(`${a.control}\0${path}\0${objectKey2(o)}`) ? "fail" : "pass" : "not-applicable";
      pods.push({
        file: o.file.path,
        object: { apiVersion: o.apiVersion, kind: o.kind, name: o.name, ...o.namespace ? { namespace: o.namespace } : {}, documentIndex: o.documentIndex },
        path,
        inferred: !!pod.inferred,
        allowed: !Object.values(controls).includes("fail"),
        controls
      });
    }
  return { profile: profile2, kubeVersion, policyVersion: formatVersion(version), pods };
}
var ids = /* @__PURE__ */ new WeakMap(), next = 0;
function objectKey2(o) {
  let id = ids.get(o);
  return id === void 0 && ids.set(o, id = next++), id;
}

// src/fix/yaml-edit.ts
var INDENT_STEP = "  ";
function parseDocs2(text) {
  let hit = recent.findIndex((r2) => r2.text === text);
  if (hit !== -1) return recent[hit].docs;
  let { parseAllDocuments } = yamlLib(), parsed = parseAllDocuments(text, { prettyErrors: !1, uniqueKeys: !1 }), docs = Array.isArray(parsed) ? parsed : [];
  return recent.unshift({ text, docs }), recent.length > RECENT && recent.pop(), docs;
}
var RECENT = 4, recent = [], eolOf = (text) => /\r\n/.test(text) ? `\r
` : `
`;
function lineStart2(text, offset) {
  return text.lastIndexOf(`
`, offset - 1) + 1;
}
function lineEnd2(text, offset) {
  let e = text.indexOf(`
`, offset);
  return e === -1 && (e = text.length), e > 0 && text[e - 1] === "\r" && e--, e;
}
function contentEnd(text, end) {
  let e = end;
  for (; e > 0 && /[\s]/.test(text[e - 1]); ) e--;
  return e;
}
function renderScalar(v, style) {
  if (v == null) return "null";
  if (typeof v == "boolean" || typeof v == "number") return String(v);
  let s = String(v);
  if (style === "QUOTE_DOUBLE") return JSON.stringify(s);
  if (style === "QUOTE_SINGLE") return `'${s.replace(/'/g, "''")}'`;
  let out = yamlLib().stringify(s, { lineWidth: 0 }).trimEnd();
  return out.includes(`
`) ? JSON.stringify(s) : out;
}
var isRecord3 = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
function renderFlow(v, style) {
  return Array.isArray(v) ? `[${v.map((x) => renderFlow(x, style)).join(", ")}]` : isRecord3(v) ? `{${Object.entries(v).map(([k, x]) => `${renderScalar(k)}: ${renderFlow(x, style)}`).join(", ")}}` : renderScalar(v, style);
}
var withComment = (line, comment) => comment ? `${line}  # ${comment}` : line;
function renderBlockPair(key, v, indent, eol, comment) {
  if (isRecord3(v) && Object.keys(v).length) {
    let child = indent + INDENT_STEP;
    return withComment(`${renderScalar(key)}:`, comment) + Object.entries(v).map(([k, x]) => eol + child + renderBlockPair(k, x, child, eol)).join("");
  }
  return withComment(`${renderScalar(key)}: ${renderFlow(v)}`, comment);
}
function renderBlockItem(v, indent, eol, style, comment) {
  if (isRecord3(v) && Object.keys(v).length) {
    let child = indent + INDENT_STEP;
    return "- " + Object.entries(v).map(([k, x], i) => (i ? eol + child : "") + renderBlockPair(k, x, child, eol, i === 0 ? comment : void 0)).join("");
  }
  return withComment(`- ${renderFlow(v, style)}`, comment);
}
function walk3(doc, path) {
  let { isMap, isSeq, isScalar, isAlias } = yamlLib(), node = doc.contents, pair2;
  for (let i = 0; i < path.length; i++) {
    let seg = path[i];
    if (isAlias(node)) return { refused: "the path goes through an alias" };
    if (isMap(node)) {
      if (node.items.some((p) => isScalar(p.key) && p.key.source === "<<")) return { refused: "the mapping uses a merge key" };
      let found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!found) return { node, ...pair2 ? { pair: pair2 } : {}, rest: path.slice(i) };
      if (pair2 = found, node = found.value, node == null) return { node: null, pair: pair2, rest: path.slice(i + 1) };
    } else if (isSeq(node) && typeof seg == "number") {
      if (seg >= node.items.length) return { node, rest: path.slice(i) };
      pair2 = void 0, node = node.items[seg];
    } else return isScalar(node) && (node.value === null || node.value === void 0) ? { node, ...pair2 ? { pair: pair2 } : {}, rest: path.slice(i) } : { refused: `no mapping at ${path.slice(0, i).join(".") || "the document root"}` };
  }
  return { node, ...pair2 ? { pair: pair2 } : {}, rest: [] };
}
function nest(rest, value) {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) v = { [String(rest[i])]: v };
  return v;
}
var splice = (text, start, end, insert) => text.slice(0, start) + insert + text.slice(end);
function insertIntoMap(text, map, rest, value, comment) {
  let { isScalar } = yamlLib();
  if (typeof rest[0] != "string") return { refused: "cannot create a list item by path" };
  if (rest.slice(1).some((s) => typeof s != "string")) return { refused: "cannot create a list item by path" };
  let key = rest[0], v = nest(rest.slice(1), value), range = map.range;
  if (!range) return { refused: "the mapping has no source position" };
  if (map.flow) {
    let last2 = map.items[map.items.length - 1], pairText = `${renderScalar(key)}: ${renderFlow(v)}`;
    if (!last2) {
      let open = text.indexOf("{", range[0]);
      return open === -1 || open >= range[1] ? { refused: "no `{` found" } : { text: splice(text, open + 1, open + 1, pairText) };
    }
    let end2 = (last2.value?.range ?? last2.key.range)?.[1];
    if (end2 === void 0) return { refused: "no source position" };
    let at3 = contentEnd(text, end2);
    return { text: splice(text, at3, at3, `, ${pairText}`) };
  }
  let first = map.items[0], last = map.items[map.items.length - 1];
  if (!first || !last || !isScalar(first.key) || !first.key.range) return { refused: "an empty block mapping" };
  let keyStart = first.key.range[0], indent = text.slice(lineStart2(text, keyStart), keyStart), pad = " ".repeat(indent.length), end = (last.value?.range ?? last.key.range)[1], at2 = lineEnd2(text, contentEnd(text, end)), eol = eolOf(text);
  return { text: splice(text, at2, at2, eol + pad + renderBlockPair(key, v, pad, eol, comment)) };
}
function fillEmptyValue(text, pair2, node, rest, value, comment) {
  if (rest.some((s) => typeof s != "string")) return { refused: "cannot create a list item by path" };
  let keyRange = pair2.key?.range;
  if (!keyRange) return { refused: "no source position" };
  let eol = eolOf(text), ls = lineStart2(text, keyRange[0]), keyIndent = keyRange[0] - ls, pad = " ".repeat(keyIndent + INDENT_STEP.length), v = nest(rest.slice(1), value), scalar = node, block = eol + pad + renderBlockPair(String(rest[0]), v, pad, eol, comment);
  if (scalar && scalar.range && scalar.source !== void 0 && scalar.source !== "") {
    let r2 = scalar.range;
    return { text: splice(text, r2[0] - 1 >= 0 && text[r2[0] - 1] === " " ? r2[0] - 1 : r2[0], r2[1], block) };
  }
  let at2 = lineEnd2(text, keyRange[1]);
  return { text: splice(text, at2, at2, block) };
}
function appendToSeq(text, seq, value, comment) {
  let { isScalar } = yamlLib(), range = seq.range;
  if (!range) return { refused: "no source position" };
  let last = seq.items[seq.items.length - 1], style = isScalar(last) ? last.type : void 0;
  if (seq.flow) {
    if (!last) {
      let open = text.indexOf("[", range[0]);
      return open === -1 || open >= range[1] ? { refused: "no `[` found" } : { text: splice(text, open + 1, open + 1, renderFlow(value, style)) };
    }
    if (!last.range) return { refused: "no source position" };
    let at3 = contentEnd(text, last.range[1]);
    return { text: splice(text, at3, at3, `, ${renderFlow(value, style)}`) };
  }
  if (!last?.range) return { refused: "an empty block sequence" };
  let indent = " ".repeat(range[0] - lineStart2(text, range[0])), at2 = lineEnd2(text, contentEnd(text, last.range[1])), eol = eolOf(text);
  return { text: splice(text, at2, at2, eol + indent + renderBlockItem(value, indent, eol, style, comment)) };
}
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function applyEdit(text, docIndex, op) {
  let { isMap, isSeq, isScalar } = yamlLib(), doc = parseDocs2(text)[docIndex];
  if (!doc) return { refused: `no document ${docIndex}` };
  if (doc.errors.length) return { refused: "the document does not parse" };
  let w = walk3(doc, op.path);
  if ("refused" in w) return w;
  let append = "append" in op, value = append ? op.append : op.set;
  if (w.rest.length === 0) {
    let node = w.node;
    if (append)
      return isSeq(node) ? node.toJSON().some((x) => deepEqual(x, value)) ? { text } : appendToSeq(text, node, value, op.comment) : node === null || isScalar(node) && node.value === null ? w.pair ? replaceValue(text, w.pair, node, [value]) : { refused: "no key to hold the list" } : { refused: "the value is not a list" };
    if (isScalar(node) && node.value !== null && typeof value != "object") {
      if (node.value === value) return { text };
      let r2 = node.range;
      return { text: splice(text, r2[0], r2[1], renderScalar(value, node.type)) };
    }
    if (node === null || isScalar(node) && node.value === null)
      return w.pair ? replaceValue(text, w.pair, node, value) : { refused: "no key to hold the value" };
    if ((isMap(node) || isSeq(node)) && deepEqual(node.toJSON(), value)) return { text };
    if ((isMap(node) || isSeq(node)) && node.flow && node.range) {
      let style = isSeq(node) && isScalar(node.items[0]) ? node.items[0].type : void 0, end = contentEnd(text, node.range[1]), tail = text.slice(end, lineEnd2(text, end)).trim(), note = op.comment && (tail === "" || tail.startsWith("#")) ? `  # ${op.comment}` : "";
      return { text: splice(text, node.range[0], end, renderFlow(value, style) + note) };
    }
    return isSeq(node) && Array.isArray(value) && value.length && node.range ? replaceBlockSeq(text, node, value, op.comment) : { refused: "a block collection is not replaced wholesale" };
  }
  let v = append ? [value] : value;
  return isMap(w.node) ? insertIntoMap(text, w.node, w.rest, v, op.comment) : (w.node === null || isScalar(w.node) && w.node.value === null) && w.pair ? fillEmptyValue(text, w.pair, w.node, w.rest, v, op.comment) : { refused: `cannot add ${w.rest.join(".")} here` };
}
function replaceBlockSeq(text, seq, value, comment) {
  let { isScalar } = yamlLib(), first = seq.items[0], last = seq.items[seq.items.length - 1];
  if (!first?.range || !last?.range || !seq.items.every((x) => isScalar(x))) return { refused: "only a list of scalars is replaced" };
  if (value.some((v) => v !== null && typeof v == "object")) return { refused: "only a list of scalars is written" };
  let start = lineStart2(text, first.range[0]), dash = text.indexOf("-", start);
  if (dash === -1 || dash >= first.range[0] || text.slice(start, dash).trim() !== "") return { refused: "the list does not start its line" };
  let end = contentEnd(text, last.range[1]);
  if (text.slice(dash, end).includes("#") && seq.items.reduce((t, x) => {
    let r2 = x.range;
    return t.slice(0, r2[0] - dash) + " ".repeat(r2[1] - r2[0]) + t.slice(r2[1] - dash);
  }, text.slice(dash, end)).includes("#"))
    return { refused: "a comment among the items would be lost" };
  let indent = text.slice(start, dash), eol = eolOf(text), style = first.type, items = value.map((v, i) => (i ? indent : "") + withComment(`- ${renderScalar(v, style)}`, i === 0 ? comment : void 0)).join(eol);
  return { text: splice(text, dash, end, items) };
}
function replaceValue(text, pair2, node, value) {
  let { isScalar } = yamlLib(), rendered = renderFlow(value);
  if (isScalar(node) && node.range && node.source !== void 0 && node.source !== "") return { text: splice(text, node.range[0], node.range[1], rendered) };
  let keyRange = pair2.key?.range;
  if (!keyRange) return { refused: "no source position" };
  let colon = text.indexOf(":", keyRange[1]);
  return colon === -1 ? { refused: "no `:` after the key" } : { text: splice(text, colon + 1, colon + 1, ` ${rendered}`) };
}
function valueAt(docs, docIndex, path) {
  let v = docs[docIndex]?.toJS({ maxAliasCount: 100 });
  for (let seg of path) {
    if (v === null || typeof v != "object") return;
    v = v[seg];
  }
  return v;
}
function deletePairAt(text, keyOffset2) {
  let { isMap, isScalar, visit: visit2 } = yamlLib(), found;
  for (let doc of parseDocs2(text))
    if (visit2(doc, {
      Map(_k, map2) {
        let i = map2.items.findIndex((p) => p.key?.range?.[0] === keyOffset2);
        if (i !== -1)
          return found = { map: map2, index: i }, visit2.BREAK;
      }
    }), found) break;
  if (!found || !isMap(found.map)) return { refused: "no mapping entry starts there" };
  let { map, index } = found, pair2 = map.items[index], key = pair2.key;
  if (!isScalar(key) || !key.range) return { refused: "the key is not a plain scalar" };
  let value = pair2.value, valueEnd = value?.range ? contentEnd(text, value.range[1]) : key.range[1];
  if (map.flow) {
    let next2 = map.items[index + 1];
    if (next2) {
      let nextStart = next2.key?.range?.[0];
      return nextStart === void 0 ? { refused: "no source position" } : { text: splice(text, keyOffset2, nextStart, "") };
    }
    let prev = map.items[index - 1];
    if (!prev)
      return { text: splice(text, keyOffset2, valueEnd, "") };
    let prevEnd = (prev.value?.range ?? prev.key.range)?.[1];
    return prevEnd === void 0 ? { refused: "no source position" } : { text: splice(text, contentEnd(text, prevEnd), valueEnd, "") };
  }
  let start = lineStart2(text, keyOffset2);
  if (text.slice(start, keyOffset2).trim() !== "") return { refused: "the key is not the first thing on its line (an item of a list, or a mapping after `- `)" };
  let end = lineEnd2(text, valueEnd), tail = text.slice(valueEnd, end);
  if (tail.trim() !== "" && !/^\s+#/.test(tail) && !/^#/.test(tail.trim())) return { refused: "something else follows the value on its line" };
  let nl2 = text.indexOf(`
`, end);
  return { text: splice(text, start, nl2 === -1 ? text.length : nl2 + 1, "") };
}

// src/fix/resolve.ts
function resolveFix(fix, reported) {
  let byFile = /* @__PURE__ */ new Map();
  for (let e of fix.edits) {
    let obj = e.object ?? reported, op = "append" in e ? "append" : "set", value = "append" in e ? e.append : e.set, at2;
    if (obj.render) {
      let t = obj.render.editTarget?.(e.path);
      if (!t) return { refused: "no place to write an edit of a rendered object" };
      if ("refused" in t) return { refused: `${e.path.join(".")}: ${t.refused}` };
      let invalid = rejected(withEdit(obj.value, e.path, op, value));
      if (invalid && !rejected(obj.value)) return { refused: invalid };
      at2 = { file: t.object.file, docIndex: t.object.documentIndex, path: [...t.object.rootPath, ...t.path] };
    } else at2 = { file: obj.file, docIndex: obj.documentIndex, path: [...obj.rootPath, ...e.path] };
    let entry2 = byFile.get(at2.file.path) ?? { file: at2.file, list: [] };
    entry2.list.push({ docIndex: at2.docIndex, path: at2.path, op, value, ...e.comment ? { comment: e.comment } : {} }), byFile.set(at2.file.path, entry2);
  }
  let edits = [], files = [];
  for (let { file, list: planned } of byFile.values()) {
    if (!file.text) return { refused: `the text of ${file.path} is not available` };
    let part = documentPart(file, planned), before = part ? file.text.slice(part.start, part.end) : file.text, list = part ? planned.map((e) => ({ ...e, docIndex: 0 })) : planned, text = before;
    for (let e of list) {
      let r2 = applyEdit(text, e.docIndex, { path: e.path, ...e.comment ? { comment: e.comment } : {}, ...e.op === "append" ? { append: e.value } : { set: e.value } });
      if ("refused" in r2) return { refused: `${e.path.join(".")}: ${r2.refused}` };
      text = r2.text;
    }
    if (text === before) continue;
    let problem = check2(before, text, list);
    if (problem) return { refused: problem };
    edits.push(changedSpan(file, before, text, part?.start)), files.push(file);
  }
  return edits.length ? { fix: { description: fix.description, edits }, files } : { refused: "nothing to change" };
}
var documentParts = /* @__PURE__ */ new WeakMap();
function documentPart(file, list) {
  let di = list[0]?.docIndex;
  if (di === void 0 || list.some((e) => e.docIndex !== di)) return;
  let known = documentParts.get(file);
  if (known?.text !== file.text) {
    let text = file.text, parts;
    if (!/^%/m.test(text)) {
      let starts = parseDocs2(text).map((d, i) => i === 0 ? 0 : d.range?.[0] ?? -1);
      starts.every((s, i) => i === 0 || s > 0 && text[s - 1] === `
` && text.startsWith("---", s)) && (parts = starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : text.length })));
    }
    documentParts.set(file, known = { text, parts });
  }
  let part = known.parts?.[di];
  if (!part) return;
  let alone = parseDocs2(file.text.slice(part.start, part.end));
  return alone.length === 1 && alone[0].errors.length === 0 ? part : void 0;
}
function withEdit(value, path, op, v) {
  let root = JSON.parse(JSON.stringify(value ?? {})), cur = root;
  for (let i = 0; i < path.length - 1; i++) {
    let k = path[i];
    (cur[k] === null || typeof cur[k] != "object") && (cur[k] = {}), cur = cur[k];
  }
  let last = path[path.length - 1];
  return last === void 0 || (op === "append" ? cur[last] = [...Array.isArray(cur[last]) ? cur[last] : [], v] : cur[last] = v), root;
}
function check2(before, after, edits) {
  let was = parseDocs2(before), now = parseDocs2(after);
  if (was.length !== now.length) return "the edit would change the documents of the file";
  for (let e of edits) {
    let doc = now[e.docIndex];
    if (!doc || doc.errors.length) return "the edited document would not parse";
    let v = valueAt(now, e.docIndex, e.path);
    if (!(e.op === "set" ? deepEqual(v, e.value) : Array.isArray(v) && v.some((x) => deepEqual(x, e.value)))) return `${e.path.join(".")} would not hold the value asked for`;
    let invalid = rejected(doc.toJS({ maxAliasCount: 100 }));
    if (invalid && !rejected(was[e.docIndex]?.toJS({ maxAliasCount: 100 }))) return invalid;
  }
}
function rejected(value) {
  let found, visit2 = (v, depth) => {
    if (found || depth > 64 || v === null || typeof v != "object") return;
    if (Array.isArray(v)) return v.forEach((x) => visit2(x, depth + 1));
    let o = v, sc = o.securityContext;
    if (sc && typeof sc == "object" && sc.allowPrivilegeEscalation === !1) {
      sc.privileged === !0 && (found = "allowPrivilegeEscalation: false with privileged: true is rejected by the API server");
      let add = sc.capabilities?.add;
      Array.isArray(add) && add.includes("CAP_SYS_ADMIN") && (found = "allowPrivilegeEscalation: false with CAP_SYS_ADMIN added is rejected by the API server");
    }
    for (let x of Object.values(o)) visit2(x, depth + 1);
  };
  return visit2(value, 0), found;
}
function changedSpan(file, before, after, offset = 0) {
  let p = 0, max = Math.min(before.length, after.length);
  for (; p < max && before.charCodeAt(p) === after.charCodeAt(p); ) p++;
  let s = 0;
  for (; s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s); ) s++;
  let start = offset + p, end = offset + before.length - s, lc = file.lineCounter, a = lc.linePos(start), b = lc.linePos(end);
  return { file: file.path, range: [start, end], region: { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col } }, text: after.slice(p, after.length - s) };
}
function resolveOffers(offers, sources) {
  let keep = (files) => {
    for (let file of files) sources.get(file.path)?.text || sources.set(file.path, file);
  }, resolveSafely = (fix, object) => {
    try {
      return resolveFix(fix, object);
    } catch (e) {
      return { refused: `internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
  for (let [f, o] of offers) {
    if (o.fix) {
      let r2 = resolveSafely(o.fix, o.object);
      "fix" in r2 && (f.fix = r2.fix, keep(r2.files));
    }
    let suggestions = (o.suggestions ?? []).flatMap((s) => {
      let r2 = resolveSafely(s, o.object);
      return "fix" in r2 ? (keep(r2.files), [r2.fix]) : [];
    });
    suggestions.length && (f.suggestions = suggestions);
  }
}
function safeOffers(f) {
  try {
    return f();
  } catch {
    return {};
  }
}

// src/fix/duplicate-key.ts
function duplicateKeyOffers(source, dup, limits) {
  let line = (offset) => source.lineCounter.linePos(offset).line, before = parseSource(source, limits), objects = (p) => JSON.stringify(p.objects.map((o) => [o.documentIndex, o.rootPath, canonical(o.value)])), dupCount = (p) => p.diagnostics.filter((d) => d.duplicate).length, others = (p) => p.diagnostics.filter((d) => !d.duplicate).map((d) => `${d.code}\0${d.message}`).sort().join(`
`), attempt = (at2, description, sameObjects) => {
    let r2 = deletePairAt(source.text, at2);
    if ("refused" in r2) return;
    let after = parseSource(newSource(source.path, r2.text), limits);
    if (!(after.documents !== before.documents || after.objects.length !== before.objects.length) && !(dupCount(after) >= dupCount(before) || others(after) !== others(before)) && !(sameObjects && objects(after) !== objects(before)))
      return { description, edits: [changedSpan(source, source.text, r2.text)] };
  }, key = `\`${dup.key}\``;
  if (dup.sameValue) {
    let fix = attempt(dup.at, `Remove the repeated ${key} (line ${line(dup.at)}): it has the value of line ${line(dup.first)}`, !0);
    return fix ? { fix } : {};
  }
  let suggestions = [
    attempt(dup.first, `Remove the earlier ${key} (line ${line(dup.first)}), keeping the value kubectl applies (line ${line(dup.at)})`, !0),
    attempt(dup.at, `Remove the later ${key} (line ${line(dup.at)}), keeping the value of line ${line(dup.first)} (this changes what is applied)`, !1)
  ].filter((s) => !!s);
  return suggestions.length ? { suggestions } : {};
}
function canonical(v) {
  return Array.isArray(v) ? v.map(canonical) : v && typeof v == "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v;
}

// src/graph/build.ts
var CATEGORY_LABEL = {
  exec: "exec/attach into pods",
  secrets: "read secrets",
  escalate: "escalate/bind/impersonate",
  "nodes-proxy": "nodes/proxy (kubelet API)",
  "create-pods": "create pods or pod controllers"
}, REACHES_NODE = /* @__PURE__ */ new Set(["escalate", "nodes-proxy", "create-pods"]), WRITE4 = ["create", "update", "patch"], POD_MAKERS = [
  ["", "pods"],
  ["", "replicationcontrollers"],
  ["apps", "deployments"],
  ["apps", "replicasets"],
  ["apps", "statefulsets"],
  ["apps", "daemonsets"],
  ["batch", "jobs"],
  ["batch", "cronjobs"]
];
function categories(rule, clusterScope, stream = streamOpeningVerbs(DEFAULT_KUBE_VERSION)) {
  let out = [];
  return ["exec", "attach"].some((s) => stream.some((v) => grantsVerbOn(rule, v, "", "pods", s))) && out.push("exec"), ["get", "list", "watch"].some((v) => grantsVerbOn(rule, v, "", "secrets")) && out.push("secrets"), (grantsVerbOn(rule, "bind", "rbac.authorization.k8s.io", "clusterroles") || grantsVerbOn(rule, "bind", "rbac.authorization.k8s.io", "roles") || grantsVerbOn(rule, "escalate", "rbac.authorization.k8s.io", "roles") || grantsVerbOn(rule, "impersonate", "", "serviceaccounts") || clusterScope && (grantsVerbOn(rule, "escalate", "rbac.authorization.k8s.io", "clusterroles") || ["users", "groups"].some((r2) => grantsVerbOn(rule, "impersonate", "", r2)))) && out.push("escalate"), clusterScope && ["get", "create"].some((v) => grantsVerbOn(rule, v, "", "nodes", "proxy")) && out.push("nodes-proxy"), POD_MAKERS.some(([g, r2]) => WRITE4.some((v) => grantsVerbOn(rule, v, g, r2))) && out.push("create-pods"), out;
}
var at = (obj, path, where5) => where5(obj, path);
function namesPrincipal(focus, p) {
  let f = focus.trim();
  return f === p.name || f === principalLabel(p) || f === `${p.kind}/${p.name}` ? !0 : p.kind === "ServiceAccount" ? f === `system:serviceaccount:${p.namespace}:${p.name}` || f === `${p.namespace}/${p.name}` || f === `ServiceAccount/${p.namespace}/${p.name}` : !1;
}
function buildAccessGraph(model, justified, where5, opts = {}) {
  let rbac = model.rbac, stream = streamOpeningVerbs(opts.kubeVersion ?? DEFAULT_KUBE_VERSION), byNs = nodeAccessByNamespace(model, justified), all2 = [...byNs.values()].flat(), nodes = /* @__PURE__ */ new Map(), edges = /* @__PURE__ */ new Map(), paths = /* @__PURE__ */ new Map(), ids2 = /* @__PURE__ */ new Map(), idOf = (key) => {
    let id = ids2.get(key);
    return id || ids2.set(key, id = `n${ids2.size + 1}`), id;
  }, node = (key, make) => {
    let id = idOf(key);
    return nodes.has(id) || nodes.set(id, { id, ...make() }), id;
  }, edge = (from, to, label) => {
    let k = `${from}>${to}`;
    edges.has(k) || edges.set(k, { from, to, ...label ? { label } : {} });
  }, hostNode = () => node("node", () => ({ kind: "node", label: "the node (root on the host)" })), together = opts.together, focus = opts.focus?.trim(), focusIsSubject = focus ? rbac.principals().some((p) => namesPrincipal(focus, p)) : !1;
  for (let scope of subjectScopes(rbac)) {
    if (focus && focusIsSubject && !namesPrincipal(focus, scope.principal)) continue;
    let nsFocus = focus && !focusIsSubject ? focus : void 0;
    if (nsFocus && scope.namespace !== "" && scope.namespace !== nsFocus) continue;
    let workloadsHere = nsFocus ? byNs.get(nsFocus) ?? [] : scope.namespace ? byNs.get(scope.namespace) ?? [] : all2;
    for (let g of scope.grants)
      if (!(scope.namespace !== "" && g.binding.kind === "ClusterRoleBinding"))
        for (let cat of categories(g.rule.rule, scope.namespace === "", stream)) {
          let reached = cat === "exec" ? execReach(g, together ? workloadsHere.filter((w) => together(g.binding.object, w.object)) : workloadsHere) : [], endsOnNode = REACHES_NODE.has(cat) || reached.length > 0;
          if (opts.attackPaths && !endsOnNode || nsFocus && scope.namespace === "" && cat === "exec" && !reached.length) continue;
          let s = subjectNode(scope.principal), b = bindingNode(g), r2 = roleNode(g), scopeText = scope.namespace ? `in ${scope.namespace}` : "cluster-wide", p = node(`perm\0${r2}\0${cat}\0${scope.namespace}`, () => ({
            kind: "permission",
            label: `${CATEGORY_LABEL[cat]} ${scopeText}`,
            ...g.rule.source.object ? at(g.rule.source.object, ["rules", g.rule.index], where5) : {},
            ...scope.namespace ? { namespace: scope.namespace } : {}
          }));
          if (edge(s, b), edge(b, r2), edge(r2, p), REACHES_NODE.has(cat)) {
            let h = hostNode();
            edge(p, h, cat === "create-pods" ? "a privileged pod" : cat === "nodes-proxy" ? "kubelet exec" : "any permission"), paths.set([s, b, r2, p, h].join(" "), [s, b, r2, p, h]);
          }
          for (let w of reached) {
            let wl = workloadNode(w), h = hostNode();
            edge(p, wl), edge(wl, h, featureText(w)), paths.set([s, b, r2, p, wl, h].join(" "), [s, b, r2, p, wl, h]);
          }
        }
  }
  function subjectNode(p) {
    return node(`subject\0${principalKey(p)}`, () => ({ kind: "subject", label: principalLabel(p), ...p.kind === "ServiceAccount" ? { namespace: p.namespace } : {} }));
  }
  function bindingNode(g) {
    let b = g.binding;
    return node(`binding\0${b.kind}\0${b.namespace}\0${b.name}\0${b.object.file.path}\0${b.object.documentIndex}`, () => ({
      kind: "binding",
      label: `${b.kind} ${b.namespace ? b.namespace + "/" : ""}${b.name}`,
      ...at(b.object, [], where5),
      ...b.namespace ? { namespace: b.namespace } : {}
    }));
  }
  function roleNode(g) {
    let role = g.role;
    return node(`role\0${role.kind}\0${role.namespace ?? ""}\0${role.name}`, () => ({
      kind: "role",
      label: `${roleLabel(role)}${role.object ? "" : " (built-in)"}`,
      ...role.object ? at(role.object, [], where5) : {},
      ...role.namespace ? { namespace: role.namespace } : {}
    }));
  }
  function workloadNode(w) {
    let o = w.object;
    return node(`workload\0${objectKey(o)}`, () => ({
      kind: "workload",
      label: objectLabel(o),
      ...at(o, [], where5),
      ...o.namespace ? { namespace: o.namespace } : {},
      features: w.features.map((f) => ({ what: f.what, ...at(o, f.path, where5) }))
    }));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], paths: [...paths.values()] };
}
function execReach(g, workloads) {
  let names = g.rule.rule.resourceNames ?? [];
  return names.length ? workloads.filter((w) => names.some((n) => podNameCouldBe(w.object, n))) : workloads;
}
function featureText(w) {
  let seen = [...new Set(w.features.map((f) => f.what))];
  return seen.length > 3 ? `${seen.slice(0, 3).join(", ")} +${seen.length - 3}` : seen.join(", ");
}
function firstPaths(g, max) {
  let kept2 = g.paths.slice(0, max), ids2 = new Set(kept2.flat()), pairs = new Set(kept2.flatMap((p) => p.slice(1).map((to, i) => `${p[i]}>${to}`)));
  return {
    graph: { nodes: g.nodes.filter((n) => ids2.has(n.id)), edges: g.edges.filter((e) => pairs.has(`${e.from}>${e.to}`)), paths: kept2 },
    omitted: g.paths.length - kept2.length
  };
}

// src/engine/coverage.ts
var DEFAULT_PROFILE = "leastpriv";
function settle(base, layers) {
  let s = base;
  for (let l of layers)
    typeof l == "string" ? s = l : l.severity && (s = l.severity);
  return s;
}
var rank = (s) => s === "off" ? 0 : SEVERITY_RANK[s];
function ruleEntries(config, code) {
  return Object.entries(config.rules).filter(([id]) => findRule(id)?.meta.code === code).map(([, s]) => s);
}
function coverageOf(config, extraExclude = []) {
  let dflt = profileSettings(DEFAULT_PROFILE), chosen = profileSettings(config.profile), changes = [];
  for (let r2 of RULES) {
    let m = r2.meta;
    if (m.tags.includes("live")) continue;
    let from = settle(m.severity, dflt[m.code] !== void 0 ? [dflt[m.code]] : []);
    if (from === "off") continue;
    let byProfile = settle(m.severity, chosen[m.code] !== void 0 ? [chosen[m.code]] : []), entries = ruleEntries(config, m.code), to = settle(byProfile, entries), options = entries.reduce((acc, e) => typeof e == "object" && e.options ? { ...acc, ...e.options } : acc, void 0);
    if (rank(to) < rank(from) || options && to !== "off") {
      let by = entries.length > 0 && (rank(to) < rank(byProfile) || options && to !== "off") ? "rules" : "profile";
      changes.push({ code: m.code, name: m.name, from, to, by, ...options && to !== "off" ? { options } : {} });
    }
  }
  return {
    profile: config.profile,
    ...config.file ? { configFile: config.file } : {},
    ruleChanges: changes,
    exclude: [...config.exclude, ...extraExclude],
    gitignore: config.gitignore
  };
}
function suppressionCounts(findings) {
  let byKind = { comment: 0, annotation: 0, baseline: 0 }, total = 0;
  for (let f of findings)
    f.suppressed && (byKind[f.suppressed.kind]++, total++);
  return { total, byKind };
}

// src/engine/roots.ts
function mergeAcrossRoots(findings, objectOf) {
  let groups = /* @__PURE__ */ new Map(), out = [];
  for (let f of findings) {
    let o = objectOf(f), root = o?.render?.root;
    if (o === void 0 || root === void 0) {
      out.push(f);
      continue;
    }
    let origin = [o.file.path, o.documentIndex, o.rootPath.join(".")].join("\0"), id = [o.apiVersion.split("/").slice(0, -1).join("/"), o.kind, o.namespace ?? "", o.name].join("\0"), key = [f.code, f.file, f.region.start.line, f.region.start.column, (f.path ?? []).join("."), f.messageId, origin].join("\0");
    groups.get(key)?.ids.has(root) && groups.get(key).ids.get(root) !== id && (key += `\0${id}`);
    let g = groups.get(key);
    if (g) {
      g.roots.includes(root) || g.roots.push(root), g.ids.set(root, id), editsOf(g.first) !== editsOf(f) && (delete g.first.fix, delete g.first.suggestions);
      continue;
    }
    groups.set(key, { first: f, roots: [root], ids: /* @__PURE__ */ new Map([[root, id]]), ...o.render?.from ? { from: o.render.from } : {} }), out.push(f);
  }
  for (let { first, roots, from } of groups.values())
    roots.sort(), first.data = { ...first.data ?? {}, roots: roots.join(", ") }, first.message += roots.length === 1 ? ` (as rendered by ${roots[0]})` : ` (as rendered by ${roots.length} roots: ${roots.join(", ")})`, from && outside(first.file) && (first.data.includedFrom = from, first.message += ` (the file is outside the working folder; ${from} includes it)`);
  return out;
}
var outside = (file) => file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file) || file.startsWith("../"), editsOf = (f) => JSON.stringify([f.fix ?? null, f.suggestions ?? null]);

// src/render/helm-source.ts
import { existsSync as existsSync5, readdirSync as readdirSync4, realpathSync as realpathSync4 } from "node:fs";
import { isAbsolute as isAbsolute5, relative as relative7, resolve as resolve14, sep as sep6 } from "node:path";
var SOURCE_PREFIX = "# Source: ";
function helmSources(text) {
  let out = [];
  return text.split(`
`).forEach((l, i) => {
    if (!l.startsWith(SOURCE_PREFIX)) return;
    let path = l.slice(SOURCE_PREFIX.length).trim();
    path && out.push({ line: i + 1, path });
  }), out;
}
function insideCwd(c, cwd) {
  try {
    let rel2 = relative7(realpathSync4(cwd), realpathSync4(resolve14(cwd, c)));
    return rel2 !== "" && !rel2.startsWith("..") && !isAbsolute5(rel2) && !rel2.split(sep6).includes("..");
  } catch {
    return !1;
  }
}
function chartFile(path, cwd, charts) {
  if (isAbsolute5(path) || path.includes("\\") || path.split("/").includes("..")) return;
  let [name, ...rest] = path.split("/"), candidates = [path, rest.join("/")].filter(Boolean), folder = rest.length ? charts().get(name) : void 0;
  return folder && candidates.push(`${folder}/${rest.join("/")}`), candidates.find((c) => existsSync5(resolve14(cwd, c)) && insideCwd(c, cwd));
}
function chartFolders(cwd) {
  let out = /* @__PURE__ */ new Map(), budget = 2e3, walk4 = (rel2, depth) => {
    if (budget-- <= 0) return;
    let entries;
    try {
      entries = readdirSync4(resolve14(cwd, rel2), { withFileTypes: !0 });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === "Chart.yaml")) {
      let m = /^name:[ \t]*["']?([^"'\s#]+)/m.exec(readRegularText(resolve14(cwd, rel2, "Chart.yaml")) ?? "");
      m && rel2 && out.set(m[1], out.has(m[1]) ? null : rel2);
    }
    if (!(depth >= 3))
      for (let e of entries) e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules" && walk4(rel2 ? `${rel2}/${e.name}` : e.name, depth + 1);
  };
  return walk4("", 0), out;
}
function mapHelmSources(findings, stdin, cwd, sources) {
  let marks = helmSources(stdin.text);
  if (!marks.length) return;
  let charts, chartsOnce = () => charts ??= chartFolders(cwd);
  for (let f of findings) {
    if (f.file !== stdin.path) continue;
    let line = f.region.start.line, mark;
    for (let m of marks) m.line <= line && (mark = m);
    if (!mark) continue;
    let file = chartFile(mark.path, cwd, chartsOnce);
    if (!file) {
      f.message += ` (from the helm template ${mark.path})`;
      continue;
    }
    if (f.message += ` (helm template ${mark.path}, line ${line} of the rendered output: the template's own line is not known)`, f.data = { ...f.data ?? {}, renderedLine: String(line), helmSource: mark.path }, f.file = file, f.region = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, !sources.has(file)) {
      let text = readRegularText(resolve14(cwd, file));
      text !== void 0 && sources.set(file, newSource(file, text));
    }
  }
}

// src/engine/finding-codec.ts
function packFinding(f) {
  let meta = typeof f.code == "string" ? findRule(f.code)?.meta : void 0;
  if (!meta) return f;
  let rule = f.rule === meta.name, template = meta.messages[f.messageId], message = f.data !== void 0 && template !== void 0 && typeof f.message == "string" && formats(template, f.data, f.message);
  return !rule && !message ? f : { ...f, ...rule ? { rule: 0 } : {}, ...message ? { message: 0 } : {} };
}
function unpackFinding(f) {
  if (f.rule !== 0 && f.message !== 0) return f;
  let meta = findRule(f.code)?.meta;
  if (!meta) throw new Error(`stored finding of unknown rule ${f.code}`);
  let w = f;
  return w.rule === 0 && (w.rule = meta.name), w.message === 0 && (w.message = format(meta.messages[f.messageId] ?? "", f.data)), f;
}

// src/engine/object-checks.ts
var ObjectChecks = class {
  constructor(layer, config) {
    this.layer = layer;
    this.config = sha256Hex(JSON.stringify([config, activeRules(config).map((a) => a.rule.meta.code)]));
  }
  layer;
  config;
  /** Entries read, by file key: by object index, the checks by rule place. */
  read = /* @__PURE__ */ new Map();
  /** Entries made in this run, by file key: per object index, per rule place the record's JSON or 'null'. */
  made = /* @__PURE__ */ new Map();
  unsound = /* @__PURE__ */ new Set();
  keys = /* @__PURE__ */ new Map();
  keyOf(fileKey) {
    let k = this.keys.get(fileKey);
    return k === void 0 && this.keys.set(fileKey, k = `${fileKey}.checks.${this.config}`), k;
  }
  /**
   * The stored checks of a file's object (by rule place), or undefined when they are to be recorded
   * (the file has no entry), or null when the entry lacks the object (not this file's): they all run.
   */
  stored(fileKey, index) {
    let entry2 = this.read.get(fileKey);
    if (entry2 === void 0) {
      entry2 = null;
      let json = this.layer.raw(this.keyOf(fileKey));
      if (json !== void 0)
        try {
          entry2 = new Map(JSON.parse(json));
          for (let checks of entry2.values()) for (let record2 of Object.values(checks)) record2 && record2[0].forEach(unpackFinding);
        } catch {
          entry2 = null;
        }
      this.read.set(fileKey, entry2);
    }
    if (entry2)
      return entry2.get(index) ?? null;
  }
  /** Hands over a stored check's findings (each with its cause) and justifications again. */
  replay(record2, object, found, justifications) {
    let [findings, causes, justified] = record2;
    for (let k = 0; k < findings.length; k++) found(findings[k], object, causes[k] ?? void 0);
    justifications.push(...justified);
  }
  /**
   * Where the checks of a file's object are recorded, as `"place":json` (a rule that reported
   * nothing and read nothing else is left out; `null`: it read more than the object).
   */
  begin(fileKey, index) {
    let list = this.made.get(fileKey);
    list || this.made.set(fileKey, list = []), list.length && list[list.length - 1][0] >= index && this.unsound.add(fileKey);
    let slot = [];
    return list.push([index, slot]), slot;
  }
  /** A check's record as JSON now (later stages change findings in place); null when JSON would not give it back exactly. */
  static encode(record2) {
    return record2.every((part) => part.every((x) => x === null || exact(x, /* @__PURE__ */ new Set()))) ? JSON.stringify([record2[0].map(packFinding), record2[1], record2[2]]) : "null";
  }
  save() {
    for (let [fileKey, list] of this.made)
      this.unsound.has(fileKey) || this.layer.putRaw(this.keyOf(fileKey), `[${list.map(([index, checks]) => `[${index},{${checks.join(",")}}]`).join(",")}]`);
  }
};
function exact(v, seen) {
  switch (typeof v) {
    case "string":
    case "boolean":
      return !0;
    case "number":
      return Number.isFinite(v) && !Object.is(v, -0);
    case "object": {
      if (v === null) return !0;
      if (seen.has(v)) return !1;
      if (seen.add(v), Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !exact(v[i], seen)) return !1;
        return !0;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype) return !1;
      for (let k in v) if (!Object.hasOwn(v, k) || !exact(v[k], seen)) return !1;
      return !0;
    }
    default:
      return !1;
  }
}

// src/engine/audit-run.ts
var UNPLACED = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, NO_MODEL_YET = {
  get objects() {
    return unavailable();
  },
  byKind: () => unavailable(),
  get rbac() {
    return unavailable();
  }
};
function unavailable() {
  throw new Error("the model is not available to checkObject for an object outside it (neither RBAC nor carrying pods); use checkModel");
}
var byPosition = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.start.line - b.region.start.line || a.region.start.column - b.region.start.column, AuditRun = class {
  constructor(input) {
    this.input = input;
    this.config = input.config ?? defaults(), this.active = new Map(activeRules(this.config).map((a) => [a.rule.meta.code, a])), this.layer = input.fixes ? void 0 : input.cache?.parsed;
    let checked = [...this.active.values()].filter((a) => a.rule.checkObject || a.rule.checkModel || a.rule.checkGroup);
    this.runners = checked.map((a) => this.ruleRunner(a)), this.objectRules = checked.flatMap((a, i) => a.rule.checkObject ? [i] : []);
  }
  input;
  config;
  active;
  findings = [];
  objectOfFinding = /* @__PURE__ */ new Map();
  /** The edits rules offered, by finding (turned into text edits at the end when asked). */
  offers = /* @__PURE__ */ new Map();
  /** The root cause a finding reported (Report.cause), for folding findings of rules that yield to another. */
  causeOf = /* @__PURE__ */ new Map();
  positions = new Positions();
  /** What `ctx.where` answered, for fingerprints that do not move with lines (stable-text.ts). */
  whereTexts = new WhereTexts();
  sources = /* @__PURE__ */ new Map();
  justifications = [];
  /**
   * The per-file layer of --cache (src/cache/parsed.ts): per-object rules' findings on the model's
   * objects, kept per file and config, for each (object, rule) whose check read nothing but the
   * object (no `ctx.model`, no other object's position or comment, no report on another object).
   * Not with --fix edits (offers are not kept).
   */
  layer;
  /** The check running now, while its reads are watched (layer). */
  recording;
  /** For each kept object of a file read with the layer: the file's key and the object's index in the file. */
  layerAt = /* @__PURE__ */ new Map();
  /** The model: made once every file is read (per-object rules that run earlier cannot ask for it). */
  model;
  /** The rendered roots read, for the bundles each is applied in (bundles.ts). */
  rootLinks = [];
  /**
   * The scope whose model the rules read now, when the run has several (bundles.ts): what they
   * report about objects of other scopes is dropped, as another scope reports it.
   */
  scope;
  /** The scopes of the run, when it has several. */
  scopes;
  runners;
  /** The places (in `runners`) of the rules with a per-object check. */
  objectRules;
  // What the input stage met, for the summary.
  skippedUnread = [];
  skippedParsed = [];
  documents = 0;
  nonKubernetesFiles = [];
  objectCount = 0;
  objectsReported = 0;
  /** The objects of the model: RBAC objects and objects that carry pods. */
  kept = [];
  sites = [];
  /** Files whose text is kept: a finding or a suppression points into them. */
  pointedInto = /* @__PURE__ */ new Set();
  graph;
  severityOf(code) {
    return this.active.get(code)?.severity;
  }
  // ---- 1–4. File by file: input problems, shape errors (LP002), suppression sites, per-object rules
  // on objects outside the model. Then keep only what later stages read.
  readInputs() {
    eachFile(this.input, this.config, (f) => {
      f.read === "root" ? this.visitRoot(f.root, f.shapeErrors) : f.read ? this.visitFile(f) : (f.source && this.sources.set(f.source.path, f.source), this.skippedUnread.push(f.skipped), this.pushDiagnostic(f.diagnostic, f.source));
    });
  }
  /** Rendered objects: as a file's objects, found in the files a person edits (src/render). */
  visitRoot(root, shapeErrors2) {
    root.error !== void 0 && this.rootFinding(root, "LP020", "failed", root.error, root.errorAt);
    for (let note of root.notes) this.rootFinding(root, "LP022", "notModelled", note.text, note.path);
    this.objectCount += root.objects.length, this.rootLinks.push({ name: root.name, at: root.at, flux: root.objects.filter(isFluxKustomizationObject) }), this.shapeFindings(shapeErrors2);
    for (let o of root.objects)
      if (this.sites.push(...annotationSuppressions(o, (path) => this.locateKept(o, path))), !o.invalid)
        if (inModel(o)) this.kept.push(o);
        else for (let r2 of this.runners) r2.object(o);
    let together = root.objects.filter((o) => !o.invalid);
    if (together.length > 1) for (let r2 of this.runners) r2.group(together, { name: root.name, rendered: !0 });
    this.positions.release();
  }
  visitFile(f) {
    let { input, layer, layerAt } = this, { source, parsed: p } = f;
    this.sources.set(source.path, source), this.documents += p.documents, p.skipped && this.skippedParsed.push({ file: source.path, reason: p.skipped }), isNonKubernetes(p) && this.nonKubernetesFiles.push(source.path), f.member || (this.objectCount += p.objects.length), (!input.reportOnly || input.reportOnly.has(source.path)) && (this.objectsReported += p.objects.length);
    let first = this.findings.length;
    for (let d of p.diagnostics) this.pushDiagnostic(d, source);
    this.shapeFindings(f.shapeErrors);
    let fileSites = commentSuppressions(source);
    if (!f.member) for (let o of p.objects) fileSites.push(...annotationSuppressions(o, (path) => this.locateKept(o, path)));
    this.sites.push(...fileSites);
    let keptHere = /* @__PURE__ */ new Set(), fileKey = layer ? LAYER_KEY.get(p) : void 0;
    for (let i = 0; i < p.objects.length; i++) {
      let o = p.objects[i];
      if (!(o.invalid || f.member))
        if (inModel(o))
          keptHere.add(o), fileKey !== void 0 && layerAt.set(o, { key: fileKey, index: i });
        else for (let r2 of this.runners) r2.object(o);
    }
    let together = f.member ? [] : p.objects.filter((o) => !o.invalid);
    if (together.length > 1) for (let r2 of this.runners) r2.group(together, { name: source.path, rendered: !1 });
    if (this.kept.push(...keptHere), this.positions.release(), first === this.findings.length && fileSites.length === 0 && !f.member) {
      keptHere.size === 0 && !this.pointedInto.has(source.path) ? this.sources.set(source.path, newSource(source.path, "")) : this.pointedInto.add(source.path);
      return;
    }
    this.pointedInto.add(source.path);
    let copies = /* @__PURE__ */ new Map(), copy = (o) => {
      if (keptHere.has(o)) return o;
      let c = copies.get(o);
      return c || copies.set(o, c = { ...o, value: {} }), c;
    };
    for (let i = first; i < this.findings.length; i++) {
      let o = this.objectOfFinding.get(this.findings[i]);
      o && this.objectOfFinding.set(this.findings[i], copy(o));
    }
    for (let s of fileSites) s.object && (s.object = copy(s.object));
  }
  /** LP002 for the fields of wrong types (the objects are audited without them). */
  shapeFindings(shapeErrors2) {
    let lp002 = this.severityOf("LP002");
    if (!lp002) return;
    let template = findRule("LP002").meta.messages.wrongType ?? "";
    for (let [o, errs] of shapeErrors2)
      for (let e of errs) this.report(o, "LP002", "wrongType", format(template, { object: objectLabel(o), field: e.path.join("."), detail: e.message }), e.path, lp002);
  }
  rootFinding(root, code, messageId, detail, path = []) {
    let severity = this.severityOf(code);
    severity && this.report(root.at, code, messageId, format(findRule(code).meta.messages[messageId] ?? "", { root: root.name, detail }), path, severity, { root: root.name });
  }
  // ---- 5. The model, cross-object rules, then per-object rules on the model's objects. Findings of
  // cross-object rules are placed once all have run, file by file, together with the per-object
  // rules' findings in that file: a document's tree is parsed once for both (bench/RESULTS.md,
  // finding 16). (Cross-object rules first: no rule has both kinds of check.)
  checkModel() {
    let { positions, runners, layer, layerAt } = this;
    this.model = buildModel(this.kept);
    let scopes = this.scopes = scopesOf(this.kept, this.rootLinks, this.model);
    if (positions.deferPlacement(), scopes) for (let [id, model] of scopes.models) {
      this.scope = { id, model, of: scopes.scopeOf };
      for (let r2 of runners) r2.model();
    }
    else
      for (let r2 of runners) r2.model();
    positions.placeNow();
    let current, objectChecks = layer && layerAt.size ? new ObjectChecks(layer, this.config) : void 0;
    for (let o of this.kept) {
      o.file !== current && (current && positions.placeDeferred(current), positions.focus(current = o.file)), scopes && (this.scope = this.scopeFor(scopes, o));
      let at2 = objectChecks && layerAt.get(o);
      if (at2) this.checkWithLayer(o, objectChecks, at2);
      else for (let r2 of runners) r2.object(o);
    }
    this.scope = void 0, objectChecks?.save(), current && positions.placeDeferred(current), positions.placeDeferred();
  }
  scopeFor(scopes, o) {
    let id = scopes.scopeOf(o);
    return { id, model: scopes.models.get(id) ?? this.model, of: scopes.scopeOf };
  }
  /** The per-object checks of a model object of a file with an entry in the layer: replayed, or run and recorded. */
  checkWithLayer(o, objectChecks, at2) {
    let { runners, justifications } = this, stored = objectChecks.stored(at2.key, at2.index);
    if (stored === null) {
      for (let r2 of runners) r2.object(o);
      return;
    }
    let slot = stored ? void 0 : objectChecks.begin(at2.key, at2.index);
    for (let i of this.objectRules) {
      if (stored) {
        let done = stored[i];
        if (done === void 0) continue;
        done === null ? runners[i].object(o) : objectChecks.replay(done, o, (f, object, cause) => this.found(f, object, cause), justifications);
        continue;
      }
      let before = this.findings.length, justifiedBefore = justifications.length, watch = { object: o, touched: !1 };
      this.recording = watch;
      try {
        runners[i].object(o);
      } finally {
        if (this.recording = void 0, watch.touched) slot.push(`"${i}":null`);
        else if (this.findings.length !== before || justifications.length !== justifiedBefore) {
          let found = this.findings.slice(before);
          slot.push(`"${i}":${ObjectChecks.encode([found, found.map((f) => this.causeOf.get(f) ?? null), justifications.slice(justifiedBefore)])}`);
        }
      }
    }
  }
  // ---- 5a–7. What the reports draw, offered edits, findings merged across roots, suppressions and
  // one finding per root cause: the findings as the run settles them.
  /** `reported`: whether a finding can be reported (--context); edits are worked out only for those. */
  settle(reported) {
    let { input, positions, sources } = this;
    input.graph && (this.graph = buildAccessGraph(this.model, justifiedBy((o, p) => positions.commentFor(o, p)), (o, p) => ({ file: o.file.path, line: positions.locate(o, p).start.line }), { kubeVersion: this.config.kubeVersion, ...this.scopes ? { together: this.scopes.together } : {} }));
    let offers = input.fixes ? this.offers : /* @__PURE__ */ new Map();
    resolveOffers(new Map([...offers].filter(([, o]) => o.object.render)), sources);
    let stdin = input.stdinName === void 0 ? sources.get("-") : void 0;
    stdin && mapHelmSources(this.findings, stdin, input.cwd ?? process.cwd(), sources);
    let about = (f) => this.objectOfFinding.get(f);
    if (this.findings = mergeAcrossRoots(this.findings, about), applySuppressions(this.findings, this.sites, about), this.findings = foldRootCauses(this.findings, this.causeOf), this.causeOf.clear(), offers.size) {
      let later = /* @__PURE__ */ new Map();
      for (let f of this.findings) {
        let o = offers.get(f);
        o && !o.object.render && (!reported || reported(f)) && later.set(f, o);
      }
      resolveOffers(later, sources);
    }
    return this.findings.push(...suppressionProblems(this.sites, (code) => this.severityOf(code))), this.findings;
  }
  // ---- 8. The result: the findings as they are reported (filtered, ordered), and the summary.
  result(findings) {
    let { input, config, active } = this, only = input.reportOnly, listed = (only ? this.justifications.filter((j) => only.has(j.file)) : this.justifications).sort(byPosition), counts = { error: 0, warning: 0, note: 0 }, suppressed = 0;
    for (let f of findings)
      f.suppressed ? suppressed++ : counts[f.severity]++;
    let controls = [...active.values()].flatMap((a) => {
      let control = a.rule.meta.control;
      return control ? [{ control, level: a.options.level }] : [];
    }), reportObjects = only ? this.kept.filter((o) => only.has(o.file.path)) : this.kept, pss = pssReport(reportObjects, findings, (f) => this.objectOfFinding.get(f), controls, config.profile, config.kubeVersion), skipped = [...this.skippedUnread, ...this.skippedParsed], nonK8s = only ? this.nonKubernetesFiles.filter((f) => only.has(f)) : this.nonKubernetesFiles;
    return {
      ...pss ? { pss } : {},
      ...this.graph ? { graph: this.graph } : {},
      findings,
      // With reportOnly, files read only as context are not listed as skipped either.
      summary: { files: this.sources.size, documents: this.documents, objects: this.objectCount, skipped: only ? skipped.filter((k) => only.has(k.file)) : skipped, nonKubernetes: nonK8s.length, nonKubernetesFiles: nonK8s, objectsReported: this.objectsReported, findings: counts, suppressed },
      sources: this.sources,
      // Live-verification rules (tag 'live') are reported by `leastpriv verify`, never by audit: not listed here.
      rules: [...active.values()].filter((a) => !a.rule.meta.tags.includes("live")).map((a) => describeRule(a.rule, a.severity)),
      justifications: listed,
      coverage: coverageOf(config, input.exclude)
    };
  }
  // ---- How findings are made.
  pushDiagnostic(d, source) {
    let rule = findRule(d.code), code = rule.meta.code, ruled = this.severityOf(code);
    if (!ruled) return;
    let severity = d.lesser ? ruled === "error" ? "warning" : "note" : ruled, region = source ? offsetsToRegion({ file: source }, d.range) : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    this.findings.push({
      code,
      rule: rule.meta.name,
      severity,
      messageId: Object.keys(rule.meta.messages)[0],
      message: d.message,
      file: d.file,
      region,
      fingerprint: fingerprint([code, d.file, withoutLines(d.message)]),
      ...this.input.fixes && d.duplicate && source ? safeOffers(() => duplicateKeyOffers(source, d.duplicate, this.config.limits)) : {}
    });
  }
  /**
   * Where a value of the object was written (a rendered object's may be in a kustomization or a
   * patch), its file kept for the code frame as `report` keeps it.
   */
  locateKept(object, path) {
    let at2 = this.positions.locateAt(object, path), kept2 = this.sources.get(at2.file.path);
    return object.render && (!kept2 || !kept2.text && at2.file.text) && this.sources.set(at2.file.path, at2.file), at2;
  }
  /** A finding about an object (its region is filled in by `positions`: at once, or file by file in step 5). */
  report(object, code, messageId, message, path, severity, data, offer, cause) {
    this.recording && object !== this.recording.object && (this.recording.touched = !0);
    let f = objectFinding({ code, rule: findRule(code).meta.name, severity, messageId, message, fingerprintMessage: this.whereTexts.stable(message), object, path, region: UNPLACED, ...data ? { data } : {} }), sources = this.sources;
    this.positions.place(object, path, (r2, file) => {
      f.region = r2, file.path !== f.file && (f.file = file.path);
      let kept2 = sources.get(file.path);
      (!kept2 || !kept2.text && file.text) && sources.set(file.path, file);
    }), this.found(f, object, cause), offer && this.input.fixes && (offer.fix || offer.suggestions?.length) && this.offers.set(f, { object, ...offer });
  }
  found(f, object, cause) {
    this.findings.push(f), this.objectOfFinding.set(f, object), cause !== void 0 && this.causeOf.set(f, cause);
  }
  /** A rule with its context (RuleContext): what it reads of the run, and where its reports go. */
  ruleRunner(a) {
    let { rule } = a, run = this, touch = (obj) => {
      run.recording && obj !== run.recording.object && (run.recording.touched = !0);
    }, rctx = {
      get model() {
        return run.recording && (run.recording.touched = !0), run.scope?.model ?? run.model ?? NO_MODEL_YET;
      },
      options: a.options,
      severity: a.severity,
      kubeVersion: this.config.kubeVersion,
      report: (r2) => {
        if (run.scope && run.scope.of(r2.object) !== run.scope.id) return;
        let tpl = rule.meta.messages[r2.messageId];
        if (tpl === void 0) throw new Error(`rule ${rule.meta.name} reported unknown message id '${r2.messageId}'`);
        let data = r2.data ? Object.fromEntries(Object.entries(r2.data).map(([k, v]) => [k, String(v)])) : void 0;
        this.report(r2.object, rule.meta.code, r2.messageId, format(tpl, r2.data), r2.path, r2.severity ?? a.severity, data, { ...r2.fix ? { fix: r2.fix } : {}, ...r2.suggestions ? { suggestions: r2.suggestions } : {} }, r2.cause);
      },
      commentFor: (obj, path) => (touch(obj), this.positions.commentFor(obj, path)),
      where: (obj, path) => {
        touch(obj);
        let text = this.positions.where(obj, path);
        return this.whereTexts.note(text, obj), text;
      },
      justified: (j) => {
        touch(j.object);
        let { file, region } = this.positions.locateAt(j.object, j.path);
        this.justifications.push({ file: file.path, region, object: objectLabel(j.object), privilege: j.privilege, reason: j.reason, source: j.source });
      }
    }, crashed = (obj, e) => {
      let sev = this.severityOf("LP004");
      if (!sev) return;
      let detail = e instanceof Error ? e.message : String(e), rie = findRule("LP004"), msg = format(rie.meta.messages.crashed ?? "", { rule: `${rule.meta.code} ${rule.meta.name}`, object: obj ? objectLabel(obj) : "the model", detail });
      obj ? this.report(obj, "LP004", "crashed", msg, [], sev, { rule: rule.meta.code }) : this.findings.push({ code: "LP004", rule: rie.meta.name, severity: sev, messageId: "crashed", message: msg, file: MODEL_FILE, region: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, fingerprint: fingerprint(["LP004", rule.meta.code, detail]) });
    };
    return {
      object(o) {
        if (rule.checkObject)
          try {
            rule.checkObject(o, rctx);
          } catch (e) {
            crashed(o, e);
          }
      },
      group(objects, scope) {
        if (rule.checkGroup)
          try {
            rule.checkGroup(objects, scope, rctx);
          } catch (e) {
            crashed(void 0, e);
          }
      },
      model() {
        if (rule.checkModel)
          try {
            rule.checkModel(rctx);
          } catch (e) {
            crashed(void 0, e);
          }
      }
    };
  }
};
function foldRootCauses(findings, causeOf) {
  let yields = /* @__PURE__ */ new Map(), targets = /* @__PURE__ */ new Set();
  for (let f of causeOf.keys()) {
    let y = findRule(f.code)?.meta.yieldsTo;
    if (y) {
      yields.set(f.code, y.codes);
      for (let c of y.codes) targets.add(c);
    }
  }
  if (!yields.size) return findings;
  let roots = /* @__PURE__ */ new Map();
  for (let [f, cause] of causeOf) targets.has(f.code) && !roots.has(`${f.code}\0${cause}`) && roots.set(`${f.code}\0${cause}`, f);
  let folded = /* @__PURE__ */ new Set();
  for (let [f, cause] of causeOf) {
    let codes = yields.get(f.code);
    if (!codes) continue;
    let root = codes.map((c) => roots.get(`${c}\0${cause}`)).find((r2) => r2 !== void 0);
    if (!root) continue;
    folded.add(f), root.file === f.file && root.region.start.line === f.region.start.line && root.region.start.column === f.region.start.column || (root.related ??= []).push({ file: f.file, region: f.region, message: `${f.code} ${f.rule}: ${f.message}`, code: f.code });
  }
  if (!folded.size) return findings;
  for (let f of findings) f.related && f.related.length > 1 && f.related.sort(byPosition);
  return findings.filter((f) => !folded.has(f));
}

// src/engine/audit.ts
function disambiguateFingerprints(findings) {
  let seen = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let n = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, n + 1), n > 0 && (f.fingerprint = fingerprint([f.fingerprint, n]));
  }
}
var ATTRIBUTE_UP_TO = 4, NARROWING_RUNS = 8;
function counterfactuals(input) {
  let named = [...input.reportOnly], stdin = input.paths?.includes("-") ? input.stdinName : void 0, run = (names) => {
    let { reportOnly: _r, baseline: _b, fixes: _f, graph: _g, ...rest } = input, omit = new Set(names.map((n) => n === stdin ? "-" : n));
    return new Set(audit({ ...rest, omit, fingerprintsOnly: !0 }).findings.map((f) => f.fingerprint));
  }, withoutAll = run(named), withoutEach = /* @__PURE__ */ new Map();
  if (named.length > 1 && named.length <= ATTRIBUTE_UP_TO) for (let n of named) withoutEach.set(n, run([n]));
  return { withoutAll, withoutEach, run };
}
function involving(findings, named, { withoutAll, withoutEach, run }) {
  let elsewhere = [], kept2 = findings.filter((f) => named.has(f.file) ? !0 : withoutAll.has(f.fingerprint) ? !1 : (elsewhere.push(f), !0));
  if (named.size > ATTRIBUTE_UP_TO) narrow(elsewhere, [...named], run);
  else
    for (let f of elsewhere) {
      let each = [...named].filter((n) => withoutEach.has(n) && !withoutEach.get(n).has(f.fingerprint));
      f.involves = each.length ? each : [...named];
    }
  return kept2;
}
function narrow(findings, named, run) {
  let involves = /* @__PURE__ */ new Map(), budget = NARROWING_RUNS, queue = findings.length ? [{ group: named, findings }] : [], settle2 = (group, fs) => {
    for (let f of fs) for (let n of group) involves.set(f, (involves.get(f) ?? /* @__PURE__ */ new Set()).add(n));
  };
  for (let q = queue.shift(); q; q = queue.shift()) {
    if (q.group.length === 1 || budget < 2) {
      settle2(q.group, q.findings);
      continue;
    }
    budget -= 2;
    let halves = [q.group.slice(0, Math.ceil(q.group.length / 2)), q.group.slice(Math.ceil(q.group.length / 2))], without = halves.map((h) => run(h)), inHalf = without.map((w) => q.findings.filter((f) => !w.has(f.fingerprint)));
    settle2(q.group, q.findings.filter((f) => without.every((w) => w.has(f.fingerprint)))), halves.forEach((h, i) => inHalf[i].length && queue.push({ group: h, findings: inHalf[i] }));
  }
  for (let f of findings) f.involves = named.filter((n) => involves.get(f)?.has(n));
}
function inReportOrder(findings) {
  findings.sort((a, b) => byPosition(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)), disambiguateFingerprints(findings);
}
function audit(input) {
  return input = stdinNamed(input), input.cache ? input.cache.audit(input, auditNow) : auditNow(input);
}
function stdinNamed(input) {
  let { reportOnly, stdinName } = input;
  return !reportOnly?.has("-") || stdinName === void 0 || !input.paths?.includes("-") ? input : { ...input, reportOnly: new Set([...reportOnly].map((n) => n === "-" ? stdinName : n)) };
}
function auditNow(input) {
  let result = auditFully(input);
  return input.fingerprintsOnly ? {
    findings: result.findings.map((f) => ({ fingerprint: f.fingerprint })),
    summary: result.summary,
    sources: /* @__PURE__ */ new Map(),
    rules: [],
    justifications: []
  } : result;
}
function auditFully(input) {
  input.reportOnly && !input.parseCache && (input = { ...input, parseCache: /* @__PURE__ */ new Map() });
  let run = new AuditRun(input);
  run.readInputs(), run.checkModel();
  let named = input.reportOnly, without = named ? counterfactuals(input) : void 0, settled = run.settle(without && ((f) => named.has(f.file) || !without.withoutAll.has(f.fingerprint))), findings = without ? involving(settled, named, without) : settled;
  return input.baseline && applyBaseline(findings, input.baseline.baseline, input.baseline.label), inReportOrder(findings), run.result(findings);
}
function auditedNothing(result) {
  return result.summary.objectsReported === 0 && result.findings.length === 0;
}
function emptyRunMessage(result, paths, named, excluded = []) {
  let s = named ? { ...result.summary, files: named.size } : result.summary, what = paths.map((p) => p === "-" ? "stdin" : p).join(", "), read = s.files === 0 ? excluded.length ? "" : "no .yaml, .yml or .json file was read" : `${s.files} file${s.files === 1 ? "" : "s"} read: ${[s.nonKubernetes ? `${s.nonKubernetes} without Kubernetes objects` : "", s.skipped.length ? `${s.skipped.length} skipped` : "", !s.nonKubernetes && !s.skipped.length ? "empty" : ""].filter(Boolean).join(", ")}`, left = excluded.length ? `${excluded.join(", ")} ${excluded.length === 1 ? "is" : "are"} excluded by --exclude or the config's exclude` : "";
  return `no Kubernetes object to audit in ${what} (${[read, left].filter(Boolean).join("; ")}); pass --allow-empty if an empty input is expected`;
}
function exitCodeFor(result, failOn) {
  if (failOn === "none") return 0;
  let min = SEVERITY_RANK[failOn];
  return result.findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= min) ? 1 : 0;
}

// src/reporters/sarif.ts
import { isAbsolute as isAbsolute6, relative as relative8, resolve as resolve15, sep as sep7 } from "node:path";
import { pathToFileURL } from "node:url";

// src/reporters/json-chunks.ts
var STREAMED = "\0leastpriv:streamed-array\0";
function* jsonChunks(template, items) {
  let whole = JSON.stringify(template, null, 2) + `
`, marker = JSON.stringify(STREAMED), at2 = whole.indexOf(marker);
  if (at2 === -1 || whole.indexOf(marker, at2 + 1) !== -1) throw new Error("jsonChunks: the template must hold STREAMED exactly once");
  let head = whole.slice(0, at2), indent = /^ */.exec(head.slice(head.lastIndexOf(`
`) + 1))[0], pad = indent + "  ";
  yield head;
  let first = !0;
  for (let item of items)
    yield (first ? `[
` : `,
`) + pad + JSON.stringify(item, null, 2).replaceAll(`
`, `
` + pad), first = !1;
  yield (first ? "[]" : `
` + indent + "]") + whole.slice(at2 + marker.length);
}
function joinChunks(chunks) {
  let s = "";
  for (let c of chunks) s += c;
  return s;
}
function* lazyMap(list, f) {
  for (let x of list) yield f(x);
}

// src/reporters/safe-text.ts
var C0 = /[\u0000-\u001f\u007f]/g, INVISIBLE = /[\u0080-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u206f\ufeff\ufff9-\ufffb]/g, picture = (c) => c === "\x7F" ? "\u2421" : String.fromCharCode(9216 + c.charCodeAt(0)), uEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`, LEGACY_COMMAND = /##\[/g;
function safeText(s) {
  return s.replace(C0, picture).replace(INVISIBLE, uEscape).replace(LEGACY_COMMAND, "#\uFF03[");
}
var COMMAND_START = /^[\s\u0085]*::/, startsCommand = (line) => COMMAND_START.test(line);
function guardLine(line) {
  return startsCommand(line) ? line.replace(":", "\uFF1A") : line;
}
function safeFileName(f) {
  let s = safeText(f);
  return startsCommand(s) ? `./${s}` : s;
}

// src/reporters/involves.ts
function dependsOn(f) {
  return f.involves?.length ? `(reported because it depends on ${f.involves.map((n) => n === "-" ? "<stdin>" : safeFileName(n)).join(", ")})` : "";
}

// src/reporters/sarif.ts
var sarifText = (s) => s.replace(/[[\]]/g, "\\$&"), SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json", SRCROOT = "%SRCROOT%", MAX_RESULTS = 25e3;
function artifactLocation(file, cwd, root) {
  if (file === "-") return { uri: "stdin", uriBaseId: SRCROOT };
  let abs = resolve15(cwd, file), rel2 = relative8(root, abs);
  return rel2 === "" || rel2.startsWith("..") || isAbsolute6(rel2) ? { uri: pathToFileURL(abs).href } : { uri: rel2.split(sep7).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function location(f, cwd, root) {
  let { start, end } = f.region, loc = {
    physicalLocation: {
      artifactLocation: artifactLocation(f.file, cwd, root),
      region: {
        startLine: start.line,
        startColumn: start.column,
        endLine: Math.max(end.line, start.line),
        // SARIF end columns are exclusive: a region on one line is at least one character wide.
        endColumn: end.line > start.line ? Math.max(end.column, 1) : Math.max(end.column, start.column + 1)
      }
    }
  };
  if (f.object) {
    let o = f.object;
    loc.logicalLocations = [
      {
        kind: "resource",
        name: o.name || "(unnamed)",
        fullyQualifiedName: [o.kind, o.namespace, o.name || "(unnamed)"].filter(Boolean).join("/"),
        properties: { kind: o.kind, apiVersion: o.apiVersion, ...o.namespace ? { namespace: o.namespace } : {} }
      }
    ];
  }
  return loc;
}
function capResults(findings, max) {
  if (findings.length <= max) return { kept: findings };
  let keep = new Set([...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]).slice(0, max)), dropped = findings.length - max;
  return {
    kept: findings.filter((f) => keep.has(f)),
    notice: `${dropped} results were left out: GitHub code scanning accepts at most ${max} per run. Narrow the audit, or use --format json for all of them.`
  };
}
function sarifFix(x, cwd, root) {
  let byFile = /* @__PURE__ */ new Map();
  for (let e of x.edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
  return {
    description: { text: x.description },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: artifactLocation(file, cwd, root),
      replacements: edits.map((e) => ({
        deletedRegion: { startLine: e.region.start.line, startColumn: e.region.start.column, endLine: e.region.end.line, endColumn: e.region.end.column },
        insertedContent: { text: e.text }
      }))
    }))
  };
}
var pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_m, _d, ch) => ch.toUpperCase()), sarifChunks = (result, opts) => {
  let rules = [], index = /* @__PURE__ */ new Map(), addRule = (code) => {
    let d = result.rules.find((r2) => r2.code === code);
    !d || index.has(code) || (index.set(code, rules.length), rules.push({
      id: d.code,
      name: pascal(d.name),
      shortDescription: { text: d.description },
      fullDescription: { text: d.fullDescription },
      help: { text: d.helpText, markdown: d.helpMarkdown },
      helpUri: d.helpUri,
      defaultConfiguration: { level: d.severity },
      properties: {
        tags: [.../* @__PURE__ */ new Set([...d.tags, d.name])].slice(0, 20),
        "security-severity": d.securitySeverity.toFixed(1),
        precision: "very-high"
      }
    }));
  };
  for (let r2 of result.rules) addRule(r2.code);
  let notifications = [], located = result.findings.filter((f) => f.file !== MODEL_FILE ? !0 : (notifications.push({ level: "error", message: { text: sarifText(f.message) }, descriptor: { id: f.code } }), !1)), fileNote = (file, text) => ({
    level: "note",
    message: { text: sarifText(text) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file, opts.cwd, opts.sarifRoot) } }]
  });
  for (let k of result.summary.skipped) notifications.push(fileNote(k.file, `${k.file === "-" ? "stdin" : k.file}: not audited: ${k.reason}`));
  for (let f of result.summary.nonKubernetesFiles) notifications.push(fileNote(f, `${f === "-" ? "stdin" : f}: not audited: no Kubernetes object in it`));
  let capped = capResults(located, MAX_RESULTS);
  located = capped.kept, capped.notice && notifications.push({ level: "warning", message: { text: capped.notice } });
  let overrides = (result.coverage?.ruleChanges ?? []).map((c) => ({
    descriptor: index.has(c.code) ? { id: c.code, index: index.get(c.code) } : { id: c.code },
    configuration: { enabled: c.to !== "off", ...c.to !== "off" ? { level: c.to } : {}, ...c.options ? { parameters: c.options } : {} },
    properties: { changedBy: c.by, defaultLevel: c.from }
  })), toResult = (f) => {
    let res = {
      ruleId: f.code,
      ruleIndex: index.get(f.code),
      level: f.severity,
      // (a finding --context reports because of a file named says so, and lists them: involves.ts)
      message: { text: sarifText(f.involves ? `${f.message} ${dependsOn(f)}` : f.message) },
      locations: [location(f, opts.cwd, opts.sarifRoot)],
      partialFingerprints: { "leastpriv/v1": f.fingerprint }
    }, offered = [...f.fix ? [f.fix] : [], ...f.suggestions ?? []];
    return offered.length && (res.fixes = offered.map((x) => sarifFix(x, opts.cwd, opts.sarifRoot))), f.related?.length && (res.relatedLocations = f.related.map((r2, i) => ({
      id: i + 1,
      message: { text: r2.message },
      physicalLocation: {
        artifactLocation: artifactLocation(r2.file, opts.cwd, opts.sarifRoot),
        region: { startLine: r2.region.start.line, startColumn: r2.region.start.column }
      }
    }))), f.involves && (res.properties = { involves: f.involves }), f.suppressed && (res.suppressions = [{ kind: f.suppressed.kind === "baseline" ? "external" : "inSource", justification: f.suppressed.justification }]), res;
  }, log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "leastpriv",
            semanticVersion: opts.toolVersion,
            informationUri: REPO_URL,
            rules
          }
        },
        invocations: [
          {
            executionSuccessful: !notifications.some((n) => n.level === "error"),
            ...notifications.length ? { toolExecutionNotifications: notifications } : {},
            // Rules this run turned off, downgraded or gave options (SARIF 2.1.0 §3.20.5
            // invocation.ruleConfigurationOverrides, §3.51 configurationOverride): a weakened audit
            // stays visible in the log, as in the text report's "not checked".
            ...overrides.length ? { ruleConfigurationOverrides: overrides } : {}
          }
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(opts.sarifRoot).href.replace(/\/?$/, "/") } },
        results: STREAMED,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  return jsonChunks(log, lazyMap(located, toResult));
};

// src/reporters/write.ts
import { closeSync as closeSync2, openSync as openSync2, writeSync } from "node:fs";
var PIECE = 65536;
function writeChunksToFile(path, chunks, failed = (e) => e) {
  let fd;
  try {
    fd = openSync2(path, "w");
  } catch (e) {
    throw failed(e);
  }
  let buf = Buffer.allocUnsafe(4 * PIECE), used = 0, flush = (bytes, length) => {
    try {
      for (let off = 0; off < length; ) off += writeSync(fd, bytes, off, length - off);
    } catch (e) {
      throw failed(e);
    }
  };
  try {
    for (let c of chunks)
      if (used + 3 * c.length > buf.length && (flush(buf, used), used = 0), 3 * c.length > buf.length) {
        let big = Buffer.from(c);
        flush(big, big.length);
      } else used += buf.write(c, used);
    flush(buf, used);
  } finally {
    closeSync2(fd);
  }
}

// src/reporters/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/reporters/frame.ts
var MAX_WIDTH = 160;
function clip(s, from) {
  if (s.length <= MAX_WIDTH) return { text: s, shift: 0 };
  let start = Math.max(0, Math.min(from - 40, s.length - MAX_WIDTH));
  return { text: (start > 0 ? "\u2026" : "") + s.slice(start, start + MAX_WIDTH) + "\u2026", shift: start > 0 ? start - 1 : 0 };
}
function codeFrame(file, region, paint) {
  let { line, column } = region.start, out = [], width = String(line + 1).length;
  for (let l = Math.max(1, line - 1); l <= line + 1; l++) {
    let t = lineText(file, l);
    if (t === void 0) continue;
    let { text, shift } = clip(safeText(t.replace(/\t/g, " ")), column - 1), gutter = `${l === line ? ">" : " "} ${String(l).padStart(width)} | `;
    if (out.push(l === line ? gutter + text : paint.dim(gutter + text)), l === line) {
      let endCol = region.end.line === line ? region.end.column : t.length + 1, len = Math.max(1, Math.min(endCol - column, text.length - (column - 1 - shift)));
      out.push(paint.dim(`  ${" ".repeat(width)} | `) + " ".repeat(Math.max(0, column - 1 - shift)) + paint.caret("^".repeat(len)));
    }
  }
  return out.join(`
`);
}

// src/reporters/not-checked.ts
function notChecked(result) {
  let c = result.coverage, counts = suppressionCounts(result.findings), byProfile = c?.ruleChanges.filter((r2) => r2.by === "profile") ?? [], byRules = c?.ruleChanges.filter((r2) => r2.by === "rules") ?? [], exclude = c?.exclude ?? [];
  if (!(!byProfile.length && !byRules.length && !exclude.length && !counts.total))
    return {
      ...c?.configFile ? { configFile: c.configFile } : {},
      profile: c?.profile ?? "leastpriv",
      byProfile,
      byRules,
      exclude,
      suppressions: counts,
      suppressed: result.findings.filter((f) => f.suppressed).map((f) => ({ file: f.file, line: f.region.start.line, code: f.code, rule: f.rule, kind: f.suppressed.kind, reason: f.suppressed.justification }))
    };
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function changeText(c) {
  let sev = c.to === c.from ? "" : `${c.to} (default: ${c.from})`, opts = c.options ? `options ${JSON.stringify(c.options)}` : "";
  return [sev, opts].filter(Boolean).join(", ");
}
function countsText(s) {
  let parts = [];
  return s.byKind.comment && parts.push(`${s.byKind.comment} by comment`), s.byKind.annotation && parts.push(`${s.byKind.annotation} by annotation`), s.byKind.baseline && parts.push(`${s.byKind.baseline} in the baseline`), parts.join(", ");
}

// src/reporters/text.ts
import { relative as relative9 } from "node:path";
var nl = (line) => guardLine(line) + `
`, plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`, displayFile = (f) => f === "-" ? "<stdin>" : safeFileName(f), textChunks = function* (result, opts) {
  let c = import_picocolors.default.createColors(opts.color), sevColor = { error: c.red, warning: c.yellow, note: c.cyan }, shown2 = result.findings.filter((f) => opts.showSuppressed || !f.suppressed), byFile = /* @__PURE__ */ new Map();
  for (let f of shown2) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  for (let [file, list] of byFile) {
    yield nl(c.underline(c.bold(displayFile(file))));
    for (let f of list) {
      let pos = `${displayFile(file)}:${f.region.start.line}:${f.region.start.column}`, sev = sevColor[f.severity](f.severity), sup = (f.suppressed ? c.dim(` (suppressed: ${safeText(f.suppressed.justification)})`) : "") + (f.involves ? c.dim(` ${dependsOn(f)}`) : "");
      yield nl(`  ${pos}  ${sev}  ${safeText(f.message)}  ${c.dim(`${f.rule} ${f.code}`)}${sup}`);
      let src = result.sources.get(file);
      src && f.region.start.line > 0 && (yield nl(
        codeFrame(src, f.region, { dim: c.dim, caret: sevColor[f.severity] }).split(`
`).map((l) => "    " + l).join(`
`)
      )), yield nl("");
    }
  }
  if (result.justifications.length) {
    yield nl(c.bold("Justified privileges"));
    for (let j of result.justifications)
      yield nl(`  ${displayFile(j.file)}:${j.region.start.line}:${j.region.start.column}  ${safeText(j.object)}: ${safeText(j.privilege)} ${c.dim("\u2014")} ${safeText(j.reason)}`);
    yield nl("");
  }
  let s = result.summary, counts = ["error", "warning", "note"].map((k) => plural2(s.findings[k], k)), head = s.findings.error ? c.red("\u2716") : s.findings.warning ? c.yellow("\u26A0") : c.green("\u2714");
  if (yield nl(
    `${head} ${counts.join(", ")}${s.suppressed ? ` (${s.suppressed} suppressed)` : ""} in ${plural2(s.objects, "object")}, ${plural2(s.documents, "document")}, ${plural2(s.files, "file")}`
  ), s.nonKubernetes && (yield nl(c.dim(`  ${plural2(s.nonKubernetes, "file")} held no Kubernetes objects (values, kustomization, CI files) and ${s.nonKubernetes === 1 ? "was" : "were"} skipped${opts.verbose ? ":" : " (--verbose names them)"}`)), opts.verbose))
    for (let f of s.nonKubernetesFiles) yield nl(c.dim(`    ${displayFile(f)}`));
  if (s.skipped.length) {
    yield nl(c.dim(`  ${plural2(s.skipped.length, "file")} skipped:`));
    let shownSkips = opts.verbose ? s.skipped : s.skipped.slice(0, 20);
    for (let k of shownSkips) yield nl(c.dim(`    ${displayFile(k.file)}: ${safeText(k.reason)}`));
    s.skipped.length > shownSkips.length && (yield nl(c.dim(`    \u2026 and ${s.skipped.length - shownSkips.length} more (--verbose or --format json lists them)`)));
  }
  let gaps = notChecked(result);
  if (gaps) {
    yield nl("");
    let cfg = gaps.configFile ? ` (config: ${displayFile(relative9(opts.cwd, gaps.configFile) || gaps.configFile)})` : "";
    if (yield nl(c.bold(`Not checked in this run${cfg}`)), gaps.byProfile.length) {
      yield nl(`  profile ${safeText(gaps.profile)}: ${plural2(gaps.byProfile.length, "rule")} off or downgraded against the default profile`);
      let shown3 = gaps.byProfile.slice(0, MAX_LISTED);
      for (let r2 of shown3) yield nl(c.dim(`    ${r2.code} ${r2.name}: ${safeText(changeText(r2))}`));
      gaps.byProfile.length > shown3.length && (yield nl(c.dim(`    \u2026 and ${gaps.byProfile.length - shown3.length} more (leastpriv rules --profile ${safeText(gaps.profile)})`)));
    }
    if (gaps.byRules.length) {
      yield nl(`  ${plural2(gaps.byRules.length, "rule")} turned off, downgraded or given other options by \`rules\`:`);
      for (let r2 of gaps.byRules) yield nl(c.dim(`    ${r2.code} ${r2.name}: ${safeText(changeText(r2))}`));
    }
    if (gaps.exclude.length && (yield nl(`  excluded paths: ${gaps.exclude.map(safeText).join(", ")}`)), gaps.suppressions.total) {
      yield nl(`  ${plural2(gaps.suppressions.total, "finding")} suppressed: ${countsText(gaps.suppressions)}`);
      let shown3 = gaps.suppressed.slice(0, MAX_LISTED);
      for (let x of shown3) yield nl(c.dim(`    ${displayFile(x.file)}:${x.line}  ${x.code} ${x.rule} (${x.kind}) \u2014 ${safeText(x.reason)}`));
      gaps.suppressed.length > shown3.length && (yield nl(c.dim(`    \u2026 and ${gaps.suppressed.length - shown3.length} more (--show-suppressed, or --format json)`)));
    }
  }
}, MAX_LISTED = 100, textReporter = (result, opts) => joinChunks(textChunks(result, opts));

// src/reporters/annotations.ts
var ANNOTATIONS_PER_KIND = 10;
function worstFirst(result) {
  let secSev = new Map(result.rules.map((r2) => [r2.code, r2.securitySeverity]));
  return result.findings.filter((f) => !f.suppressed).map((f, i) => ({ f, i })).sort(
    (a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || (secSev.get(b.f.code) ?? 0) - (secSev.get(a.f.code) ?? 0) || a.i - b.i
  ).map((x) => x.f);
}
function selectAnnotations(result, perKind = ANNOTATIONS_PER_KIND, reservedNotices = 0) {
  let all2 = worstFirst(result), by = { error: [], warning: [], note: [] };
  for (let f of all2) by[f.severity].push(f);
  let notes = perKind - reservedNotices, overflow = by.error.length > perKind || by.warning.length > perKind || by.note.length > notes, limit = { error: perKind, warning: perKind, note: overflow ? notes - 1 : notes }, keep = /* @__PURE__ */ new Set(), omittedBy = { error: 0, warning: 0, note: 0 };
  for (let sev of ["error", "warning", "note"])
    by[sev].slice(0, limit[sev]).forEach((f) => keep.add(f)), omittedBy[sev] = Math.max(0, by[sev].length - limit[sev]);
  return { shown: all2.filter((f) => keep.has(f)), omitted: all2.length - keep.size, omittedBy };
}
function omittedNotice(sel, seeAlso) {
  if (sel.omitted === 0) return;
  let parts = ["error", "warning", "note"].filter((s) => sel.omittedBy[s]).map((s) => `${sel.omittedBy[s]} ${s}${sel.omittedBy[s] === 1 ? "" : "s"}`);
  return `leastpriv: ${sel.omitted} more finding${sel.omitted === 1 ? "" : "s"} not shown as annotations (${parts.join(", ")}; GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step). ${seeAlso}`;
}
function notAuditedNotice(result) {
  let named = new Set(result.findings.map((f) => f.file)), quiet = (result.summary?.skipped ?? []).filter((k) => !named.has(k.file));
  if (quiet.length === 0) return;
  let shown2 = quiet.slice(0, 5).map((k) => `${k.file === "-" ? "stdin" : k.file} (${k.reason.replace(/:.*$/s, "")})`), more = quiet.length > shown2.length ? `, and ${quiet.length - shown2.length} more` : "";
  return {
    file: quiet[0].file,
    text: `leastpriv: ${quiet.length} file${quiet.length === 1 ? " was" : "s were"} not audited: ${shown2.join(", ")}${more}. A Helm chart's templates apply only once rendered: audit the rendered output (helm template CHART | leastpriv audit -).`
  };
}

// src/reporters/github.ts
var escData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"), escProp = (s) => escData(s).replace(/:/g, "%3A").replace(/,/g, "%2C"), COMMAND = { error: "error", warning: "warning", note: "notice" };
function annotationCommand(f) {
  let props = [...f.file === MODEL_FILE ? [] : [
    `file=${escProp(f.file === "-" ? "stdin" : f.file)}`,
    `line=${f.region.start.line}`,
    `col=${f.region.start.column}`,
    `endLine=${f.region.end.line}`,
    `endColumn=${f.region.end.column}`
  ], `title=${escProp(`leastpriv ${f.code} ${f.rule}`)}`], why = f.involves ? ` ${dependsOn(f)}` : "";
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escData(safeText(f.message) + why)}`;
}
function noticeCommand(message) {
  return `::notice title=leastpriv::${escData(message)}`;
}
function annotationCommands(result, seeAlso) {
  let notAudited = notAuditedNotice(result), sel = selectAnnotations(result, void 0, notAudited ? 1 : 0), out = sel.shown.map(annotationCommand), more = omittedNotice(sel, seeAlso);
  if (more && out.push(noticeCommand(more)), notAudited) {
    let file = notAudited.file === "-" ? "stdin" : notAudited.file;
    out.push(`::notice file=${escProp(file)},title=${escProp("leastpriv: not audited")}::${escData(safeText(notAudited.text))}`);
  }
  return out;
}

// src/version.ts
var VERSION = "0.1.0";

// src/action/runner-files.ts
import { appendFileSync as appendFileSync2 } from "node:fs";
import { randomUUID } from "node:crypto";
var STEP_SUMMARY_LIMIT = 1024 * 1024, InputError = class extends Error {
};
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function getBooleanInput(env, name, dflt) {
  let v = getInput(env, name);
  if (v === "") return dflt;
  if (["true", "True", "TRUE"].includes(v)) return !0;
  if (["false", "False", "FALSE"].includes(v)) return !1;
  throw new InputError(`input '${name}' must be true or false, not '${v}'`);
}
function getListInput(env, name) {
  return getInput(env, name).split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
}
function outputRecord(name, value) {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  for (; value.includes(delimiter); ) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}
function setOutputs(env, outputs) {
  let file = env.GITHUB_OUTPUT;
  file && appendFileSync2(file, Object.entries(outputs).map(([k, v]) => outputRecord(k, v)).join(""));
}
function appendSummary(env, markdown) {
  let file = env.GITHUB_STEP_SUMMARY;
  file && appendFileSync2(file, markdown);
}
function withoutCommands(text) {
  let token = `leastpriv-${randomUUID()}`;
  return `::stop-commands::${token}
${text}${text.endsWith(`
`) ? "" : `
`}::${token}::
`;
}

// src/graph/render.ts
var MERMAID_SHAPE = {
  subject: ["([", "])"],
  binding: ["[", "]"],
  role: ["[[", "]]"],
  permission: ["{{", "}}"],
  workload: ["[(", ")]"],
  node: ["((", "))"]
};
function mermaidText(s) {
  return s.replace(/[#"<>&|{}[\]()`\\;%]/g, (c) => `#${c.charCodeAt(0)};`).replace(/[\r\n\t]+/g, " ");
}
var where3 = (n) => n.file ? `${n.file}:${n.line}` : "", MERMAID_MAX_EDGES = 499;
function mermaidCap(g, note) {
  if (g.edges.length <= MERMAID_MAX_EDGES) return { g, note };
  let edges = g.edges.slice(0, MERMAID_MAX_EDGES), joined = new Set(g.edges.flatMap((e) => [e.from, e.to])), kept2 = new Set(edges.flatMap((e) => [e.from, e.to])), nodes = g.nodes.filter((n) => kept2.has(n.id) || !joined.has(n.id)), more = `${g.edges.length - edges.length} more edges and ${g.nodes.length - nodes.length} nodes not drawn (Mermaid draws fewer than 500 edges): use --focus, --attack-paths, or --format dot or json for the whole graph`;
  return { g: { ...g, nodes, edges }, note: note ? `${note}; ${more}` : more };
}
function toMermaid(whole, opts = {}) {
  let { g, note } = mermaidCap(whole, opts.note);
  opts = { ...opts, ...note !== void 0 ? { note } : {} };
  let out = [`flowchart ${opts.direction ?? "LR"}`];
  g.nodes.length || out.push(`  empty["${mermaidText(opts.note ?? "nothing to draw")}"]`);
  for (let n of g.nodes) {
    let [open, close] = MERMAID_SHAPE[n.kind], loc = where3(n);
    out.push(`  ${n.id}${open}"${mermaidText(n.label)}${loc ? `<br/><small>${mermaidText(loc)}</small>` : ""}"${close}`);
  }
  for (let e of g.edges) out.push(e.label ? `  ${e.from} -->|"${mermaidText(e.label)}"| ${e.to}` : `  ${e.from} --> ${e.to}`);
  opts.note && g.nodes.length && out.push(`  note["${mermaidText(opts.note)}"]`), out.push(
    "  classDef subject fill:#e8f0fe,stroke:#1a73e8",
    "  classDef binding fill:#f1f3f4,stroke:#5f6368",
    "  classDef role fill:#f1f3f4,stroke:#5f6368",
    "  classDef permission fill:#fef7e0,stroke:#e37400",
    "  classDef workload fill:#fce8e6,stroke:#d93025",
    "  classDef host fill:#d93025,stroke:#a50e0e,color:#ffffff"
  );
  let byKind = /* @__PURE__ */ new Map();
  for (let n of g.nodes) byKind.set(n.kind, [...byKind.get(n.kind) ?? [], n.id]);
  for (let [kind, ids2] of byKind) out.push(`  class ${ids2.join(",")} ${kind === "node" ? "host" : kind}`);
  return out.join(`
`) + `
`;
}

// src/action/summary-graph.ts
var MAX_PATHS = 12, MAX_DIAGRAM = 4e4;
function attackPathsMarkdown(graph) {
  if (!graph || !graph.paths.length) return [];
  let max = MAX_PATHS, cut = firstPaths(graph, max), diagram = toMermaid(cut.graph);
  for (; diagram.length > MAX_DIAGRAM && max > 1; )
    max = Math.max(1, Math.floor(max / 2)), cut = firstPaths(graph, max), diagram = toMermaid(cut.graph);
  if (diagram.length > MAX_DIAGRAM) return [];
  let n = graph.paths.length;
  return [
    "### Attack paths",
    "",
    `${n} chain${n === 1 ? "" : "s"} from a subject to root on a node (exec into a workload that reaches the node, or a permission that reaches it by itself):`,
    "",
    "```mermaid",
    diagram.trimEnd(),
    "```",
    "",
    ...cut.omitted ? [`\u2026 and ${cut.omitted} more: \`leastpriv graph --attack-paths\` draws them all.`, ""] : []
  ];
}

// src/action/summary.ts
var SUMMARY_ROWS = 50, MAX_MESSAGE = 400, ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", note: "\u{1F535}" };
function md(s, max = MAX_MESSAGE) {
  let t = s.length > max ? s.slice(0, max - 1) + "\u2026" : s;
  return safeText(t).replace(/[!-/:-@[-`{-~]/g, "\\$&");
}
function mdCode(s, max = MAX_MESSAGE, inTable = !0) {
  let safe = safeText(s.length > max ? s.slice(0, max - 1) + "\u2026" : s), t = inTable ? safe.replace(/\|/g, "\\|") : safe;
  if (t.trim() === "") return md(s, max);
  let longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r2) => r2.length)), fence2 = "`".repeat(longest + 1), pad = t.startsWith("`") || t.endsWith("`") || t.startsWith(" ") && t.endsWith(" ") ? " " : "";
  return `${fence2}${pad}${t}${pad}${fence2}`;
}
var urlPath = (file) => file.split("/").map((p) => encodeURIComponent(p).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
function blobBase(env) {
  let { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : void 0;
}
function where4(file, line, base, inTable = !0) {
  let label = mdCode(`${file === "-" ? "stdin" : file}:${line}`, MAX_MESSAGE, inTable);
  return !base || file === "-" || file.startsWith("/") || line < 1 ? label : `[${label}](${base}${urlPath(file)}#L${line})`;
}
function mdMessage(message, max = MAX_MESSAGE) {
  let t = message.length > max ? message.slice(0, max - 1) + "\u2026" : message, parts = t.split("`");
  return parts.length % 2 === 0 ? md(t, 1 / 0) : parts.map((p, i) => i % 2 === 0 ? md(p, 1 / 0) : mdCode(p, 1 / 0)).join("");
}
var LISTED = 50;
function summaryMarkdown(result, ctx) {
  let s = result.summary, n = s.findings, total = n.error + n.warning + n.note, out = [], status = ctx.failed ? "\u274C failed" : total ? "\u26A0\uFE0F passed with findings" : "\u2705 passed";
  if (out.push(`## leastpriv: ${status}`, ""), out.push(
    `${["error", "warning", "note"].map((k) => `**${n[k]}** ${k}${n[k] === 1 ? "" : "s"}`).join(", ")} in ${plural(s.objects, "object")}, ${plural(s.documents, "document")}, ${plural(s.files, "file")} (fails on: ${md(ctx.failOn)}${ctx.failOn === "none" ? ": this step never fails" : ""}).` + (s.suppressed ? ` ${s.suppressed} suppressed${ctx.baselineMatched ? `, ${ctx.baselineMatched} of them by the baseline` : ""}.` : ""),
    ""
  ), ctx.configNote && out.push(md(ctx.configNote, 1 / 0), ""), out.push(...attackPathsMarkdown(result.graph)), total) {
    let rows = /* @__PURE__ */ new Map(), uri = new Map(result.rules.map((r2) => [r2.code, r2.helpUri]));
    for (let f of worstFirst(result)) {
      let k = `${f.code} ${f.severity}`, row = rows.get(k);
      row ? row.count++ : rows.set(k, { f, count: 1, uri: uri.get(f.code) });
    }
    out.push("### By rule", "", "| Rule | Severity | Findings |", "|---|---|---:|");
    for (let { f, count, uri: u } of rows.values()) {
      let name = `${f.code} ${f.rule}`;
      out.push(`| ${u ? `[${name}](${u})` : name} | ${ICON[f.severity]} ${f.severity} | ${count} |`);
    }
    out.push("", "### Worst findings", "", "| Severity | Where | Rule | Finding |", "|---|---|---|---|");
    let worst = worstFirst(result);
    for (let f of worst.slice(0, SUMMARY_ROWS))
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${where4(f.file, f.region.start.line, ctx.blobBase)} | ${f.code} | ${mdMessage(f.message)} |`);
    worst.length > SUMMARY_ROWS && out.push("", `\u2026 and ${worst.length - SUMMARY_ROWS} more: see the SARIF file ${mdCode(ctx.sarifFile, MAX_MESSAGE, !1)} or code scanning.`), out.push("");
  }
  if (result.justifications.length) {
    let js = result.justifications;
    out.push(`<details><summary>${plural(js.length, "justified privilege")}</summary>`, "", "| Where | Object | Privilege | Reason |", "|---|---|---|---|");
    for (let j of js.slice(0, LISTED)) out.push(`| ${where4(j.file, j.region.start.line, ctx.blobBase)} | ${md(j.object)} | ${md(j.privilege)} | ${md(j.reason)} |`);
    js.length > LISTED && out.push("", `\u2026 and ${js.length - LISTED} more: see the log.`), out.push("", "</details>", "");
  }
  return out.push(...notCheckedMarkdown(result, ctx)), out.join(`
`) + `
`;
}
function notCheckedMarkdown(result, ctx) {
  let gaps = notChecked(result), s = result.summary, lines = [], item = (text) => {
    lines.push(`- ${text}`);
  };
  if (gaps) {
    if (gaps.byProfile.length && item(`profile ${md(gaps.profile)}: ${plural(gaps.byProfile.length, "rule")} off or downgraded against the default profile: ${gaps.byProfile.slice(0, LISTED).map((r2) => `${r2.code} ${r2.name} (${md(changeText(r2))})`).join(", ")}${gaps.byProfile.length > LISTED ? ", \u2026" : ""}`), gaps.byRules.length) {
      item(`${plural(gaps.byRules.length, "rule")} turned off, downgraded or given other options by \`rules\`${gaps.configFile ? ` in ${mdCode(ctx.configLabel ?? gaps.configFile, MAX_MESSAGE, !1)}` : ""}:`);
      for (let r2 of gaps.byRules) lines.push(`  - ${r2.code} ${r2.name}: ${md(changeText(r2))}`);
    }
    if (gaps.exclude.length && item(`excluded paths: ${gaps.exclude.map((p) => mdCode(p, MAX_MESSAGE, !1)).join(", ")}`), gaps.suppressions.total) {
      item(`${plural(gaps.suppressions.total, "finding")} suppressed (${countsText(gaps.suppressions)}):`);
      for (let x of gaps.suppressed.slice(0, LISTED)) lines.push(`  - ${where4(x.file, x.line, ctx.blobBase, !1)} ${x.code} ${x.rule}, by ${x.kind}: ${md(x.reason)}`);
      gaps.suppressed.length > LISTED && lines.push(`  - \u2026 and ${gaps.suppressed.length - LISTED} more: see the SARIF file ${mdCode(ctx.sarifFile, MAX_MESSAGE, !1)}.`);
    }
  }
  if (s.skipped.length) {
    item(`${plural(s.skipped.length, "file")} skipped:`);
    for (let k of s.skipped.slice(0, LISTED)) lines.push(`  - ${mdCode(k.file, MAX_MESSAGE, !1)}: ${md(k.reason)}`);
    s.skipped.length > LISTED && lines.push(`  - \u2026 and ${s.skipped.length - LISTED} more: see the log.`);
  }
  return s.nonKubernetes && item(`${plural(s.nonKubernetes, "file")} held no Kubernetes objects (values, kustomization, CI files)`), lines.length ? ["### Not checked in this run", "", ...lines, ""] : [];
}

// src/action/pr-suggestions.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { createHash } from "node:crypto";
function prTarget(env, token) {
  let path = env.GITHUB_EVENT_PATH;
  if (!path) return { skip: "no event payload (GITHUB_EVENT_PATH)" };
  let event;
  try {
    event = JSON.parse(readFileSync3(path, "utf8"));
  } catch (e) {
    return { skip: `cannot read the event payload: ${e.message}` };
  }
  let pr = event?.pull_request;
  if (!pr || typeof pr.number != "number") return { skip: `the ${env.GITHUB_EVENT_NAME ?? ""} event has no pull request`.replace("  ", " ") };
  let head = pr.head?.repo?.full_name, base = pr.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  return !head || head !== base || pr.head?.repo?.fork === !0 ? { skip: "the pull request comes from a fork, whose token cannot write review comments" } : token ? { api: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, ""), token, repo: base, pull: pr.number, headSha: pr.head.sha } : { skip: "no token: set the input 'github-token' (the default is the workflow's token)" };
}
function fence(text) {
  let n = 3;
  for (let m of text.matchAll(/`{3,}/g)) n = Math.max(n, m[0].length + 1);
  return "`".repeat(n);
}
function suggestionLines(text, e) {
  if (e.range[1] > e.range[0] && text[e.range[1] - 1] === `
` && e.region.end.line > e.region.start.line) {
    let lineStart4 = text.lastIndexOf(`
`, e.range[0] - 1) + 1, after2 = (text.slice(lineStart4, e.range[0]) + e.text).replace(/\r/g, "").replace(/\n$/, "");
    return { startLine: e.region.start.line, endLine: e.region.end.line - 1, after: after2, ...after2 === "" ? { removes: !0 } : {} };
  }
  let lineStart3 = text.lastIndexOf(`
`, e.range[0] - 1) + 1, lineEnd3 = text.indexOf(`
`, e.range[1]);
  lineEnd3 === -1 && (lineEnd3 = text.length);
  let after = (text.slice(lineStart3, e.range[0]) + e.text + text.slice(e.range[1], lineEnd3)).replace(/\r/g, "");
  return { startLine: e.region.start.line, endLine: e.region.end.line, after };
}
function reviewComments(result) {
  let out = [];
  for (let f of result.findings) {
    if (f.suppressed) continue;
    let chosen = f.fix ? { kind: "Fix", x: f.fix } : f.suggestions?.[0] ? { kind: "Suggestion", x: f.suggestions[0] } : void 0;
    if (chosen)
      for (let e of chosen.x.edits) {
        let text = result.sources.get(e.file)?.text;
        if (!text || e.file === "-" || e.file.startsWith("/")) continue;
        let s = suggestionLines(text, e), marker = `leastpriv-suggestion:${createHash("sha256").update(`${f.fingerprint}\0${e.file}\0${e.range.join(",")}\0${e.text}`).digest("hex").slice(0, 24)}`, block = fence(s.after);
        out.push({
          path: e.file,
          line: s.endLine,
          ...s.startLine !== s.endLine ? { startLine: s.startLine } : {},
          marker,
          body: [`**leastpriv ${f.code} ${f.rule}** (${f.severity}) \u2014 ${chosen.kind.toLowerCase()}: ${chosen.x.description}`, "", `${block}suggestion`, ...s.removes ? [] : [s.after], block, "", summaryOf(f), "", `<!-- ${marker} -->`].join(`
`)
        });
      }
  }
  return out;
}
function summaryOf(f) {
  return `<sub>${(f.message.length > 600 ? f.message.slice(0, 599) + "\u2026" : f.message).replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c])}</sub>`;
}
function diffLines(patch) {
  let out = /* @__PURE__ */ new Set();
  if (!patch) return out;
  let line = 0;
  for (let l of patch.split(`
`)) {
    let h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (h) {
      line = Number(h[1]);
      continue;
    }
    line && (l.startsWith("-") || l.startsWith("\\") || out.add(line++));
  }
  return out;
}
async function api(t, fetchImpl, method, path, body) {
  let res = await fetchImpl(`${t.api}/repos/${t.repo}/pulls/${t.pull}/${path}`, {
    method,
    headers: { authorization: `Bearer ${t.token}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": "leastpriv", ...body ? { "content-type": "application/json" } : {} },
    ...body ? { body: JSON.stringify(body) } : {}
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res.json();
}
async function all(t, fetchImpl, path) {
  let out = [];
  for (let page = 1; page <= 30; page++) {
    let items = await api(t, fetchImpl, "GET", `${path}?per_page=100&page=${page}`);
    if (!Array.isArray(items) || (out.push(...items), items.length < 100)) break;
  }
  return out;
}
async function postSuggestions(t, comments, max, fetchImpl = fetch) {
  let files = await all(t, fetchImpl, "files"), lines = new Map(files.map((f) => [String(f.filename), diffLines(f.patch)])), existing = await all(t, fetchImpl, "comments"), seen = new Set(existing.flatMap((c) => [...String(c.body ?? "").matchAll(/<!-- (leastpriv-suggestion:[0-9a-f]+) -->/g)].map((m) => m[1]))), r2 = { posted: 0, already: 0, outsideDiff: 0, overLimit: 0 };
  for (let c of comments) {
    if (seen.has(c.marker)) {
      r2.already++;
      continue;
    }
    let onDiff = lines.get(c.path), needed = Array.from({ length: c.line - (c.startLine ?? c.line) + 1 }, (_, i) => (c.startLine ?? c.line) + i);
    if (!onDiff || !needed.every((l) => onDiff.has(l))) {
      r2.outsideDiff++;
      continue;
    }
    if (r2.posted >= max) {
      r2.overLimit++;
      continue;
    }
    await api(t, fetchImpl, "POST", "comments", {
      body: c.body,
      commit_id: t.headSha,
      path: c.path,
      line: c.line,
      side: "RIGHT",
      ...c.startLine !== void 0 ? { start_line: c.startLine, start_side: "RIGHT" } : {}
    }), seen.add(c.marker), r2.posted++;
  }
  return r2;
}

// src/action/base-config.ts
import { execFileSync } from "node:child_process";
import { existsSync as existsSync6, readFileSync as readFileSync4 } from "node:fs";
import { isAbsolute as isAbsolute7, relative as relative10, resolve as resolve16 } from "node:path";
function configFromInput(v) {
  if (v === "" || v === "workspace") return "workspace";
  if (v === "base") return "base";
  throw new InputError(`input 'config-from' must be workspace or base, not '${v}'`);
}
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function baseSha(env) {
  let event = env.GITHUB_EVENT_NAME ?? "unknown", file = env.GITHUB_EVENT_PATH;
  if (!file || !existsSync6(file)) return { event };
  let payload;
  try {
    payload = JSON.parse(readFileSync4(file, "utf8"));
  } catch (e) {
    throw new InputError(`config-from: base: cannot read the event payload ${file}: ${e.message}`);
  }
  let sha = payload.pull_request?.base?.sha ?? payload.merge_group?.base_sha;
  if (sha === void 0) return { event };
  if (typeof sha != "string" || !SHA.test(sha)) throw new InputError(`config-from: base: the event's base commit is not a commit id: ${JSON.stringify(sha)}`);
  return { sha, event };
}
function git(cwd, args) {
  try {
    return { ok: !0, out: execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 67108864 }), err: "" };
  } catch (e) {
    let x = e;
    return { ok: !1, out: "", err: (x.stderr || x.code || x.message).toString().trim() };
  }
}
function repoPath(cwd, top, p) {
  let rel2 = relative10(top, resolve16(cwd, p)).split("\\").join("/");
  if (rel2.startsWith("..") || isAbsolute7(rel2)) throw new InputError(`config-from: base: ${p} is outside the repository`);
  return rel2;
}
function ensureCommit(cwd, sha) {
  if (git(cwd, ["cat-file", "-e", `${sha}^{commit}`]).ok) return;
  let fetched = git(cwd, ["fetch", "--no-tags", "--depth=1", "origin", sha]);
  if (!fetched.ok || !git(cwd, ["cat-file", "-e", `${sha}^{commit}`]).ok)
    throw new InputError(`config-from: base: the base commit ${sha} is not in the clone and could not be fetched (${fetched.err.split(`
`)[0] || "not found"}); check out with fetch-depth: 0, or fetch it before this step`);
}
function showAt(cwd, sha, path) {
  if (!git(cwd, ["cat-file", "-e", `${sha}:${path}`]).ok) return;
  let r2 = git(cwd, ["show", `${sha}:${path}`]);
  if (!r2.ok) throw new InputError(`config-from: base: cannot read ${path} at ${sha}: ${r2.err}`);
  return r2.out;
}
function baseConfig(env, cwd, configInput, knownRule) {
  let { sha, event } = baseSha(env);
  if (!sha)
    return { note: `config-from: base: this ${event} event has no base commit, so the checked-out config is used.` };
  let topR = git(cwd, ["rev-parse", "--show-toplevel"]);
  if (!topR.ok) throw new InputError(`config-from: base: the workspace is not a git clone (${topR.err.split(`
`)[0]})`);
  let top = topR.out.trim();
  ensureCommit(cwd, sha);
  let short2 = sha.slice(0, 12), path, text;
  if (configInput)
    path = repoPath(cwd, top, configInput), text = showAt(cwd, sha, path);
  else {
    let dir = repoPath(cwd, top, ".");
    for (; ; ) {
      for (let n of CONFIG_NAMES) {
        let p = dir === "" ? n : `${dir}/${n}`;
        if (text = showAt(cwd, sha, p), text !== void 0) {
          path = p;
          break;
        }
      }
      if (text !== void 0 || dir === "") break;
      dir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
    }
  }
  let readAtBase = (p) => showAt(cwd, sha, repoPath(cwd, top, p));
  if (text === void 0)
    return {
      config: defaults(),
      note: `Config read from the base commit ${short2} (config-from: base): it has no ${configInput || CONFIG_NAMES.join(" or ")}, so the defaults are used${changedNote(top, configInput ? repoPath(cwd, top, configInput) : void 0, void 0)}.`,
      readAtBase
    };
  let label = `${path} at ${short2}`;
  return {
    config: configFromText(text, resolve16(top, path), knownRule, label),
    note: `Config read from the base commit ${short2} (${path}, config-from: base), not from this pull request${changedNote(top, path, text)}.`,
    label: path,
    readAtBase
  };
}
function changedNote(top, path, baseText) {
  let candidates = path ? [path] : CONFIG_NAMES;
  for (let p of candidates) {
    let abs = resolve16(top, p), here = existsSync6(abs) ? readFileSync4(abs, "utf8") : void 0;
    if (here !== baseText && (here !== void 0 || baseText !== void 0))
      return `; this pull request ${here === void 0 ? "removes" : baseText === void 0 ? "adds" : "changes"} ${p}, which takes effect once merged`;
  }
  return "";
}

// src/action/run.ts
var LEVELS = ["error", "warning", "note", "none"];
function maxSeverity(findings) {
  for (let s of ["error", "warning", "note"]) if (findings.some((f) => !f.suppressed && f.severity === s)) return s;
  return "none";
}
async function prSuggestions(env, result, write) {
  let maxInput = getInput(env, "pr-suggestions-max") || "10";
  if (!/^\d+$/.test(maxInput)) throw new InputError(`input 'pr-suggestions-max' must be a whole number, not '${maxInput}'`);
  let target = prTarget(env, getInput(env, "github-token"));
  if ("skip" in target) {
    write(`::notice title=leastpriv::${escData(`pr-suggestions skipped: ${target.skip}`)}
`);
    return;
  }
  try {
    let r2 = await postSuggestions(target, reviewComments(result), Number(maxInput));
    write(`leastpriv: pr-suggestions: ${r2.posted} posted, ${r2.already} already on the pull request, ${r2.outsideDiff} outside its diff, ${r2.overLimit} over the limit of ${maxInput}
`);
  } catch (e) {
    write(`::warning title=leastpriv::${escData(`pr-suggestions: ${e.message}`)}
`);
  }
}
async function runAction(env, write) {
  try {
    let cwd = resolve17(env.GITHUB_WORKSPACE || process.cwd()), configInput = getInput(env, "config"), fromBase = configFromInput(getInput(env, "config-from")) === "base" ? baseConfig(env, cwd, configInput, isKnownRule) : void 0, config = fromBase?.config ?? loadConfig({ cwd, ...configInput ? { configPath: configInput } : {}, knownRule: isKnownRule });
    fromBase && write(`leastpriv: ${fromBase.note}
`);
    let profile2 = getInput(env, "profile");
    if (profile2) {
      if (!PROFILE_NAMES().includes(profile2)) throw new InputError(`input 'profile': unknown profile '${profile2}' (${PROFILE_NAMES().join(", ")})`);
      config.profile = profile2;
    }
    let failOnInput = getInput(env, "fail-on");
    if (failOnInput && !LEVELS.includes(failOnInput)) throw new InputError(`input 'fail-on' must be one of ${LEVELS.join(", ")}`);
    let failOn = failOnInput || config.failOn, sarifFile = getInput(env, "sarif-file") || "leastpriv.sarif", baselineInput = getInput(env, "baseline"), baseline;
    if (baselineInput)
      try {
        let text = fromBase?.readAtBase ? fromBase.readAtBase(baselineInput) : readFileSync5(resolve17(cwd, baselineInput), "utf8");
        text !== void 0 && (baseline = { baseline: parseBaseline(text), label: fromBase?.readAtBase ? `${baselineInput} (base commit)` : baselineInput });
      } catch (e) {
        throw new InputError(`input 'baseline': ${baselineInput}: ${e.code ?? e.message}`);
      }
    let listed = getListInput(env, "paths"), paths = listed.length ? listed : ["."], missing = paths.filter((p) => !existsSync7(resolve17(cwd, p)));
    if (missing.length) throw new InputError(`input 'paths': no such file or folder in the workspace: ${missing.join(", ")}`);
    let allowEmpty = getBooleanInput(env, "allow-empty", !1), result = audit({ paths, cwd, config, ...baseline ? { baseline } : {}, fixes: !0, graph: getBooleanInput(env, "summary", !0) }), empty = auditedNothing(result) && !allowEmpty, failed = exitCodeFor(result, failOn) === 1 || empty, reportOpts = { color: !1, showSuppressed: !1, sarifRoot: cwd, cwd, toolVersion: VERSION }, sarifPath = resolve17(cwd, sarifFile);
    if (mkdirSync3(dirname10(sarifPath), { recursive: !0 }), writeChunksToFile(sarifPath, sarifChunks(result, reportOpts)), getBooleanInput(env, "annotations", !0)) {
      let cmds = annotationCommands(result, "See the job summary, the log or the SARIF file for all of them.");
      cmds.length && write(cmds.join(`
`) + `
`);
    }
    write(withoutCommands(textReporter(result, reportOpts)));
    let baselineMatched = result.findings.filter((f) => f.suppressed?.kind === "baseline").length;
    if (getBooleanInput(env, "summary", !0)) {
      let configLabel = fromBase?.label ?? (config.file ? relative11(cwd, config.file) || config.file : void 0), md2 = summaryMarkdown(result, {
        ...blobBase(env) ? { blobBase: blobBase(env) } : {},
        failOn,
        failed,
        sarifFile,
        baselineMatched,
        ...fromBase ? { configNote: fromBase.note } : {},
        ...configLabel ? { configLabel } : {}
      });
      Buffer.byteLength(md2) > STEP_SUMMARY_LIMIT / 2 && (md2 = md2.slice(0, STEP_SUMMARY_LIMIT / 8) + `

\u2026 summary cut: see the log or the SARIF file.
`), appendSummary(env, md2);
    }
    getBooleanInput(env, "pr-suggestions", !1) && await prSuggestions(env, result, write);
    let unsuppressed = result.findings.filter((f) => !f.suppressed);
    if (setOutputs(env, { "sarif-file": sarifFile, findings: String(unsuppressed.length), "max-severity": maxSeverity(result.findings) }), empty)
      return write(`::error title=leastpriv::${escData(`leastpriv: ${emptyRunMessage(result, paths).replace("pass --allow-empty", "set the input 'allow-empty: true'")}`)}
`), 1;
    if (failed) {
      let atOrAbove = unsuppressed.length;
      return write(`leastpriv: failing the step: findings at or above '${failOn}' (${atOrAbove} unsuppressed findings in all).
`), 1;
    }
    return 0;
  } catch (e) {
    let msg = e instanceof InputError || e instanceof ConfigError ? e.message : e instanceof Error ? e.stack ?? e.message : String(e), kind = e instanceof ConfigError ? "config error: " : e instanceof InputError ? "" : "internal error: ";
    return write(`::error title=leastpriv::${escData(`leastpriv: ${kind}${msg}`)}
`), 1;
  }
}

// src/action/main.ts
runAction(process.env, (s) => {
  process.stdout.write(s);
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stdout.write(`::error title=leastpriv::${escData(`internal error: ${e instanceof Error ? e.message : String(e)}`)}
`), process.exitCode = 1;
  }
);

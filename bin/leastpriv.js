#!/usr/bin/env node
// CommonJS (bin/package.json): the CLI is dist/cli/leastpriv.cjs, loaded with a V8 code cache by
// dist/cli/launch.cjs (src/cli/launch.ts; README, *Cache*). A CommonJS entry also spares Node's ES
// module loader at start-up.
'use strict';
const { join } = require('node:path');
require('../dist/cli/launch.cjs').launch(join(__dirname, '..', 'dist', 'cli', 'leastpriv.cjs'));

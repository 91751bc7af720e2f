#!/usr/bin/env node
// Launcher: the bundled CLI (dist/bundle/cli.js, CommonJS, built by scripts/bundle.js) does the
// rest. CommonJS, so that it runs as a bin under any name and from any package type.
'use strict';
require('../dist/bundle/cli.js').main();

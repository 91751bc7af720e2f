#!/usr/bin/env node
// Launcher: the bundled CLI (dist/bundle/cli.cjs, built by scripts/bundle.js) does the rest.
// CommonJS, as cli.cjs is: the light commands start without Node's ES module loader.
'use strict';
require('../dist/bundle/cli.cjs').main();

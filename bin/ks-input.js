#!/usr/bin/env node
// Launcher: the bundled CLI (dist/bundle/, built by scripts/bundle.js) does the rest.
import { main } from '../dist/bundle/cli.js';

await main();

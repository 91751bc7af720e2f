#!/usr/bin/env node
// Launcher: the built CLI does the rest.
import { main } from '../dist/cli/main.js';

await main();

#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm run build`).
import { endQuietlyOnClosedPipe } from '../dist/cli/closed-pipe.js';
import { main } from '../dist/cli/main.js';

endQuietlyOnClosedPipe([process.stdout, process.stderr]);
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// The `rounds` command runs the compiled CLI (built by `npm run build`, which `npm ci` runs
// through the `prepare` script), so start-up does not pay for a TypeScript loader.
import('../dist/src/cli/main.js').then(
  (cli) => cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; }),
  (error) => {
    console.error(`rounds: cannot load the CLI (${error.message}); run \`npm run build\` first`);
    process.exitCode = 2;
  },
);

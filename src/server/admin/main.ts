import { runAdmin } from './runAdmin.ts';

// `npm run admin -- <command>`: see adminHelp.ts.
process.exitCode = await runAdmin(process.argv.slice(2), {
  env: process.env,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});

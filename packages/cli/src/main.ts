import { run } from './run';

run(process.argv.slice(2), {
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text),
}).then(
  code => {
    process.exitCode = code;
  },
  error => {
    process.stderr.write(`portolan: ${String(error?.stack ?? error)}\n`);
    process.exitCode = 2;
  },
);

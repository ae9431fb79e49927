import { run } from './run';

run(process.argv.slice(2), {
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text),
}).then(
  code => {
    process.exitCode = code;
  },
  error => {
    // A bug, not bad input: the message, and the stack only when asked for.
    process.stderr.write(
      `portolan: internal error: ${String(
        (process.env.PORTOLAN_DEBUG && error?.stack) || error?.message || error,
      )}\n`,
    );
    process.exitCode = 2;
  },
);

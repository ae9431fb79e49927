import type { Output } from '../run';

/** What a command wrote, caught as the terminal would show it. */
export function captureOutput() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Output = {
    out: text => void out.push(text),
    err: text => void err.push(text),
  };
  return {
    io,
    out: () => out.join(''),
    err: () => err.join(''),
    /** Both streams, for what must appear in neither. */
    all: () => out.join('') + err.join(''),
  };
}

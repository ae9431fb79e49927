import type { TemplateLines } from './tree';

/**
 * Lines of JSON string values by key, found in one linear pass over the
 * text, because `JSON.parse` keeps no positions. Each `"key": "value"`
 * occurrence is queued in document order; asking for the line of
 * `container[key]` takes the next queued line of that key and value, so
 * repeated types get their own lines as long as they are asked for in
 * document order (a walk of the parsed value is).
 */
export class JsonValueLines implements TemplateLines {
  private readonly queues = new Map<string, number[]>();
  private readonly taken = new Map<string, number>();
  private readonly answered = new WeakMap<
    object,
    Map<string, number | undefined>
  >();

  constructor(text: string, keys: ReadonlySet<string>) {
    let line = 1;
    let lastString: string | undefined;
    let pendingKey: string | undefined;
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22 /* " */) {
        const start = i + 1;
        const startLine = line;
        let j = start;
        let escaped = false;
        while (j < text.length) {
          const d = text.charCodeAt(j);
          if (d === 0x5c /* \ */) {
            escaped = true;
            j += 2;
            continue;
          }
          if (d === 0x22) break;
          if (d === 0x0a) line += 1;
          j += 1;
        }
        const raw = text.slice(start, Math.min(j, text.length));
        const value = escaped ? decodeJsonString(raw) : raw;
        i = j + 1;
        if (pendingKey !== undefined) {
          this.record(pendingKey, value, startLine);
          pendingKey = undefined;
        } else {
          lastString = value;
        }
        continue;
      }
      if (c === 0x0a) {
        line += 1;
      } else if (c === 0x3a /* : */) {
        pendingKey =
          lastString !== undefined && keys.has(lastString)
            ? lastString
            : undefined;
        lastString = undefined;
      } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) {
        lastString = undefined;
        pendingKey = undefined;
      }
      i += 1;
    }
  }

  line(container: object, key: string): number | undefined {
    let answers = this.answered.get(container);
    if (answers?.has(key)) return answers.get(key);
    const value = (container as Record<string, unknown>)[key];
    let line: number | undefined;
    if (typeof value === 'string') {
      const slot = `${key}\u0000${value}`;
      const queue = this.queues.get(slot);
      const next = this.taken.get(slot) ?? 0;
      if (queue && next < queue.length) {
        line = queue[next];
        this.taken.set(slot, next + 1);
      } else if (queue) {
        line = queue[queue.length - 1];
      }
    }
    if (!answers) this.answered.set(container, (answers = new Map()));
    answers.set(key, line);
    return line;
  }

  private record(key: string, value: string, line: number) {
    const slot = `${key}\u0000${value}`;
    const queue = this.queues.get(slot);
    if (queue) queue.push(line);
    else this.queues.set(slot, [line]);
  }
}

function decodeJsonString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

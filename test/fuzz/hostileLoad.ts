/*
 * The load of the assess fuzz (assess.fuzz.ts), run in a worker thread so
 * that generating and timing requests does not share the backend's event
 * loop: hostile requests of several kinds, drawn from a seeded generator,
 * sent at a fixed concurrency.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'undici';
import {
  ANNOTATIONS,
  DISCOVERY_ANNOTATIONS,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { mulberry32 } from '../bench/synthetic';

const ASSESS_PATH = '/api/sovereignty/assess';

export interface LoadOptions {
  origin: string;
  count: number;
  concurrency: number;
  seed: number;
}

export interface Sent {
  kind: string;
  ms: number;
  status: number;
  requestBytes: number;
  responseBytes: number;
}

export interface LoadResult {
  seconds: number;
  /** ms per request, in sending order. */
  latencies: Float64Array;
  kinds: string[];
  kindOf: Uint8Array;
  statusOf: Uint16Array;
  statuses: Record<number, number>;
  networkErrors: number;
  slowest: Sent[];
  largestResponse: Sent;
  largestRatio: Sent;
  /** The start of one answer per kind and status other than 200. */
  answers: Record<string, string>;
  /** Time the worker spent building requests rather than sending them. */
  generationSeconds: number;
}

type Request = { body: string; contentType?: string };
type Generator = () => Request;

/** The kinds of hostile request, drawn with `random` (seeded: runs repeat). */
function generators(
  random: () => number,
  serviceIds: string[],
  annotationKeys: string[],
) {
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(random() * list.length)];
  const upTo = (max: number) => Math.floor(random() * max);
  const repeatTo = (unit: string, length: number) =>
    unit.repeat(Math.max(1, Math.ceil(length / unit.length))).slice(0, length);

  const entity = (
    annotations: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: `fuzz-${upTo(1e9)}`, annotations },
    spec: { type: 'service', owner: 'group:default/team' },
    ...extra,
  });
  const json = (value: unknown): Request => ({ body: JSON.stringify(value) });
  /** A body holding one entity with these annotations. */
  const posted = (annotations: Record<string, unknown>) =>
    json({ entity: entity(annotations) });

  const units = [
    ':',
    ',',
    '\n',
    ' ',
    '/',
    ', ',
    ': ',
    'a:',
    'a:b ',
    'a:b:',
    '\t',
    '-',
    '..',
    'x',
    '2027-',
    'https://',
    'azure:key-valt, ',
    'aws:s3 ',
    '\u2028',
    '\u00a0',
    'é',
    '😀',
    '\u0000',
    '\u202e',
  ];
  const hostileValue = (maxLength: number) =>
    pick(['', 'https://', 'a:b:', 'self-hosted:', 'docs/']) +
    repeatTo(
      Array.from({ length: 1 + upTo(3) }, () => pick(units)).join(''),
      1 + upTo(maxLength),
    ) +
    pick(['', ' x', '!', '\u2028x', ':']);
  const unknownIds = (maxLength: number) => {
    const stem = pick([
      'azure:key-vaul',
      'aws:s',
      'gcp:big-quer',
      'stackit:',
      'qqq:',
      'amazon:sq',
      '',
    ]);
    const separator = pick([', ', '\n', ' ', ',,,', ': reason\n']);
    let value = '';
    for (let i = upTo(1e6); value.length < maxLength; i++) {
      value += stem + i.toString(36) + separator;
    }
    return value;
  };
  const controlText = () => {
    let text = '';
    const length = 1 + upTo(200);
    for (let i = 0; i < length; i++) {
      text += pick([
        String.fromCharCode(upTo(32)),
        '\ud800',
        '\udfff',
        '\u202e',
        '\u200b',
        '\ufeff',
        'e\u0301',
        '𝔘',
        'a',
      ]);
    }
    return text;
  };
  const deep = (depth: number) => {
    const open = pick(['[', '{"a":']);
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  };
  const wrongValue = () =>
    pick<unknown>([
      42,
      -1.5e308,
      true,
      null,
      [],
      ['aws:s3'],
      {},
      { 'aws:s3': true },
      [[[['x']]]],
      '',
    ]);

  const kinds: Record<string, Generator> = {
    'huge value': () =>
      posted({ [pick(annotationKeys)]: hostileValue(95_000) }),
    'all keys hostile': () =>
      posted(
        Object.fromEntries(annotationKeys.map(k => [k, hostileValue(9_000)])),
      ),
    'unknown ids': () =>
      posted({
        [pick([
          'portolan.dev/services',
          'portolan.dev/accepted-dependencies',
          'portolan.dev/target-providers',
          'portolan.dev/ignore-services',
        ])]: unknownIds(1 + upTo(95_000)),
      }),
    'related flood': () => {
      const count = 1 + upTo(200);
      const each = Math.floor(90_000 / count) - 150;
      return json({
        entity: entity({ 'portolan.dev/services': 'aws:s3' }),
        related: Array.from({ length: count }, () =>
          entity({ 'portolan.dev/services': unknownIds(Math.max(10, each)) }),
        ),
      });
    },
    'many keys': () => {
      const annotations: Record<string, string> = {};
      const count = 1 + upTo(3000);
      for (let i = 0; i < count; i++) {
        annotations[
          `portolan.dev/${pick(['', 'x-', 'servics', 'hostin'])}${i}`
        ] = 'x';
      }
      return posted(annotations);
    },
    'deep json': () => {
      const depth = 1 + upTo(30_000);
      const where = pick(['spec', 'annotation', 'metadata', 'related', 'body']);
      const nested = deep(depth);
      const name = `"fuzz-${upTo(1e9)}"`;
      const bodies: Record<string, string> = {
        spec: `{"entity":{"kind":"Component","metadata":{"name":${name}},"spec":${nested}}}`,
        annotation: `{"entity":{"kind":"Component","metadata":{"name":${name},"annotations":{"portolan.dev/services":${nested}}}}}`,
        metadata: `{"entity":{"kind":"Component","metadata":{"name":${name},"x":${nested}}}}`,
        related: `{"entity":{"kind":"Component","metadata":{"name":${name}}},"related":[${nested}]}`,
        body: nested,
      };
      return { body: bodies[where] };
    },
    'wrong types': () => {
      const good = entity({ 'portolan.dev/services': 'aws:s3' });
      const mutations: Array<() => unknown> = [
        () => ({
          entity: {
            ...good,
            metadata: { name: 'x', annotations: wrongValue() },
          },
        }),
        () => ({ entity: entity({ [pick(annotationKeys)]: wrongValue() }) }),
        () => ({ entity: { ...good, kind: wrongValue() } }),
        () => ({ entity: { ...good, metadata: { name: wrongValue() } } }),
        () => ({ entity: { ...good, metadata: wrongValue() } }),
        () => ({ entity: wrongValue() }),
        () => ({ entity: good, related: wrongValue() }),
        () => ({ entity: good, related: [good, wrongValue()] }),
        () => ({ entity: good, related: Array(201).fill(good) }),
        () => ({
          entity: { ...good, relations: wrongValue(), spec: wrongValue() },
        }),
        () => ({
          entity: {
            ...good,
            metadata: {
              ...good.metadata,
              namespace: wrongValue(),
              title: wrongValue(),
            },
          },
        }),
        () => wrongValue(),
      ];
      return json(pick(mutations)());
    },
    'missing fields': () =>
      pick<Request>([
        { body: '' },
        { body: '{}' },
        { body: 'null' },
        { body: '[]' },
        { body: '""' },
        { body: '{"entity":{}}' },
        { body: '{"entity":{"kind":"Component"}}' },
        { body: '{"entity":{"metadata":{"name":"x"}}}' },
        { body: '{"entity":{"kind":"Component","metadata":{"name":"x"}' },
        { body: 'garbage{' },
        { body: '{"entity":1e999999}' },
        { body: 'entity=x', contentType: 'application/x-www-form-urlencoded' },
        { body: '{"entity":{}}', contentType: 'text/plain' },
        {
          body: '{"entity":{}}',
          contentType: 'application/json; charset=utf-7',
        },
      ]),
    unicode: () =>
      json({
        entity: {
          kind: controlText(),
          metadata: {
            name: controlText(),
            namespace: controlText(),
            annotations: {
              [`portolan.dev/${controlText()}`]: controlText(),
              'portolan.dev/services': controlText(),
              'portolan.dev/hosting': controlText(),
              'portolan.dev/exit-plan': `https://${controlText()}`,
              'portolan.dev/accepted-dependencies': `aws:s3: ${controlText()}`,
            },
          },
        },
      }),
    'prototype keys': () => ({
      body: `{"entity":{"kind":"Component","__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"metadata":{"name":"x","__proto__":null,"annotations":{"__proto__":{"portolan.dev/services":"aws:s3"},"constructor":"x","portolan.dev/__proto__":"x","hasOwnProperty":1}}}}`,
    }),
    'hostile discovery report': () => {
      const report = pick<unknown>([
        hostileValue(95_000),
        JSON.stringify({
          version: 1,
          services: Array.from({ length: upTo(400) }, (_, i) => ({
            id: pick([...serviceIds.slice(0, 20), `x:${i}`, 42, null]),
            evidence: Array.from({ length: upTo(8) }, () => ({
              path: hostileValue(120),
              line: pick([1, -1, 1.5, 'x', 1e300]),
              detector: hostileValue(40),
              match: hostileValue(120),
            })),
          })),
          hosting: wrongValue(),
          findings: wrongValue(),
          scan: wrongValue(),
        }).slice(0, 95_000),
        deep(upTo(30_000)),
      ]);
      return posted({ 'portolan.dev/discovered': report });
    },
    oversized: () =>
      posted({
        'portolan.dev/services': repeatTo('aws:s3, ', 100_000 + upTo(900_000)),
      }),
    'well formed': () =>
      posted({
        'portolan.dev/services': Array.from({ length: 1 + upTo(8) }, () =>
          pick(serviceIds),
        ).join(', '),
        'portolan.dev/hosting': pick([
          'aws:eu-central-1',
          'stackit:eu01',
          'azure:westeurope',
        ]),
        'portolan.dev/criticality': pick(['standard', 'critical']),
      }),
  };
  /** How often each kind is sent: mostly hostile, some expensive ones rarer. */
  const weights: Record<string, number> = {
    'huge value': 14,
    'all keys hostile': 6,
    'unknown ids': 12,
    'related flood': 6,
    'many keys': 5,
    'deep json': 6,
    'wrong types': 14,
    'missing fields': 8,
    unicode: 10,
    'prototype keys': 2,
    'hostile discovery report': 6,
    oversized: 3,
    'well formed': 8,
  };
  const names = Object.keys(kinds);
  const total = names.reduce((sum, name) => sum + weights[name], 0);
  return {
    names,
    next(): { kind: number; request: Request } {
      let roll = random() * total;
      for (let kind = 0; kind < names.length; kind++) {
        roll -= weights[names[kind]];
        if (roll < 0) return { kind, request: kinds[names[kind]]() };
      }
      return { kind: 0, request: kinds[names[0]]() };
    },
  };
}

async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const generator = generators(
    mulberry32(options.seed),
    knowledgeBase.services.map(s => s.id),
    [
      ...Object.values(ANNOTATIONS),
      ...Object.values(DISCOVERY_ANNOTATIONS),
      'portolan.dev/owner-team',
    ],
  );
  const pool = new Pool(options.origin, { connections: options.concurrency });
  const latencies = new Float64Array(options.count);
  const kindOf = new Uint8Array(options.count);
  const statusOf = new Uint16Array(options.count);
  const statuses: Record<number, number> = {};
  const slowest: Sent[] = [];
  let networkErrors = 0;
  let generationMs = 0;
  const answers: Record<string, string> = {};
  let largestResponse: Sent | undefined;
  let largestRatio: Sent | undefined;
  let next = 0;
  const started = performance.now();

  async function send(at: number) {
    const generating = performance.now();
    const { kind, request } = generator.next();
    generationMs += performance.now() - generating;
    kindOf[at] = kind;
    const start = performance.now();
    let status = 0;
    let responseBytes = 0;
    try {
      const response = await pool.request({
        path: ASSESS_PATH,
        method: 'POST',
        headers: { 'content-type': request.contentType ?? 'application/json' },
        body: request.body,
      });
      status = response.statusCode;
      const answer = Buffer.from(await response.body.arrayBuffer());
      responseBytes = answer.byteLength;
      const sample = `${generator.names[kind]} ${status}`;
      if (status !== 200 && !(sample in answers)) {
        answers[sample] = answer.subarray(0, 240).toString();
      }
    } catch {
      networkErrors += 1;
    }
    const ms = performance.now() - start;
    latencies[at] = ms;
    statusOf[at] = status;
    statuses[status] = (statuses[status] ?? 0) + 1;
    const sent: Sent = {
      kind: generator.names[kind],
      ms,
      status,
      requestBytes: Buffer.byteLength(request.body),
      responseBytes,
    };
    if (slowest.length < 10 || ms > slowest[slowest.length - 1].ms) {
      slowest.push(sent);
      slowest.sort((a, b) => b.ms - a.ms);
      slowest.length = Math.min(slowest.length, 10);
    }
    if (!largestResponse || responseBytes > largestResponse.responseBytes) {
      largestResponse = sent;
    }
    // Against small bodies any error message is a large multiple.
    const ratio = responseBytes / Math.max(1024, sent.requestBytes);
    if (
      !largestRatio ||
      ratio >
        largestRatio.responseBytes / Math.max(1024, largestRatio.requestBytes)
    ) {
      largestRatio = sent;
    }
  }

  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.count) await send(next++);
    }),
  );
  await pool.close();
  return {
    seconds: (performance.now() - started) / 1000,
    latencies,
    kinds: generator.names,
    kindOf,
    statusOf,
    statuses,
    networkErrors,
    slowest,
    largestResponse: largestResponse!,
    largestRatio: largestRatio!,
    answers,
    generationSeconds: generationMs / 1000,
  };
}

if (!isMainThread) {
  runLoad(workerData as LoadOptions).then(result =>
    parentPort!.postMessage(result, [result.latencies.buffer]),
  );
}

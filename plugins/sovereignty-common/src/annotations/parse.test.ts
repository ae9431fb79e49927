import fc from 'fast-check';
import type { Entity } from '@backstage/catalog-model';
import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import { createKnowledgeIndex } from '../assessment/knowledgeIndex';
import type { Finding } from '../assessment/types';
import { ANNOTATIONS, ANNOTATION_LIMITS } from './keys';
import { normaliseToken, parseAnnotations, splitList } from './parse';
import { editDistance } from './suggest';
import { BoundedCache } from './boundedCache';

const NOW = '2026-11-21T12:00:00.000Z';
const serviceIds = knowledgeBase.services.map(s => s.id);

function entityWith(annotations: Record<string, unknown>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'subject', annotations },
  } as Entity;
}

/** A fresh index: nothing cached from other tests. */
function parse(annotations: Record<string, unknown>) {
  return parseAnnotations(
    entityWith(annotations),
    createKnowledgeIndex(knowledgeBase),
    NOW,
  );
}

const withCode = (findings: Finding[], code: string) =>
  findings.filter(f => f.code === code);

/**
 * The regular expressions the parser used to run, kept here as the
 * definition the char loops must agree with. Safe on these short inputs;
 * on long ones they backtrack for seconds.
 */
const oracle = {
  normaliseToken: (raw: string) =>
    raw
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .replace(/-+/g, '-'),
  splitList: (value: string) =>
    value
      .split(/[,\n\r]+/)
      .map(part => part.trim())
      .filter(part => part.length > 0),
  severalIds: (item: string) => /^\S+:\S+(\s+\S+:\S+)+$/.test(item),
  acceptedLine: (line: string) => {
    const match = /^([^:\s]+:[^:\s]+)\s*:\s*(.*)$/.exec(line);
    return match ? { id: match[1], reason: match[2].trim() } : undefined;
  },
  exitPlan: (value: string) => {
    const trimmed = value.trim();
    if (/^https?:\/\/[^\s/]+\S*$/i.test(trimmed)) return 'url';
    const scheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
    return !scheme && /^[\w./ -]+$/.test(trimmed) && !trimmed.includes('..')
      ? 'path'
      : undefined;
  },
};

/**
 * What the parser must report for an accepted-dependencies line that starts
 * with `id`, by the oracle. Nothing when the oracle reads a longer id: the
 * property says nothing about that one.
 */
function oracleAcceptedOutcome(line: string, id: string) {
  const expected = oracle.acceptedLine(line);
  if (!expected) return { invalidFindings: 1 };
  if (expected.id !== id) return {};
  if (expected.reason) {
    return { accepted: { service: id, reason: expected.reason } };
  }
  return { withoutReasonFindings: 1 };
}

/** Short strings over the characters the parsers treat specially. */
const tricky = fc.string({
  unit: fc.constantFrom(
    ...'aZ09:,/._- \t\n\r'.split(''),
    '\u00a0',
    '\u2028',
    '\ufeff',
    'é',
    'İ',
    'https://',
    'aws:s3',
    'review 2027-01-15',
  ),
  maxLength: 12,
});

describe('parseAnnotations agrees with the regular expressions it replaced', () => {
  it('normalises tokens and splits lists the same way', () => {
    fc.assert(
      fc.property(tricky, value => {
        expect(normaliseToken(value)).toBe(oracle.normaliseToken(value));
        expect(splitList(value)).toEqual(oracle.splitList(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('recognises a list with missing commas the same way', () => {
    fc.assert(
      fc.property(tricky, value => {
        const item = value.trim();
        fc.pre(item.length > 0 && !/[,\n\r]/.test(item));
        const { findings } = parse({ [ANNOTATIONS.services]: item });
        expect(withCode(findings, 'list-separator').length).toBe(
          oracle.severalIds(item) ? 1 : 0,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('splits accepted dependencies into id and reason the same way', () => {
    // `.` in the old expression stopped at U+2028; reasons may now hold it.
    const line = tricky.filter(v => !v.includes('\u2028'));
    fc.assert(
      fc.property(fc.constantFrom(...serviceIds), line, (id, rest) => {
        const value = `${id}${rest}`.trim();
        fc.pre(value.length > 0 && !/[\n\r]/.test(value));
        const { annotations, findings } = parse({
          [ANNOTATIONS.acceptedDependencies]: value,
        });
        expect({
          accepted: annotations.acceptedDependencies[0],
          invalidFindings: withCode(findings, 'invalid-accepted-dependency')
            .length,
          withoutReasonFindings: withCode(findings, 'accepted-without-reason')
            .length,
        }).toMatchObject(oracleAcceptedOutcome(value, id));
      }),
      { numRuns: 1000 },
    );
  });

  it('tells URLs, paths and anything else apart in exit plans the same way', () => {
    fc.assert(
      fc.property(tricky, value => {
        const { annotations } = parse({ [ANNOTATIONS.exitPlan]: value });
        expect(annotations.exitPlan?.kind).toBe(oracle.exitPlan(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads review dates anywhere in the reason', () => {
    const { annotations, findings } = parse({
      [ANNOTATIONS.acceptedDependencies]: [
        'azure:key-vault: HSM contract, review 2027-03',
        'aws:s3: archive 12345-06-07 untouched',
        'aws:sqs: no date at all',
        'gcp:bigquery: review 2027-02-30 is no day',
      ].join('\n'),
    });
    const byService = new Map(
      annotations.acceptedDependencies.map(a => [a.service, a.reviewBy]),
    );
    expect(byService.get('azure:key-vault')).toBe('2027-03-31');
    // The first date-shaped text wins, as with the old expression.
    expect(byService.get('aws:s3')).toBe('2345-06-07');
    expect(byService.get('aws:sqs')).toBeUndefined();
    expect(byService.get('gcp:bigquery')).toBeUndefined();
    expect(withCode(findings, 'accepted-without-review')).toHaveLength(2);
  });
});

describe('parseAnnotations caps', () => {
  it('reads a too long service list up to its last separator within the cap', () => {
    const ids: string[] = [];
    let value = '';
    for (const id of serviceIds) {
      if (value.length > ANNOTATION_LIMITS.listLength + 500) break;
      ids.push(id);
      // Padded, so the length cap comes before the item cap.
      value += `${id},${' '.repeat(60)}`;
    }
    expect(value.length).toBeGreaterThan(ANNOTATION_LIMITS.listLength);
    const { annotations, findings } = parse({ [ANNOTATIONS.services]: value });
    expect(withCode(findings, 'value-too-long')).toEqual([
      expect.objectContaining({
        annotation: ANNOTATIONS.services,
        message: expect.stringContaining(`${value.length} characters`),
      }),
    ]);
    // Whole ids only: no half id became an unknown one.
    expect(withCode(findings, 'unknown-service')).toEqual([]);
    const readUpTo = value.lastIndexOf(',', ANNOTATION_LIMITS.listLength);
    expect(annotations.services).toEqual(
      ids.filter(id => value.indexOf(`${id},`) < readUpTo),
    );
  });

  it('reads at most the item cap of a list and says so', () => {
    const ids = serviceIds.slice(0, ANNOTATION_LIMITS.listItems + 40);
    expect(ids.length).toBeGreaterThan(ANNOTATION_LIMITS.listItems);
    const { annotations, findings } = parse({
      [ANNOTATIONS.services]: ids.join(','),
    });
    expect(annotations.services).toEqual(
      ids.slice(0, ANNOTATION_LIMITS.listItems),
    );
    expect(withCode(findings, 'too-many-items')).toHaveLength(1);
  });

  it('counts ids joined by spaces against the item cap too', () => {
    const ids = serviceIds.slice(0, ANNOTATION_LIMITS.listItems + 40);
    const { annotations, findings } = parse({
      [ANNOTATIONS.services]: ids.join(' '),
    });
    expect(annotations.services).toHaveLength(ANNOTATION_LIMITS.listItems);
    expect(withCode(findings, 'list-separator')).toHaveLength(1);
    expect(withCode(findings, 'too-many-items')).toHaveLength(1);
  });

  it('refuses single values and exit plans over their cap', () => {
    const { annotations, findings } = parse({
      [ANNOTATIONS.hosting]: `stackit:eu01${' '.repeat(
        ANNOTATION_LIMITS.valueLength,
      )}`,
      [ANNOTATIONS.exitPlan]: `https://example.com/${'a'.repeat(
        ANNOTATION_LIMITS.urlLength,
      )}`,
      [ANNOTATIONS.criticality]: 'critical',
    });
    expect(annotations.hosting).toBeUndefined();
    expect(annotations.exitPlan).toBeUndefined();
    expect(annotations.criticality).toBe('critical');
    expect(withCode(findings, 'value-too-long').map(f => f.annotation)).toEqual(
      [ANNOTATIONS.hosting, ANNOTATIONS.exitPlan],
    );
  });

  it('keeps the first findings of an entity and counts the rest in one', () => {
    const annotations: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) annotations[`portolan.dev/extra-${i}`] = 'x';
    const { findings } = parse(annotations);
    expect(findings).toHaveLength(ANNOTATION_LIMITS.findings + 1);
    expect(
      findings.slice(0, -1).every(f => f.code === 'unknown-annotation'),
    ).toBe(true);
    expect(findings[findings.length - 1]).toMatchObject({
      code: 'findings-truncated',
      message: expect.stringContaining(
        `${1000 - ANNOTATION_LIMITS.findings} more`,
      ),
    });
  });

  it('suggests ids only for the first unknown ones of a value', () => {
    const typos = Array.from(
      { length: 30 },
      (_, i) => `azure:key-vaul${i % 10}`,
    );
    // Distinct tokens, each a near miss of azure:key-vault.
    const value = typos.map((t, i) => (i < 10 ? t : `${t}${i}`)).join(', ');
    const { findings } = parse({ [ANNOTATIONS.services]: value });
    const unknown = withCode(findings, 'unknown-service');
    expect(unknown).toHaveLength(30);
    expect(
      unknown.slice(0, ANNOTATION_LIMITS.suggestions).map(f => f.suggestion),
    ).toEqual(Array(ANNOTATION_LIMITS.suggestions).fill('azure:key-vault'));
    expect(
      unknown.slice(ANNOTATION_LIMITS.suggestions).every(f => !f.suggestion),
    ).toBe(true);
  });

  it('suggests within the provider typed, or the provider nearest to it', () => {
    const { findings } = parse({
      [ANNOTATIONS.services]: 'azrue:key-vault, microsoft:key-valt, keyvault',
    });
    expect(
      withCode(findings, 'unknown-service').map(f => f.suggestion),
    ).toEqual(['azure:key-vault', 'azure:key-vault', undefined]);
  });

  it('gives the same findings whatever was parsed before', () => {
    const index = createKnowledgeIndex(knowledgeBase);
    // aws:s3a .. aws:s3y, each one letter from aws:s3.
    const late = Array.from(
      { length: 25 },
      (_, i) => `aws:s3${String.fromCharCode(97 + i)}`,
    ).join(', ');
    const alone = parseAnnotations(
      entityWith({ [ANNOTATIONS.services]: 'aws:s3y' }),
      index,
      NOW,
    );
    expect(alone.findings[0].suggestion).toBe('aws:s3');
    // aws:s3y is the 25th unknown id here: no suggestion, cached or not.
    const { findings } = parseAnnotations(
      entityWith({ [ANNOTATIONS.services]: late }),
      index,
      NOW,
    );
    expect(findings[24]).toMatchObject({
      value: 'aws:s3y',
      suggestion: undefined,
    });
  });

  it('parses a repeated long value once', () => {
    const index = createKnowledgeIndex(knowledgeBase);
    const value = Array.from({ length: 150 }, (_, i) => `azure:kv${i}`).join(
      ', ',
    );
    const first = parseAnnotations(
      entityWith({ [ANNOTATIONS.services]: value }),
      index,
      NOW,
    );
    const second = parseAnnotations(
      entityWith({ [ANNOTATIONS.services]: value }),
      index,
      NOW,
    );
    // The very same finding objects: the second parse came from the cache.
    expect(second.findings[0]).toBe(first.findings[0]);
    expect(second.findings).toEqual(first.findings);
  });

  it('turns values of the wrong type and annotations that are no object into findings', () => {
    expect(
      parse({
        [ANNOTATIONS.services]: 42,
        [ANNOTATIONS.hosting]: ['aws:eu-central-1'],
        [ANNOTATIONS.exitPlan]: null,
      }).findings.map(f => [f.code, f.annotation]),
    ).toEqual([
      ['invalid-value', ANNOTATIONS.services],
      ['invalid-value', ANNOTATIONS.hosting],
      ['invalid-value', ANNOTATIONS.exitPlan],
    ]);
    for (const annotations of ['portolan.dev/services', 7, [1, 2]]) {
      const entity = {
        kind: 'Component',
        metadata: { name: 'x', annotations },
      };
      const result = parseAnnotations(
        entity as unknown as Entity,
        createKnowledgeIndex(knowledgeBase),
        NOW,
      );
      expect(result.findings).toEqual([]);
      expect(result.annotations.annotated).toBe(false);
    }
  });
});

describe('editDistance', () => {
  function levenshtein(a: string, b: string): number {
    const rows = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (__, j) =>
        i === 0 || j === 0 ? i + j : 0,
      ),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        rows[i][j] = Math.min(
          rows[i - 1][j] + 1,
          rows[i][j - 1] + 1,
          rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      }
    }
    return rows[a.length][b.length];
  }

  it('is the Levenshtein distance, or limit + 1 when that is larger', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', '-'),
      maxLength: 14,
    });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(
          Math.min(levenshtein(a, b), limit + 1),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('BoundedCache', () => {
  it('keeps what was used recently and drops what was not', () => {
    const cache = new BoundedCache<number>(2, 1000);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('holds no more entries and key characters than its bounds', () => {
    const cache = new BoundedCache<number>(100, 10_000);
    for (let i = 0; i < 10_000; i++) cache.set(`key-${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(100);
    expect(cache.get('key-9999')).toBe(9999);
    expect(cache.get('key-0')).toBeUndefined();
    const long = new BoundedCache<number>(100, 1000);
    for (let i = 0; i < 100; i++) long.set(`${i}`.padEnd(120, '-'), i);
    // 1,000 characters hold 8 keys of 120.
    expect(long.size).toBeLessThanOrEqual(8);
    long.set('x'.repeat(501), 1);
    expect(long.get('x'.repeat(501))).toBeUndefined();
  });

  it('replaces the value of a key it holds', () => {
    const cache = new BoundedCache<number>(4, 1000);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    cache.set('a', 4);
    expect(cache.get('a')).toBe(4);
    expect(cache.size).toBe(3);
  });
});

import {
  isAlias,
  isMap as isYamlMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type CollectionTag,
  type Document,
  type ScalarTag,
} from 'yaml';
import type { TemplateLines, TemplateMap, TemplateValue } from './tree';

/**
 * CloudFormation's short-form intrinsic functions. Serverless Framework
 * files accept them too. Each can tag a scalar, a sequence or a mapping.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
const INTRINSIC_FUNCTIONS = [
  'Ref',
  'Condition',
  'GetAtt',
  'Sub',
  'Join',
  'If',
  'Equals',
  'Select',
  'Split',
  'FindInMap',
  'ImportValue',
  'GetAZs',
  'Base64',
  'Cidr',
  'Not',
  'And',
  'Or',
  'Transform',
  'Length',
  'ToJsonString',
];

/** `!Ref` -> `Ref`, `!Sub` -> `Fn::Sub`: the long form JSON templates use. */
const LONG_FORM = new Map(
  INTRINSIC_FUNCTIONS.map(name => [
    `!${name}`,
    name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`,
  ]),
);

/** Tagged nodes stay as parsed; the conversion below reads their tag. */
const INTRINSIC_TAGS = INTRINSIC_FUNCTIONS.flatMap(
  (name): Array<ScalarTag | CollectionTag> => [
    { tag: `!${name}`, resolve: (value: string) => value },
    { tag: `!${name}`, collection: 'seq', resolve: node => node },
    { tag: `!${name}`, collection: 'map', resolve: node => node },
  ],
);

/**
 * Aliases expanded per file. Templates rarely use anchors; a small budget
 * keeps "billion laughs" documents linear.
 */
export const MAX_YAML_ALIASES = 100;
/** Nesting kept; deeper values are dropped (templates are shallow). */
const MAX_DEPTH = 64;

export interface YamlProblem {
  message: string;
  line?: number;
}

export interface YamlTemplate {
  /** The first document as plain data; `undefined` when nothing parsed. */
  value: TemplateValue;
  lines: TemplateLines;
  /** Syntax errors, and aliases or nesting past the budget: the value is partial. */
  problems: YamlProblem[];
}

class YamlLines implements TemplateLines {
  readonly byContainer = new WeakMap<object, Map<string, number>>();
  line(container: object, key: string): number | undefined {
    return this.byContainer.get(container)?.get(key);
  }
}

/** Parses a YAML template without throwing; the value is partial when there are problems. */
export function readYamlTemplate(text: string): YamlTemplate {
  const lineCounter = new LineCounter();
  const lines = new YamlLines();
  const problems: YamlProblem[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      customTags: INTRINSIC_TAGS,
      uniqueKeys: false,
      strict: false,
    });
  } catch (error) {
    return {
      value: undefined,
      lines,
      problems: [
        { message: error instanceof Error ? error.message : String(error) },
      ],
    };
  }
  for (const error of doc.errors.slice(0, 1)) {
    problems.push({
      message: error.message.split('\n')[0],
      line: error.linePos?.[0]?.line,
    });
  }

  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  let aliases = 0;
  let cut = false;

  const convert = (node: unknown, depth: number): TemplateValue => {
    if (depth > MAX_DEPTH) {
      cut = true;
      return undefined;
    }
    if (isAlias(node)) {
      aliases += 1;
      if (aliases > MAX_YAML_ALIASES) {
        cut = true;
        return undefined;
      }
      return convert(node.resolve(doc), depth + 1);
    }
    let value: TemplateValue;
    if (isScalar(node)) {
      const v = node.value;
      if (
        typeof v === 'string' ||
        typeof v === 'number' ||
        typeof v === 'boolean' ||
        v === null
      ) {
        value = v;
      } else {
        value = String(v);
      }
    } else if (isYamlMap(node)) {
      const map: TemplateMap = Object.create(null);
      const keyLines = new Map<string, number>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        map[key] = convert(pair.value, depth + 1);
        const line = lineOf(pair.key);
        if (line !== undefined) keyLines.set(key, line);
      }
      lines.byContainer.set(map, keyLines);
      value = map;
    } else if (isSeq(node)) {
      const list: TemplateValue[] = [];
      const itemLines = new Map<string, number>();
      node.items.forEach((item, index) => {
        list.push(convert(item, depth + 1));
        const line = lineOf(item);
        if (line !== undefined) itemLines.set(String(index), line);
      });
      lines.byContainer.set(list, itemLines);
      value = list;
    } else {
      return undefined;
    }
    const longForm = (node as { tag?: string }).tag
      ? LONG_FORM.get((node as { tag: string }).tag)
      : undefined;
    if (longForm) {
      const intrinsic: TemplateMap = Object.create(null);
      intrinsic[longForm] = value;
      return intrinsic;
    }
    return value;
  };

  let value: TemplateValue;
  try {
    value = convert(doc.contents, 0);
  } catch (error) {
    // yaml's own alias resolution can throw on cycles; keep what there is.
    problems.push({
      message: error instanceof Error ? error.message : String(error),
    });
    value = undefined;
  }
  if (cut) {
    problems.push({
      message: `more than ${MAX_YAML_ALIASES} aliases or ${MAX_DEPTH} levels of nesting; the rest was not read`,
    });
  }
  return { value, lines, problems };
}

import { parseHclBlocks, type HclAttribute } from '../../hcl/parser';

/**
 * The part of a Terraform file the detector reads, the same for the native
 * syntax (HCL) and the JSON syntax: top-level blocks with their labels and
 * their own attributes.
 */

export type TerraformBlockKind =
  | 'resource'
  | 'data'
  | 'module'
  | 'provider'
  | 'terraform';

export interface TerraformBlock {
  kind: TerraformBlockKind;
  labels: string[];
  /** 1-based line of the header; absent when it cannot be told (JSON without the key). */
  line?: number;
  attributes: Map<string, HclAttribute>;
}

export interface TerraformSyntaxProblem {
  line?: number;
  message: string;
  /** How many problems there were in all. */
  count: number;
}

export interface TerraformFile {
  blocks: TerraformBlock[];
  problem?: TerraformSyntaxProblem;
}

/** Labels each top-level block type takes; the HCL parser resynchronises on these headers. */
const TOP_LEVEL_LABELS: Record<TerraformBlockKind, number> = {
  resource: 2,
  data: 2,
  module: 1,
  provider: 1,
  terraform: 0,
};

const isBlockKind = (type: string): type is TerraformBlockKind =>
  Object.prototype.hasOwnProperty.call(TOP_LEVEL_LABELS, type);

export function readHclFile(text: string): TerraformFile {
  const { resource, data, module, provider } = TOP_LEVEL_LABELS;
  const parsed = parseHclBlocks(text, {
    topLevelBlocks: { resource, data, module, provider },
  });
  const blocks: TerraformBlock[] = [];
  for (const block of parsed.blocks) {
    if (block.depth !== 0 || !isBlockKind(block.type)) continue;
    if (block.labels.length !== TOP_LEVEL_LABELS[block.type]) continue;
    blocks.push({
      kind: block.type,
      labels: block.labels,
      line: block.line,
      attributes: block.attributes,
    });
  }
  const first = parsed.errors[0];
  return {
    blocks,
    ...(first
      ? {
          problem: {
            line: first.line,
            message: first.message,
            count: parsed.errors.length,
          },
        }
      : {}),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON syntax allows a block body or an array of bodies wherever a block goes. */
function bodies(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** Line of the first occurrence of each object key, found in one pass over the text. */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    if (c !== 34) {
      i += 1;
      continue;
    }
    const start = i + 1;
    let escaped = false;
    i = start;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 10) line += 1;
      if (escaped) escaped = false;
      else if (d === 92) escaped = true;
      else if (d === 34) break;
      i += 1;
    }
    const key = text.slice(start, i);
    i += 1;
    let j = i;
    while (
      j < text.length &&
      (text[j] === ' ' ||
        text[j] === '\t' ||
        text[j] === '\r' ||
        text[j] === '\n')
    ) {
      j += 1;
    }
    if (text[j] === ':' && !lines.has(key)) lines.set(key, line);
  }
  return lines;
}

const TEMPLATE_MARKERS = ['${', '%{'];

function jsonAttributes(
  body: Record<string, unknown>,
): Map<string, HclAttribute> {
  const attributes = new Map<string, HclAttribute>();
  for (const [name, value] of Object.entries(body)) {
    const literal =
      typeof value === 'string' &&
      !TEMPLATE_MARKERS.some(marker => value.includes(marker))
        ? value
        : undefined;
    // Lines of attributes are not needed from JSON: evidence points at the block.
    attributes.set(name, {
      line: 0,
      ...(literal !== undefined ? { literal } : {}),
    });
  }
  return attributes;
}

/** `*.tf.json`: `{"resource": {"aws_s3_bucket": {"name": {...}}}}` and the array forms. */
export function readJsonFile(text: string): TerraformFile {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return {
      blocks: [],
      problem: {
        message: `not valid JSON: ${(error as Error).message}`,
        count: 1,
      },
    };
  }
  const lines = keyLines(text);
  const blocks: TerraformBlock[] = [];
  for (const section of bodies(root)) {
    for (const kind of ['resource', 'data'] as const) {
      for (const types of bodies(section[kind])) {
        for (const [type, byName] of Object.entries(types)) {
          for (const named of bodies(byName)) {
            for (const [name, body] of Object.entries(named)) {
              for (const attributes of bodies(body)) {
                blocks.push({
                  kind,
                  labels: [type, name],
                  line: lines.get(type),
                  attributes: jsonAttributes(attributes),
                });
              }
            }
          }
        }
      }
    }
    for (const kind of ['module', 'provider'] as const) {
      for (const byName of bodies(section[kind])) {
        for (const [name, body] of Object.entries(byName)) {
          for (const attributes of bodies(body)) {
            blocks.push({
              kind,
              labels: [name],
              line: lines.get(name),
              attributes: jsonAttributes(attributes),
            });
          }
        }
      }
    }
  }
  if (!isObject(root)) {
    return {
      blocks,
      problem: {
        message: 'a Terraform JSON file must hold an object',
        count: 1,
      },
    };
  }
  return { blocks };
}

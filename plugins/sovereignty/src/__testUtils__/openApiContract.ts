import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { sovereigntyOpenApiSpec as spec } from '@portolan/plugin-sovereignty-common';

// The backend's spec is the contract: the fake backend below refuses to
// answer anything the real one would not, so client tests cannot drift from it.

type Method = 'get' | 'put' | 'post';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'openapi');

const validators = new Map<string, ValidateFunction>();

function validatorFor(pointer: string): ValidateFunction {
  let validate = validators.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `openapi#${pointer}` });
    validators.set(pointer, validate);
  }
  return validate;
}

function escapePointer(segment: string) {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function assertValid(pointer: string, value: unknown, what: string) {
  const validate = validatorFor(pointer);
  if (!validate(value)) {
    throw new Error(
      `${what} does not follow the OpenAPI spec: ${ajv.errorsText(
        validate.errors,
      )}`,
    );
  }
}

/** Throws unless `body` is what the spec promises for this response. */
export function assertResponseFollowsSpec(
  method: Method,
  path: string,
  status: number,
  body: unknown,
) {
  const operation = spec.paths[path]?.[method];
  if (!operation?.responses?.[String(status)]) {
    throw new Error(`The spec has no ${status} for ${method} ${path}`);
  }
  assertValid(
    `/paths/${escapePointer(
      path,
    )}/${method}/responses/${status}/content/application~1json/schema`,
    body,
    `${method.toUpperCase()} ${path} ${status}`,
  );
}

/** Throws unless the request body is what the spec accepts. */
export function assertRequestBodyFollowsSpec(
  method: Method,
  path: string,
  body: unknown,
) {
  const ref =
    spec.paths[path]?.[method]?.requestBody?.content['application/json']?.schema
      .$ref;
  const pointer = typeof ref === 'string' ? ref.slice(1) : undefined;
  if (!pointer) throw new Error(`The spec has no body for ${method} ${path}`);
  assertValid(pointer, body, `${method.toUpperCase()} ${path} body`);
}

/** Throws unless every query parameter is declared and its value allowed. */
export function assertQueryFollowsSpec(
  method: Method,
  path: string,
  query: URLSearchParams,
) {
  const declared = (spec.paths[path]?.[method]?.parameters ?? []).flatMap(p =>
    'in' in p && p.in === 'query' ? [p] : [],
  );
  for (const [name, value] of query) {
    const parameter = declared.find(p => p.name === name);
    if (!parameter) throw new Error(`Undeclared query parameter ${name}`);
    const { type, enum: allowed } = parameter.schema ?? {};
    if (Array.isArray(allowed) && !allowed.includes(value)) {
      throw new Error(`${name}=${value} is not one of the spec's values`);
    }
    if (type === 'integer' && !/^\d+$/.test(value)) {
      throw new Error(`${name}=${value} is not an integer`);
    }
  }
}

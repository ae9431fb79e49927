import type {
  Assessment,
  KnowledgeBase,
} from '@portolan/plugin-sovereignty-common';
import { InputError, redact } from './errors';
import type { AssessmentSource } from './source';

/** A portal that takes longer than this for one request is reported, not waited for. */
const REQUEST_TIMEOUT_MS = 60_000;
/** Requests to the portal under way at once: a CI job should not load it more. */
const PORTAL_CONCURRENCY = 4;

/**
 * The portal's knowledge base and `POST /assess` (its OpenAPI spec, in the
 * backend package), for organisations that extend the knowledge base or
 * configure the assessment there. `baseUrl` is the plugin's base, e.g.
 * `https://portal.example.com/api/sovereignty`.
 */
export async function portalSource(
  baseUrl: string,
  token: string | undefined,
): Promise<AssessmentSource> {
  let base: URL;
  try {
    base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  } catch {
    throw new InputError(`--portal takes an http(s) URL, got ${baseUrl}`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new InputError(`--portal takes an http(s) URL, got ${baseUrl}`);
  }
  const call = async (path: string, body?: unknown) => {
    const url = new URL(path, base);
    let response: Response;
    try {
      response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new InputError(
        redact(
          `portal ${url.origin}${url.pathname}: ${
            cause ?? (error as Error).message
          }`,
          [token],
        ),
      );
    }
    const text = await response.text();
    if (!response.ok) {
      throw new InputError(
        redact(
          `portal ${url.pathname} answered ${response.status}: ${errorMessage(
            text,
          )}${
            response.status === 401 && !token
              ? ' (set PORTOLAN_PORTAL_TOKEN)'
              : ''
          }`,
          [token],
        ),
      );
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new InputError(`portal ${url.pathname} did not answer JSON`);
    }
  };

  const knowledgeBase = (await call('knowledge-base')) as KnowledgeBase;
  if (
    !Array.isArray(knowledgeBase?.services) ||
    !Array.isArray(knowledgeBase?.providers) ||
    typeof knowledgeBase?.version !== 'string'
  ) {
    throw new InputError(
      `portal ${base.pathname}knowledge-base is not a Portolan knowledge base; --portal takes the sovereignty plugin's base URL, e.g. https://portal.example.com/api/sovereignty`,
    );
  }
  return {
    knowledgeBase,
    concurrency: PORTAL_CONCURRENCY,
    assess: async input => {
      const assessment = (await call('assess', {
        entity: input.entity,
        related: input.related ?? [],
      })) as Assessment;
      if (typeof assessment?.score !== 'number') {
        throw new InputError('portal /assess did not answer an assessment');
      }
      return assessment;
    },
  };
}

/** The message of a Backstage error body, or the start of whatever came back. */
function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text);
    if (typeof body?.error?.message === 'string') return body.error.message;
  } catch {
    // not JSON: shown as text below
  }
  return text.slice(0, 200) || '(no body)';
}

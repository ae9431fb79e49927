import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { spec } from './openapi/generated/router';

describe('the OpenAPI spec', () => {
  it('is what the generated router validates against', () => {
    const yaml = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));
    expect(spec).toEqual(yaml);
  });

  it('has an up-to-date generated router', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        [
          join(__dirname, '..', '..', 'scripts', 'generate-openapi.mjs'),
          '--check',
        ],
        { stdio: 'pipe' },
      ),
    ).not.toThrow();
  });

  it('describes every route the design names', () => {
    expect(Object.keys(spec.paths).sort()).toEqual([
      '/assess',
      '/assessments',
      '/entities/{kind}/{namespace}/{name}/assessment',
      '/entities/{kind}/{namespace}/{name}/checklist/{itemId}',
      '/entities/{kind}/{namespace}/{name}/history',
      '/entities/{kind}/{namespace}/{name}/plan',
      '/entities/{kind}/{namespace}/{name}/rollup',
      '/health',
      '/knowledge-base',
      '/rollups/mine',
      '/summary',
    ]);
  });
});

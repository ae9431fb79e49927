import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import {
  MAPPING_DOC_COMMAND,
  MAPPING_DOC_PATH,
  isDocumentationRoot,
  renderMappingDocument,
} from './mappingDoc';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

describe('the generated knowledge-base document', () => {
  const generated = renderMappingDocument(knowledgeBase);

  it('is committed as generated from the current knowledge base and engine', () => {
    let committed: string;
    try {
      committed = readFileSync(join(REPO_ROOT, MAPPING_DOC_PATH), 'utf8');
    } catch {
      throw new Error(
        `${MAPPING_DOC_PATH} is missing: run \`${MAPPING_DOC_COMMAND}\` and commit it.`,
      );
    }
    if (committed !== generated) {
      throw new Error(
        `${MAPPING_DOC_PATH} is stale (the knowledge base or the mapping rules changed): run \`${MAPPING_DOC_COMMAND}\` and commit it.`,
      );
    }
    expect(committed).toBe(generated);
  });

  it('has a row per hyperscaler service and target, and the counts', () => {
    const hyperscaler = knowledgeBase.services.filter(s =>
      ['azure', 'aws', 'gcp'].includes(s.provider),
    );
    const rows = generated
      .split('\n')
      .filter(line =>
        /^\| (IONOS|STACKIT|OVHcloud|Scaleway|Open Telekom Cloud|Hetzner|your Kubernetes) \| .* \| (direct|partial|re-architect|none) \|/.test(
          line,
        ),
      );
    expect(rows).toHaveLength(hyperscaler.length * 7);
    expect(generated).toContain(
      `| Services | ${knowledgeBase.services.length} `,
    );
    expect(generated).toContain(
      `| Categories | ${knowledgeBase.categories.length} |`,
    );
  });

  it('tells documentation roots from specific pages', () => {
    expect(isDocumentationRoot('https://docs.ionos.com/cloud')).toBe(true);
    expect(isDocumentationRoot('https://keda.sh/')).toBe(true);
    expect(
      isDocumentationRoot(
        'https://learn.microsoft.com/en-us/sql/linux/quickstart-install-connect-docker',
      ),
    ).toBe(false);
  });
});

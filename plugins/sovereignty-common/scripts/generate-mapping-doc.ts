import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import {
  MAPPING_DOC_PATH,
  renderMappingDocument,
} from '../src/assessment/mappingDoc';

/*
 * Writes docs/knowledge-base.md: the engine's answer for every hyperscaler
 * service at every target. Run it after changing the knowledge base or the
 * mapping rules: `npm run kb:doc` from the repository root.
 */
const path = join(__dirname, '..', '..', '..', MAPPING_DOC_PATH);
const text = renderMappingDocument(knowledgeBase);
writeFileSync(path, text);
process.stdout.write(
  `Wrote ${MAPPING_DOC_PATH} (${
    text.split('\n').length
  } lines, knowledge base ${knowledgeBase.version}).\n`,
);

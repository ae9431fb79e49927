import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BACKEND_URL, guestToken } from '../support/portal.mjs';

// The real portal: the discovery module waits for the sovereignty plugin to
// add the knowledge extension point's entries, so a wrong wait would keep
// the catalog from starting. Backend and discovery must agree.
describe('knowledge base of the example portal', () => {
  const get = async (path, token) => {
    const res = await fetch(`${BACKEND_URL}/api/sovereignty${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(res.status, 200, `${path}: ${res.status}`);
    return res.json();
  };

  it('serves the knowledge base whose version every assessment records', async () => {
    const token = await guestToken();
    const kb = await get('/knowledge-base', token);
    assert.match(kb.version, /^\d{4}\.\d+\.\d+(\+local\.[0-9a-f]{8})?$/);
    const eu = kb.services.filter(s =>
      ['ionos', 'stackit', 'ovhcloud', 'scaleway', 'otc', 'hetzner'].includes(
        s.provider,
      ),
    );
    assert.ok(eu.length > 100, `${eu.length} EU services`);
    // Every EU service links a page below its provider's documentation root.
    for (const service of eu) {
      assert.ok(
        service.sources.some(
          s =>
            s.url &&
            new URL(s.url).pathname.split('/').filter(Boolean).length > 1,
        ),
        `${service.id} cites no specific page`,
      );
    }

    // Discovery ran (its module got the knowledge base) and the assessment
    // was made with the served knowledge base.
    const ref = 'component/default/knowledge-connectors';
    const deadline = Date.now() + 120_000;
    let assessment;
    while (Date.now() < deadline) {
      const res = await fetch(
        `${BACKEND_URL}/api/sovereignty/entities/${ref}/assessment`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      // Not in the catalog yet answers 404; the processing loop adds it.
      if (res.status === 200) {
        ({ assessment } = await res.json());
        if (assessment.discovery?.services > 0) break;
      }
      await new Promise(resolve => setTimeout(resolve, 2_000));
    }
    assert.ok(
      assessment.discovery?.services > 0,
      `${ref} was never discovered`,
    );
    assert.equal(assessment.knowledgeBaseVersion, kb.version);
  });
});

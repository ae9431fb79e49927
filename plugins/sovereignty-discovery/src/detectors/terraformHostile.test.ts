import fc from 'fast-check';
import { DiscoveryCollector } from '../collector';
import { parseHclBlocks } from '../hcl/parser';
import { createDiscoveryLookup } from '../lookup';
import { terraformDetector } from './terraform';

const lookup = createDiscoveryLookup();
const MB = 1024 * 1024;

/** Runs the detector directly, so the scanner's own exception guard cannot hide a throw. */
function detect(text: string, path = 'main.tf') {
  const sink = new DiscoveryCollector();
  terraformDetector.detect({ path, text }, sink, { lookup });
  return sink.result();
}

const timeOf = (run: () => void) => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

describe('terraform detector on hostile input', () => {
  it.each([
    [
      'an unterminated heredoc',
      'resource "aws_s3_bucket" "a" {\n  policy = <<EOF\n{\n',
    ],
    ['1 MB of {', '{'.repeat(MB)],
    ['1 MB of quotes', '"'.repeat(MB)],
    ['1 MB of resource "', 'resource "'.repeat(MB / 10)],
    [
      'deeply nested braces',
      `${'a {\n'.repeat(100_000)}${'}\n'.repeat(100_000)}`,
    ],
    ['deeply nested brackets', `x = ${'['.repeat(200_000)}`],
    ['nested interpolations', `x = "${'${"'.repeat(100_000)}`],
    [
      'an unterminated block comment',
      `resource "aws_sqs_queue" "q" {}\n/* ${'x'.repeat(MB)}`,
    ],
    ['heredoc markers everywhere', '<<EOF\n'.repeat(100_000)],
    ['garbage', '\u0001\u00ff=}{])(:,.<<-'.repeat(50_000)],
  ])('%s gives a finding or partial results, never an exception', (_, text) => {
    const result = detect(text);
    expect(result.formats).toEqual(['terraform']);
    expect(
      result.findings.every(
        f => f.code === 'unparsable-file' || f.code === 'unknown-resource-type',
      ),
    ).toBe(true);
  });

  it('keeps what came before an unterminated heredoc and reports the file once', () => {
    const result = detect(
      'resource "aws_sqs_queue" "q" {}\nresource "aws_s3_bucket" "a" {\n  policy = <<EOF\n{\n',
    );
    expect(result.services.map(s => s.id)).toEqual(['aws:s3', 'aws:sqs']);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'unparsable-file',
        path: 'main.tf',
        line: 3,
      }),
    ]);
  });

  it('never throws on arbitrary text, as HCL or as JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), text => {
        detect(text);
        detect(text, 'main.tf.json');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary mixes of HCL syntax', () => {
    const pieces = fc.constantFrom(
      'resource "aws_s3_bucket" "a" {',
      'data "aws_sqs_queue" "b" {',
      'module "m" {',
      'provider "aws" {',
      'source = "terraform-aws-modules/eks/aws"',
      'engine = "mysql"',
      'region = "eu-central-1"',
      '"${',
      '}"',
      '<<EOF',
      '<<-EOT',
      'EOF',
      '/*',
      '*/',
      '#',
      '{',
      '}',
      '[',
      ']',
      '(',
      ')',
      '=',
      '"',
      '\\',
      '$${',
      '\n',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), parts => {
        const result = detect(parts.join(''));
        expect(result.formats).toEqual(['terraform']);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['resource headers', 'resource "aws_s3_bucket" "x" {\n'],
    ['open quotes and interpolations', '"${"${'],
    ['open brackets across lines', 'x = [\n'],
    ['heredoc starts', 'x = <<EOF\n'],
    ['braces', '{'],
    ['balanced blocks', 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n'],
  ])('time stays linear for repeated %s', (_, pattern) => {
    const small = pattern.repeat(Math.ceil(300_000 / pattern.length));
    const large = small.repeat(4);
    // The fastest of a few runs filters out garbage collection and other load on a shared machine.
    const fastest = (text: string) =>
      Math.min(...[0, 1, 2].map(() => timeOf(() => parseHclBlocks(text))));
    parseHclBlocks(small); // warms up the JIT
    const smallTime = Math.max(fastest(small), 1);
    const largeTime = fastest(large);
    // Linear is about 4; quadratic would be 16. Generous for a shared machine.
    expect(largeTime / smallTime).toBeLessThan(10);
  });
});

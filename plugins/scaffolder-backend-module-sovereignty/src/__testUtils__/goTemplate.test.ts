import { GoTemplateRenderer, TemplateError } from './goTemplate';

function render(source: string, data: unknown, helpers = '') {
  const renderer = new GoTemplateRenderer();
  if (helpers) renderer.add('_helpers.tpl', helpers);
  renderer.add('t.yaml', source);
  return renderer.render('t.yaml', data);
}

describe('the strict Go template renderer for tests', () => {
  it('renders what the chart uses as Helm does', () => {
    const helpers =
      '{{- define "n" -}}{{ default .Chart.Name .Values.nameOverride | trunc 5 | trimSuffix "-" }}{{- end -}}';
    const data = {
      Chart: { Name: 'abcd-efgh' },
      Values: {
        nameOverride: '',
        list: ['a', 'b'],
        map: { z: 1, a: { x: true } },
        on: true,
        off: false,
      },
    };
    expect(render('name: {{ include "n" . }}', data, helpers)).toBe(
      'name: abcd',
    );
    expect(
      render('{{- range $k, $v := .Values.map }}\n{{ $k }}{{- end }}', data),
    ).toBe('\na\nz');
    expect(render('x:\n  {{- toYaml .Values.list | nindent 2 }}', data)).toBe(
      'x:\n  - a\n  - b',
    );
    expect(
      render(
        '{{ if .Values.off }}1{{ else if .Values.on }}2{{ else }}3{{ end }}',
        data,
      ),
    ).toBe('2');
    expect(render('{{ printf "%s-%s" .Chart.Name "x" | quote }}', data)).toBe(
      '"abcd-efgh-x"',
    );
    expect(render('{{ if not (eq .Chart.Name "y") }}ok{{ end }}', data)).toBe(
      'ok',
    );
    expect(render('{{- with .Values.map.a }}{{ .x }}{{ end }}', data)).toBe(
      'true',
    );
  });

  it('throws on anything outside the subset, so the chart cannot drift', () => {
    const data = { Values: { a: 'x' } };
    expect(() => render('{{ .Values.missing }}', data)).toThrow(TemplateError);
    expect(() => render('{{ .Values.a | upper }}', data)).toThrow(
      /upper is not supported/,
    );
    expect(() => render('{{ $x := .Values.a }}', data)).toThrow(/assignment/);
    expect(() => render('{{ template "x" . }}', data)).toThrow(/not supported/);
    expect(() => render('{{ printf "%d" 1 }}', data)).toThrow(/%s only/);
    expect(() => render('{{ .Values }}', data)).toThrow(/cannot print/);
    expect(() => render('{{ if .Values.a }}', data)).toThrow(/without end/);
  });
});

import type { Detector } from '../types';
import {
  readGoMod,
  readGradle,
  readNugetProject,
  readPackageJson,
  readPipfile,
  readPom,
  readPyproject,
  readRequirementsTxt,
  readVersionCatalog,
  type ManifestReader,
} from './dependencies/manifests';

const DEPENDENCIES_DETECTOR = 'dependencies';

const NUGET_PROJECT_EXTENSIONS = ['.csproj', '.fsproj', '.vbproj'];

/** Which reader a path needs, by its name alone. */
function readerFor(path: string): ManifestReader | undefined {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const lower = name.toLowerCase();
  switch (name) {
    case 'package.json':
      return readPackageJson;
    case 'pyproject.toml':
      return readPyproject;
    case 'Pipfile':
      return readPipfile;
    case 'go.mod':
      return readGoMod;
    case 'pom.xml':
      return readPom;
    case 'build.gradle':
    case 'build.gradle.kts':
      return readGradle;
    case 'libs.versions.toml':
      return readVersionCatalog;
    case 'packages.config':
    case 'Directory.Build.props':
      return readNugetProject;
    default:
    // Other names are told apart by their extension below.
  }
  if (NUGET_PROJECT_EXTENSIONS.some(extension => lower.endsWith(extension))) {
    return readNugetProject;
  }
  // requirements.txt, requirements-dev.txt, requirements/base.txt
  if (lower.endsWith('.txt')) {
    const folder = path.slice(0, Math.max(slash, 0));
    if (
      lower.startsWith('requirements') ||
      folder === 'requirements' ||
      folder.endsWith('/requirements')
    ) {
      return readRequirementsTxt;
    }
  }
  return undefined;
}

/**
 * Application dependencies on cloud SDKs: package.json, requirements*.txt,
 * pyproject.toml, Pipfile, go.mod, pom.xml, Gradle builds and version
 * catalogs, .NET projects. Each known SDK package is code-level evidence of
 * the service it calls; unknown packages are ignored without a word, since
 * almost every dependency is not a cloud SDK.
 * @public
 */
export const dependenciesDetector: Detector = {
  id: DEPENDENCIES_DETECTOR,
  accepts: path => readerFor(path) !== undefined,
  detect(file, sink, { lookup }) {
    const read = readerFor(file.path);
    if (!read) return;
    sink.recognised(DEPENDENCIES_DETECTOR);
    try {
      read(file.text, use => {
        const hit = lookup.sdkPackage(use.ecosystem, use.name);
        if (!hit || hit.target === 'neutral') return;
        sink.service(hit.target, {
          path: file.path,
          ...(use.line !== undefined ? { line: use.line } : {}),
          detector: DEPENDENCIES_DETECTOR,
          match: use.name,
          code: true,
        });
      });
    } catch (error) {
      const line = (error as { line?: unknown })?.line;
      sink.finding({
        code: 'unparsable-file',
        message: `${file.path} could not be read completely (${String(
          (error as Error)?.message ?? error,
        ).slice(0, 120)}); what was read before the error is kept`,
        path: file.path,
        ...(typeof line === 'number' ? { line } : {}),
      });
    }
  },
};

import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { ConfigReader } from '@backstage/config';
import {
  readSovereigntySettings,
  type SovereigntySettings,
} from '@portolan/plugin-sovereignty-node';
import { yamlMessage } from './catalog';
import { InputError } from './errors';

/** An app-config file larger than this is not a config file. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The `sovereignty.*` settings the portal would use: with a file, that
 * file's (an app-config.yaml) read by the portal's own reader, so weights,
 * targets and company services mean the same here; without, the defaults.
 */
export async function readSettings(
  configFile?: string,
): Promise<SovereigntySettings> {
  if (!configFile) return readSovereigntySettings(new ConfigReader({}));
  let text: string;
  try {
    text = await readFile(configFile, 'utf8');
  } catch (error) {
    throw new InputError(
      `--config ${configFile}: ${
        (error as NodeJS.ErrnoException).code ?? 'unreadable'
      }`,
    );
  }
  if (text.length > MAX_CONFIG_BYTES) {
    throw new InputError(`--config ${configFile}: larger than 1 MB`);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const [error] = doc.errors;
    const line = error.linePos?.[0].line;
    throw new InputError(
      `${configFile}${line ? `:${line}` : ''}: ${yamlMessage(error.message)}`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new InputError(`${configFile}: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${configFile}: not a config file (no mapping)`);
  }
  try {
    return readSovereigntySettings(
      ConfigReader.fromConfigs([
        { data: data as Record<string, any>, context: configFile },
      ]),
    );
  } catch (error) {
    throw new InputError(`${configFile}: ${(error as Error).message}`);
  }
}

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json.js';
import { frameworkContent } from './content/index.js';
import type { Framework, FrameworkContent } from './framework.schema.js';
import { validateFrameworkContent } from './framework-validation.js';

export function hashFrameworkContent(content: FrameworkContent): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(content))))}`;
}

export function buildFramework(input: unknown): Framework {
  const content = validateFrameworkContent(input);
  return { ...content, contentHash: hashFrameworkContent(content) };
}

// Validated once at import: a broken framework must stop the process, not reach a user.
export const framework: Framework = buildFramework(frameworkContent);

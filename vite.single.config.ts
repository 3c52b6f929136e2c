/**
 * The single-file build (`npm run build:single`): the whole app, with its built-in dataset, in ONE
 * HTML file, `dist-single/index.html`, that opens from disk by double-click (a `file://` URL).
 *
 * It is the main config plus `vite-plugin-singlefile`, which inlines the script and the styles (and
 * every asset, as data URLs). The page's Content-Security-Policy (`script-src 'self'`) would block the
 * inlined script, so for this build only `cspForInlineScripts` puts the SHA-256 hash of each inline
 * script into `script-src` (instead of 'self', which means nothing for a file on disk). Nothing else
 * of the policy changes.
 */
import { createHash } from 'node:crypto';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

/** `'sha256-…'` of each inline `<script>` of `html`, as CSP source expressions. */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    out.push(`'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
  }
  return out;
}

/** The CSP meta tag's `script-src` set to the hashes of the page's inline scripts. */
export function allowInlineScripts(html: string): string {
  const hashes = inlineScriptHashes(html);
  if (hashes.length === 0) return html;
  let found = false;
  const out = html.replace(/(<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*\bcontent=")([^"]*)(")/i, (_, pre: string, policy: string, post: string) => {
    found = true;
    const parts = policy
      .split(';')
      .map((p) => p.trim())
      .filter((p) => p !== '' && !/^script-src(-elem)?\s/i.test(p));
    parts.push(`script-src ${hashes.join(' ')}`);
    return `${pre}${parts.join('; ')}${post}`;
  });
  if (!found && /content-security-policy/i.test(html)) throw new Error('single-file build: could not rewrite the CSP meta tag');
  return out;
}

const PENDING = "'sha256-pending'";

/**
 * Marks `script-src` as hash-based while the page is built (so the single-file plugin's CSP check
 * knows a hash will be there), then, after that plugin has inlined the script (both hook
 * `generateBundle`, order post; this one comes later), puts in the real hashes.
 */
function cspForInlineScripts(): Plugin {
  return {
    name: 'cmv:csp-for-inline-scripts',
    enforce: 'post',
    transformIndexHtml: (html) => html.replace(/(content-security-policy"[^>]*\bcontent="[^"]*\bscript-src)\s[^;"]*/i, `$1 ${PENDING}`),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          const out = allowInlineScripts(html);
          if (out.includes(PENDING)) throw new Error('single-file build: no inline script was hashed');
          file.source = out;
        }
      },
    },
  };
}

export default mergeConfig(
  base,
  defineConfig({
    plugins: [viteSingleFile({ removeViteModuleLoader: true }), cspForInlineScripts()],
    // The page imports in its own thread (`AppOptions.importer`): a page opened from file:// may start no worker.
    define: { 'import.meta.env.VITE_SINGLE_FILE': 'true' },
    build: { outDir: 'dist-single', emptyOutDir: true },
  }),
);

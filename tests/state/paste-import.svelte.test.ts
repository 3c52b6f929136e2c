/** The import panel's paste box (`PasteImport`): pasted rows go to the app's import as a .tsv file named in the UI language. */
import { describe, expect, it } from 'vitest';
import { PasteImport, type PasteTarget } from '../../src/lib/state/paste-import.svelte.ts';

function target(ok: boolean) {
  const files: File[] = [];
  const app: PasteTarget & { importReport: { ok: boolean } | null } = {
    lang: 'vi',
    importReport: null,
    async importFiles(list) {
      files.push(...list);
      app.importReport = { ok };
    },
  };
  return { app, files };
}

describe('PasteImport', () => {
  it('imports the pasted text as one .tsv file and empties the box when the import is accepted', async () => {
    const { app, files } = target(true);
    const p = new PasteImport(app);
    expect(p.ready).toBe(false);
    await p.submit();
    expect(files).toEqual([]);
    p.text = 'person\tbody\tstart\nAn\tBoard\t1996\n';
    expect(p.ready).toBe(true);
    await p.submit();
    expect(files.map((f) => [f.name, f.type])).toEqual([['Bảng dán vào.tsv', 'text/tab-separated-values']]);
    expect(await files[0]!.text()).toBe('person\tbody\tstart\nAn\tBoard\t1996\n');
    expect(p.text).toBe('');
  });

  it('keeps the text when the import is refused, and white space alone is not ready', async () => {
    const { app } = target(false);
    const p = new PasteImport(app);
    p.text = '  \n\t ';
    expect(p.ready).toBe(false);
    p.text = 'person\tbody\nAn\tBoard\n';
    await p.submit();
    expect(p.text).toBe('person\tbody\nAn\tBoard\n');
  });
});

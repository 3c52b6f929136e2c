/** The app state says a store failure in the UI language, and again in the new one after a switch. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { DatasetStore, StoreError } from '../../src/lib/state/dataset-store.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';

describe('the app state shows a store failure in the UI language', () => {
  it('renaming to an empty name: Vietnamese, then English after switching', async () => {
    const store = new DatasetStore(new IDBFactory());
    const app = new AppState(builtinDataset(builtinJson), '', { store, reducedMotion: () => true });
    try {
      await app.renameDataset('whatever', '   ');
      expect(app.storeFailure).toBeInstanceOf(StoreError);
      expect(app.storeError).toBe('Không lưu được vào trình duyệt: Tên bộ dữ liệu không được để trống.');
      app.setLang('en');
      flushSync();
      expect(app.storeError).toBe('Could not keep it in this browser: A dataset name cannot be empty.');
    } finally {
      app.destroy();
    }
  });
});

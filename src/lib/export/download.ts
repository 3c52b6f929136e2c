/**
 * Browser side of exports: hand a file to the browser as a download.
 */

/** Start a download of `blob` named `name` (an object URL on a temporary link, revoked later). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Start a download of `text` named `name`, with MIME `type`. */
export function download(text: string, name: string, type: string): void {
  downloadBlob(new Blob([text], { type }), name);
}

// Save a file from an extension page without the "downloads" permission: a Blob behind an object URL, clicked
// through an <a download>. The URL is revoked a little later, once the browser has started reading it.
const REVOKE_AFTER_MS = 10_000;

export function downloadText(fileName: string, text: string, mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

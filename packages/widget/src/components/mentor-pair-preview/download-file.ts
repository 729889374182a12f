/** Saves text as a file through a temporary `<a download>`; the data stays in the browser. */
export function downloadFile(parent: Node, filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or the download may not start.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

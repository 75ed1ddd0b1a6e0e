/**
 * Hands a text file to the browser's download, from inside `root` (a shadow root works). The
 * BOM makes spreadsheet programs read a CSV as UTF-8.
 */
export function downloadText(root: Node, filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hands .xlsx bytes to the browser as a download; nothing is uploaded anywhere. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  // Copy into a plain ArrayBuffer-backed view: Blob does not accept views of shared memory.
  const blob = new Blob([new Uint8Array(bytes)], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke on a later turn: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** H5 only: hands a URL (a data URL or an object URL) to the browser as a download under this name. */
export function browserDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

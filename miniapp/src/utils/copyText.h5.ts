/**
 * Puts text on the clipboard in a browser; resolves whether it took it. The async Clipboard API
 * where the page may use it, else the selection and `copy` command older browsers have. Its own
 * file (Taro picks `.h5.ts` for H5) so the landing page doesn't load Taro's H5 clipboard, which
 * brings its modal and toast along; our pages show their own confirmation.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, not focused): try the old way.
  }
  return copyBySelection(text);
}

function copyBySelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.appendChild(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

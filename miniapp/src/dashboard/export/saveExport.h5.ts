import { clearSession } from '../../auth/session';
import { ApiError } from '../../services/ApiError';
import { authorized } from '../../services/http';
import { browserDownload } from '../../utils/browserDownload';

/** The export as a Blob, fetched with the sign-in token; error bodies become ApiError as for JSON calls. */
async function fetchExport(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { headers: authorized({}) });
  } catch (error) {
    throw ApiError.network(error);
  }
  if (!response.ok) {
    if (response.status === 401) clearSession();
    const body: unknown = await response.json().catch(() => undefined);
    throw ApiError.fromResponse(response.status, body);
  }
  return response.blob();
}

/** H5 build: fetches the export with the sign-in token and hands it to the browser as a download. */
export async function saveExport(path: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await fetchExport(path));
  browserDownload(url, fileName);
  // Revoked later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

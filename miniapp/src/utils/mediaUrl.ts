/** A material's video address as the player needs it: the project's own `/media/…` on its media host. */
export function mediaUrl(url: string): string {
  return url.startsWith('/media/') ? `${MEDIA_BASE}${url}` : url;
}

/** The poster frame of a video: the material's cover, else the still the project wrote beside its own video. */
export function videoPosterUrl(videoUrl: string, coverImageUrl?: string): string | undefined {
  if (coverImageUrl) return coverImageUrl;
  return videoUrl.startsWith('/media/') ? mediaUrl(videoUrl.replace(/\.mp4$/, '.jpg')) : undefined;
}

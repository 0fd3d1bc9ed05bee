/** Hard limits of the public ingestion edge. */
export const beaconLimits = {
  maxBeaconsPerBatch: 50,
  maxBodyBytes: 16 * 1024,
  /** How far a beacon's client clock may run ahead of the server's. */
  maxClockSkewMs: 5 * 60 * 1000,
} as const;

/**
 * WeChat scenes in which the mini-program was opened from a shared card: 1007 private chat,
 * 1008 group chat, 1044 card with shareTicket.
 */
export const shareScenes = [1007, 1008, 1044] as const;

/** Share of a video's length a play must reach to count as completed (完播). */
export const videoCompleteRatio = 0.9;

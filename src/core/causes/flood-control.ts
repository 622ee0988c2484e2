// Telegram's flood control: its servers' limit on how fast one bot or account sends, stated in its
// own words rather than as a rate limit. The Bot API answers 429 with `retry_after`, which
// python-telegram-bot raises as `RetryAfter: Flood control exceeded. Retry in 20 seconds`
// (Neppu-Nep/TgFolderClone#1; its maintainers in python-telegram-bot/python-telegram-bot#939: the
// server's spam limit, wait and send slower); the MTProto API answers 420 FLOOD_WAIT_X, which
// Telethon raises as FloodWaitError and Pyrogram as FloodWait, `A wait of 35 seconds is required`
// (Telegram's API documentation of error 420, FLOOD). A limit on the caller's rate: waiting lifts it.
// Not Elasticsearch's flood-stage disk watermark (a disk run full, whose words say flood too).

/** Telegram's flood control, in the Bot API's and MTProto clients' words. */
export const FLOOD_CONTROL = /\bFlood control exceeded\b|\bFLOOD_WAIT_(?:\d+|X)\b|\bFloodWait(?:Error)?\b|\bA wait of \d+ seconds is required\b/;

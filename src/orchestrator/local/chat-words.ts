/** Asking to call the whole thing off (「不要了」「取消吧」), not to change it. */
export const UNDO_REQUEST = /^(不要了|算了|取消|取消吧|不用了|cancel|never ?mind)/i;

/** A greeting that also asks for something (「你好，帮我点杯咖啡」) is a request, not small talk. */
export const ACTION_HINT = /帮我|我要|我想|订|买|点|叫|查|交|寄|挂|order|book|buy|pay|send|track|get me/i;
/** A reply that only closes the talk: 「谢谢」「没事了」, "no thanks", "that's all". */
export const CLOSING = /^(?:好的?[，,]?\s*)?(?:谢谢|多谢|没事了|就这样吧?|no,? thanks?|thanks?(?: you)?|that'?s all|ok,? thanks)[!！。.\s]*$/i;
export const GREETING = /^(你好|您好|嗨|hi|hello|hey)\b|你(能|会)(做|干)什么|有什么(功能|服务)|能帮我做什么|what can you do|help me\??$|^help$/i;

// Result envelopes: content is Fact + Action, text only; structuredContent goes to the model and the card.
function ok(text, structuredContent, extra) {
  const result = { isError: false, content: [{ type: 'text', text: text }] }
  if (structuredContent) result.structuredContent = structuredContent
  return Object.assign(result, extra || {})
}

function fail(text, structuredContent) {
  const result = { isError: true, content: [{ type: 'text', text: text }] }
  if (structuredContent) result.structuredContent = structuredContent
  return result
}

// A platform failure such as "getPhoneNumber:fail auth deny" means the user said no.
function isDenied(error) {
  const message = String((error && (error.errMsg || error.message)) || error)
  return /auth den(y|ied)/i.test(message)
}

// The platform's own words for a failed read, for a message that says what went wrong.
function reason(error) {
  return String((error && (error.errMsg || error.message)) || error)
}

module.exports = { ok, fail, isDenied, reason }

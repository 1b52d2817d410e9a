// The two shapes every API returns: a result (Fact + Action, with the data for the card)
// or a failure (the fact and the way out, no card).
function ok(text, structuredContent, extra) {
  var result = { isError: false, content: [{ type: 'text', text: text }] };
  if (structuredContent) result.structuredContent = structuredContent;
  if (extra) for (var k in extra) result[k] = extra[k];
  return result;
}

function fail(text) {
  return { isError: true, content: [{ type: 'text', text: text }] };
}

module.exports = { ok: ok, fail: fail };

// Money is counted in integer fen and shown in yuan with two decimals.
function fen(yuan) {
  return Math.round(Number(yuan) * 100);
}

function yuan(fenAmount) {
  return Math.round(fenAmount) / 100;
}

function show(fenAmount) {
  return '¥' + (Math.round(fenAmount) / 100).toFixed(2);
}

module.exports = { fen: fen, yuan: yuan, show: show };

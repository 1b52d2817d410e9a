// 随行打车 GoRide. Rides are kept in app storage (the dispatch backend, shared by all
// riders); each rider keeps the ids of their own trips in their storage.
App({
  globalData: { brand: '随行打车', brandEn: 'GoRide' },
});

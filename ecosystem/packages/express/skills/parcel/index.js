const skill = wx.modelContext.createSkill('skills/parcel')

skill.registerAPI('trackParcel', require('./apis/trackParcel.js'))
skill.registerAPI('listMyParcels', require('./apis/listMyParcels.js'))
skill.registerAPI('shipParcel', require('./apis/shipParcel.js'))
skill.registerAPI('cancelShipment', require('./apis/cancelShipment.js'))
skill.registerAPI('notifyShipment', require('./apis/notifyShipment.js'))

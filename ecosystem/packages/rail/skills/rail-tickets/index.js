// 畅行火车票 RailGo: stations, train search, booking for passengers, my tickets, refunds.
var skill = wx.modelContext.createSkill('skills/rail-tickets');

skill.registerAPI('listStations', require('./apis/listStations.js'));
skill.registerAPI('searchTrains', require('./apis/searchTrains.js'));
skill.registerAPI('listPassengers', require('./apis/listPassengers.js'));
skill.registerAPI('bookTickets', require('./apis/bookTickets.js'));
skill.registerAPI('onTicketsPaid', require('./apis/onTicketsPaid.js'));
skill.registerAPI('listMyTickets', require('./apis/listMyTickets.js'));
skill.registerAPI('refundTicket', require('./apis/refundTicket.js'));

// Stands in for the emit worker: ends without answering, as a crashed thread does.
process.exit(3);
